import { useId, useState } from 'react';
import { sendJson } from '../api';
import { RELATIONSHIPS, type Decision, type Relationship } from '../../../src/config/triage.js';
import type { TriageRequestView as TriageRequest, TriageView } from '../../../src/api/triage.js';
import { useLoad } from '../useLoad';
import { RetryAlert } from '../RetryAlert';
import { platformLabel, relationshipLabel } from '../labels';

const GROUPS: { decision: Decision; title: string; hint: string }[] = [
  {
    decision: 'redirect',
    title: 'Redirect',
    hint: 'Work contacts on a personal network: send the reply, then decline.',
  },
  { decision: 'review', title: 'Review', hint: 'Decorum could not tell who they are: decide yourself.' },
  { decision: 'accept', title: 'Accept', hint: 'They belong on this network.' },
  { decision: 'ignore', title: 'Ignore', hint: 'Strangers: leave the request unanswered.' },
];

function Reply({ request, onSaved }: { request: TriageRequest; onSaved: (reply: string | null) => void }) {
  const [text, setText] = useState(request.reply ?? '');
  const [copied, setCopied] = useState<string | null>(null);
  const id = useId();
  /** Keeps the wording in the store (`null`: back to the policy's draft), so a reload or another day shows it. */
  const save = async (reply: string | null) => {
    try {
      await sendJson('PUT', `/api/triage/${encodeURIComponent(request.key)}/reply`, { reply });
      if (reply === null) setText(request.draft ?? '');
      onSaved(reply);
      setCopied(reply === null ? 'Back to the draft' : 'Saved');
    } catch (err) {
      setCopied(`Could not save the reply: ${(err as Error).message}`);
    }
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('Copied');
    } catch {
      setCopied('Could not copy: select the text and press Ctrl+C.');
    }
    window.setTimeout(() => setCopied(null), 4000);
  };
  return (
    <div className="reply">
      <label htmlFor={id}>Reply to {request.name}</label>
      <textarea
        id={id}
        rows={Math.min(8, 2 + text.split('\n').length)}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="reply-actions">
        <button type="button" onClick={() => void copy()}>
          Copy reply
        </button>
        <button type="button" disabled={text === request.reply} onClick={() => void save(text)}>
          Save reply
        </button>
        {request.replyEdited && (
          <button type="button" className="link-button" onClick={() => void save(null)}>
            Back to the draft
          </button>
        )}
        <span role="status" className="copied">
          {copied}
        </span>
      </div>
    </div>
  );
}

interface CardActions {
  onDone: (done: boolean) => void;
  onReplySaved: (reply: string | null) => void;
  onLabel: (relationship: Relationship) => void;
}

function RequestCard({ request, onDone, onReplySaved, onLabel }: { request: TriageRequest } & CardActions) {
  const labelId = useId();
  return (
    <article
      className={`request${request.done ? ' is-done' : ''}`}
      aria-label={`${request.name} on ${platformLabel(request.platform)}`}
      data-key={request.key}
    >
      <h3>
        {request.name} <span className="muted">· {platformLabel(request.platform)}</span>
      </h3>
      <p className="meta">
        <span className="badge">{relationshipLabel(request.relationship)}</span>{' '}
        {request.receivedAt ? `received ${request.receivedAt.slice(0, 10)}` : 'date unknown'}
      </p>
      <p className="reason">{request.reason}</p>
      <p className="label-person">
        <label htmlFor={labelId}>Who is {request.name}?</label>{' '}
        <select id={labelId} value={request.relationship} onChange={(e) => onLabel(e.target.value as Relationship)}>
          {RELATIONSHIPS.map((relationship) => (
            <option key={relationship} value={relationship}>
              {relationshipLabel(relationship)}
            </option>
          ))}
        </select>
      </p>
      {request.evidence.length > 0 && (
        <ul className="evidence">
          {request.evidence.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {request.reply !== null && <Reply request={request} onSaved={onReplySaved} />}
      <label className="done-toggle">
        <input type="checkbox" checked={request.done} onChange={(e) => onDone(e.target.checked)} /> Done
      </label>
    </article>
  );
}

export function TriageScreen() {
  const { data, setData, error, setError, reload } = useLoad<TriageView>('/api/triage');
  const [hideDone, setHideDone] = useState(false);

  const markDone = async (request: TriageRequest, done: boolean) => {
    const set = (value: boolean) =>
      setData((view) =>
        view
          ? { ...view, requests: view.requests.map((r) => (r.key === request.key ? { ...r, done: value } : r)) }
          : view,
      );
    set(done);
    try {
      await sendJson('PUT', `/api/triage/${encodeURIComponent(request.key)}/done`, { done });
    } catch (err) {
      set(!done);
      setError(`Could not save the mark: ${(err as Error).message}`);
    }
  };

  const updateRequest = (key: string, change: Partial<TriageRequest>) =>
    setData((view) =>
      view ? { ...view, requests: view.requests.map((r) => (r.key === key ? { ...r, ...change } : r)) } : view,
    );

  /** `decorum triage label`: the label is stored, and the requests are decided again by it. */
  const label = async (request: TriageRequest, relationship: Relationship) => {
    try {
      await sendJson('PUT', '/api/triage/labels', { name: request.name, relationship });
      await reload();
    } catch (err) {
      setError(`Could not save the label: ${(err as Error).message}`);
    }
  };

  const requests = data?.requests ?? [];
  const doneCount = requests.filter((r) => r.done).length;
  return (
    <div className="triage">
      {error && <RetryAlert message={error} onRetry={() => void reload()} />}
      {data?.databaseRecreated && (
        <p className="notice" role="status">
          The database file was deleted while the app ran: audit your exports again to bring the requests back.
        </p>
      )}
      {data && requests.length === 0 && (
        <p className="muted">
          No incoming requests in the store: audit your LinkedIn, Facebook or Instagram export on the Audit screen
          first.
        </p>
      )}
      {requests.length > 0 && (
        <div className="triage-bar">
          <strong>
            {doneCount} of {requests.length} done
          </strong>
          <label>
            <input type="checkbox" checked={hideDone} onChange={(e) => setHideDone(e.target.checked)} /> Hide done
          </label>
        </div>
      )}
      {GROUPS.map((group) => {
        const inGroup = requests.filter((r) => r.decision === group.decision && !(hideDone && r.done));
        if (inGroup.length === 0) return null;
        return (
          <section key={group.decision} className="triage-group" aria-labelledby={`group-${group.decision}`}>
            <h2 id={`group-${group.decision}`}>
              {group.title} ({inGroup.length})
            </h2>
            <p className="muted">{group.hint}</p>
            <div className="requests">
              {inGroup.map((request) => (
                <RequestCard
                  key={`${request.key}:${request.relationship}:${request.decision}`}
                  request={request}
                  onDone={(done) => void markDone(request, done)}
                  onReplySaved={(reply) =>
                    updateRequest(request.key, { reply: reply ?? request.draft, replyEdited: reply !== null })
                  }
                  onLabel={(relationship) => void label(request, relationship)}
                />
              ))}
            </div>
          </section>
        );
      })}
      {data && (
        <details className="panel policy">
          <summary>Your policy (read-only)</summary>
          <p>
            {data.configExists ? 'Edit ' : 'No config file yet: '}
            <code>{data.configPath}</code>
            {data.configExists
              ? ' to change it, then reload this page.'
              : ' — run `decorum triage init` to write one, then reload.'}
          </p>
          <pre tabIndex={0} aria-label="The triage section of the config">
            {JSON.stringify(data.policy, null, 2)}
          </pre>
        </details>
      )}
    </div>
  );
}
