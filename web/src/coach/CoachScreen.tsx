import { useMemo, useRef, useState, type ReactNode } from 'react';
import {
  ACCOUNT_TYPES,
  COACH_PLATFORMS,
  MESSAGE_KINDS,
  applyFixes,
  characterLimit,
  checkMessage,
  type AccountType,
  type CoachFinding,
  type CoachPlatform,
  type HistoryEntry,
  type MessageKind,
} from '../../../src/coach/index.js';
import { getJson } from '../api';
import { takeCoachDraft } from '../handoff';
import { RuleDoc } from './RuleDoc';
import { Tracker } from './Tracker';

const KIND_LABEL: Record<MessageKind, string> = {
  connection_note: 'Connection note',
  first_message: 'First message',
  follow_up: 'Follow-up',
  email: 'E-mail',
  redirect_reply: 'Redirect reply',
};

const PLATFORM_LABEL: Record<CoachPlatform, string> = {
  linkedin: 'LinkedIn',
  x: 'X',
  facebook: 'Facebook',
  instagram: 'Instagram',
  email: 'E-mail',
};

const SEVERITY_RANK = { error: 3, warning: 2, info: 1 } as const;

/**
 * The draft with each finding's span underlined, drawn behind a transparent textarea so the two line up. Spans may
 * overlap (a whole-message finding and a phrase in it): the text is cut at every span edge and each piece is
 * marked with the rules covering it, coloured by the most severe.
 */
function Underlines({ text, findings }: { text: string; findings: CoachFinding[] }) {
  const spans = findings.filter((f) => f.end > f.start && f.start < text.length);
  const edges = [...new Set([0, text.length, ...spans.flatMap((f) => [f.start, Math.min(f.end, text.length)])])].sort(
    (a, b) => a - b,
  );
  const parts: ReactNode[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const from = edges[i] as number;
    const to = edges[i + 1] as number;
    const covering = spans.filter((f) => f.start <= from && f.end >= to);
    const piece = text.slice(from, to);
    if (covering.length === 0) {
      parts.push(<span key={from}>{piece}</span>);
      continue;
    }
    const worst = covering.reduce((a, b) => (SEVERITY_RANK[b.severity] > SEVERITY_RANK[a.severity] ? b : a));
    parts.push(
      <mark
        key={from}
        className={`underline sev-${worst.severity}`}
        data-rule={[...new Set(covering.map((f) => f.ruleId))].join(' ')}
      >
        {piece}
      </mark>,
    );
  }
  // The zero-width space keeps a trailing newline's height, as the textarea has it.
  parts.push(<span key="end">{'\u200b'}</span>);
  return <>{parts}</>;
}

export function CoachScreen() {
  const [initial] = useState(takeCoachDraft);
  const [text, setText] = useState(initial?.text ?? '');
  const [platform, setPlatform] = useState<CoachPlatform>(initial?.platform ?? 'linkedin');
  const [kind, setKind] = useState<MessageKind>(initial?.kind ?? 'connection_note');
  const [account, setAccount] = useState<AccountType>('free');
  const [recipient, setRecipient] = useState(initial?.recipient ?? '');
  const [about, setAbout] = useState('');
  /** The tracked contact's history, when writing to one from the tracker (for the follow-up timing rules). */
  const [history, setHistory] = useState<{ name: string; entries: HistoryEntry[] } | null>(null);
  const [historyError, setHistoryError] = useState<string | null>(null);
  /** The drafts before each applied fix, newest last: "Undo" steps back through them. Typing clears it. */
  const [undo, setUndo] = useState<string[]>([]);
  const backdrop = useRef<HTMLDivElement>(null);
  const draft = useRef<HTMLTextAreaElement>(null);

  const result = useMemo(
    () =>
      checkMessage(text, {
        platform,
        kind,
        account,
        ...(recipient.trim() ? { recipientName: recipient.trim() } : {}),
        ...(about.trim() ? { about } : {}),
        ...(history && history.name === recipient.trim() ? { history: history.entries } : {}),
      }),
    [text, platform, kind, account, recipient, about, history],
  );
  const limit = characterLimit(platform, kind, account);
  const empty = text.trim() === '';

  const replaceDraft = (next: string) => {
    if (next === text) return;
    setUndo([...undo, text]);
    setText(next);
    draft.current?.focus();
  };
  const apply = (finding: CoachFinding) => {
    if (finding.suggestion === undefined || !finding.replaces) return;
    replaceDraft(applyFixes(text, [finding], [finding.severity]).text);
  };
  const dropIns = result.findings.filter((f) => f.replaces && f.severity !== 'info');
  const undoLast = () => {
    const previous = undo[undo.length - 1];
    if (previous === undefined) return;
    setUndo(undo.slice(0, -1));
    setText(previous);
    draft.current?.focus();
  };

  const show = (finding: CoachFinding) => {
    draft.current?.focus();
    draft.current?.setSelectionRange(finding.start, finding.end);
  };

  return (
    <div className="coach">
      <form className="coach-options" onSubmit={(event) => event.preventDefault()} aria-label="About this message">
        <label>
          Platform{' '}
          <select value={platform} onChange={(e) => setPlatform(e.target.value as CoachPlatform)}>
            {COACH_PLATFORMS.map((value) => (
              <option key={value} value={value}>
                {PLATFORM_LABEL[value]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Kind{' '}
          <select value={kind} onChange={(e) => setKind(e.target.value as MessageKind)}>
            {MESSAGE_KINDS.map((value) => (
              <option key={value} value={value}>
                {KIND_LABEL[value]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Account{' '}
          <select value={account} onChange={(e) => setAccount(e.target.value as AccountType)}>
            {ACCOUNT_TYPES.map((value) => (
              <option key={value} value={value}>
                {value === 'free' ? 'Free' : 'Premium'}
              </option>
            ))}
          </select>
        </label>
        <label>
          Recipient <input value={recipient} onChange={(e) => setRecipient(e.target.value)} placeholder="Their name" />
        </label>
      </form>
      <div className="coach-grid">
        <div className="editor-wrap">
          <label htmlFor="draft" className="editor-label">
            Your draft
          </label>
          <div className="editor">
            <div ref={backdrop} className="editor-backdrop" aria-hidden="true">
              <Underlines text={text} findings={result.findings} />
            </div>
            <textarea
              id="draft"
              ref={draft}
              value={text}
              spellCheck={false}
              rows={9}
              aria-describedby="draft-counter"
              onChange={(e) => {
                setUndo([]);
                setText(e.target.value);
              }}
              onScroll={(e) => {
                if (backdrop.current) backdrop.current.scrollTop = e.currentTarget.scrollTop;
              }}
              placeholder="Hi Priya, your post on …"
            />
          </div>
          {history && history.name === recipient.trim() && (
            <p className="muted">
              Checked against your {history.entries.length} logged message(s) with {history.name}.
            </p>
          )}
          {historyError && (
            <p className="error" role="alert">
              {historyError}
            </p>
          )}
          <p className="fix-actions">
            {dropIns.length > 0 && (
              <button type="button" onClick={() => replaceDraft(applyFixes(text, result.findings).text)}>
                Apply all {dropIns.length} fix{dropIns.length === 1 ? '' : 'es'}
              </button>
            )}{' '}
            {undo.length > 0 && (
              <button type="button" onClick={undoLast}>
                Undo fix
              </button>
            )}
          </p>
          <p id="draft-counter" className={`counter${limit !== null && text.length > limit ? ' over' : ''}`}>
            {text.length}
            {limit !== null ? ` of ${limit}` : ''} characters
            {limit !== null && text.length > limit ? ` — ${text.length - limit} over the limit` : ''}
          </p>
          <details className="about">
            <summary>Their profile or post (optional, for the personalisation checks)</summary>
            <label htmlFor="about">Paste a bit of their profile, post or job posting</label>
            <textarea id="about" rows={4} value={about} onChange={(e) => setAbout(e.target.value)} />
          </details>
        </div>
        <div className="coach-side">
          <section className="score panel" aria-labelledby="score-title">
            <h2 id="score-title">Score</h2>
            <p className="score-number">
              <strong data-testid="score">{empty ? '–' : result.score}</strong> / 100
            </p>
            <ul>
              {result.explanation.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </section>
          <section className="panel" aria-labelledby="findings-title">
            <h2 id="findings-title">
              {empty ? 'Findings' : `${result.findings.length} finding${result.findings.length === 1 ? '' : 's'}`}
            </h2>
            {!empty && result.findings.length === 0 && <p className="muted">Nothing to fix.</p>}
            <ul className="coach-findings">
              {result.findings.map((finding, index) => (
                <li
                  key={`${finding.ruleId}-${finding.start}-${index}`}
                  className={`sev-${finding.severity}`}
                  data-rule={finding.ruleId}
                >
                  <p>
                    <span className="severity">{finding.severity}</span> {finding.message}{' '}
                    <code className="rule-id">{finding.ruleId}</code>
                  </p>
                  {finding.end > finding.start && (
                    <p className="quote">
                      “{text.slice(finding.start, Math.min(finding.end, finding.start + 80))}
                      {finding.end - finding.start > 80 ? '…' : ''}”{' '}
                      <button type="button" className="link-button" onClick={() => show(finding)}>
                        Show in draft
                      </button>
                    </p>
                  )}
                  {finding.suggestion !== undefined && (finding.suggestion !== '' || finding.replaces) && (
                    <p className="suggestion">
                      {finding.replaces ? (finding.suggestion === '' ? 'Remove it' : 'Replace with: ') : 'Better: '}
                      {finding.suggestion}{' '}
                      {finding.replaces && (
                        <button
                          type="button"
                          onClick={() => apply(finding)}
                          aria-label={
                            finding.suggestion === ''
                              ? `Apply: remove “${text.slice(finding.start, finding.end)}”`
                              : `Apply: replace with ${finding.suggestion}`
                          }
                        >
                          Apply
                        </button>
                      )}
                    </p>
                  )}
                  {finding.advice && <p className="muted">{finding.advice}</p>}
                  <RuleDoc ruleId={finding.ruleId} />
                </li>
              ))}
            </ul>
            {!empty && result.skipped.length > 0 && (
              <details>
                <summary>{result.skipped.length} check(s) not made</summary>
                <ul>
                  {result.skipped.map((skip) => (
                    <li key={skip.ruleId + skip.reason}>
                      <code>{skip.ruleId}</code>: {skip.reason}
                      {skip.ruleId === 'typos-sloppy' &&
                        ' (the web editor has no dictionary: `decorum coach` checks spelling)'}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </section>
        </div>
      </div>
      <Tracker
        onWrite={(contact) => {
          setRecipient(contact.name);
          setHistoryError(null);
          getJson<HistoryEntry[]>(`/api/contacts/${contact.id}/history`)
            .then((entries) => setHistory({ name: contact.name, entries }))
            .catch((err: Error) => setHistoryError(`Could not load ${contact.name}'s history: ${err.message}`));
          setKind('follow_up');
          if (contact.platform && (COACH_PLATFORMS as readonly string[]).includes(contact.platform))
            setPlatform(contact.platform as CoachPlatform);
          draft.current?.focus();
        }}
      />
    </div>
  );
}
