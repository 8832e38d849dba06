import { useId, useState } from 'react';
import { sendJson } from '../api';
import type { Decision } from '../../../src/config/triage.js';
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

function Reply({ request }: { request: TriageRequest }) {
  const [text, setText] = useState(request.reply ?? '');
  const [copied, setCopied] = useState<string | null>(null);
  const id = useId();
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
        <span role="status" className="copied">
          {copied}
        </span>
      </div>
    </div>
  );
}

function RequestCard({ request, onDone }: { request: TriageRequest; onDone: (done: boolean) => void }) {
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
      {request.evidence.length > 0 && (
        <ul className="evidence">
          {request.evidence.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {request.reply !== null && <Reply request={request} />}
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
                <RequestCard key={request.key} request={request} onDone={(done) => void markDone(request, done)} />
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
