import { useCallback, useEffect, useMemo, useState } from 'react';
import { getJson, sendJson, upload } from '../api';
import type { AuditSummary as Summary, MarkedFinding as Finding, MarkStatus as Mark } from '../../../src/api/audit.js';
import type { FirstView as FirstViewData } from '../../../src/api/profile.js';
import { Dashboard } from './Dashboard';
import { FirstView } from './FirstView';
import { FindingsList } from './FindingsList';
import { toItems, type AuditItem } from './items';

interface Progress {
  phase: string;
  done: number;
  total: number;
}

type RunEvent =
  | { type: 'progress'; progress: Progress }
  | { type: 'done'; itemsRead: number; findings: number; problems: { file: string; message: string }[] }
  | { type: 'failed'; message: string };

const PHASES: Record<string, string> = {
  open: 'Opening',
  import: 'Reading',
  detect: 'Checking',
  photos: 'Looking at photos',
  save: 'Saving',
};

export function AuditScreen() {
  const [summary, setSummary] = useState<Summary | null>(null);
  const [findings, setFindings] = useState<Finding[]>([]);
  const [firstView, setFirstView] = useState<FirstViewData | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [problems, setProblems] = useState<{ file: string; message: string }[]>([]);
  const [dragging, setDragging] = useState(false);

  const refresh = useCallback(async () => {
    try {
      const [nextSummary, nextFindings, nextFirstView] = await Promise.all([
        getJson<Summary>('/api/audit/summary'),
        getJson<Finding[]>('/api/audit/findings'),
        getJson<FirstViewData>('/api/audit/profile'),
      ]);
      setSummary(nextSummary);
      setFindings(nextFindings);
      setFirstView(nextFirstView);
      if (nextSummary.databaseRecreated)
        setMessage('The database file was deleted while the app ran: earlier results are gone. Run the audit again.');
    } catch (err) {
      setError((err as Error).message);
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const follow = (job: string) => {
    const events = new EventSource(`/api/audit/runs/${job}/events`);
    const handle = (raw: MessageEvent<string>) => {
      const event = JSON.parse(raw.data) as RunEvent;
      if (event.type === 'progress') {
        setProgress(event.progress);
        return;
      }
      events.close();
      setProgress(null);
      if (event.type === 'done') {
        setProblems(event.problems);
        setMessage(`Audit finished: ${event.itemsRead} items read, ${event.findings} findings.`);
      } else {
        setError(`The audit failed: ${event.message}`);
      }
      void refresh();
    };
    for (const type of ['progress', 'done', 'failed']) events.addEventListener(type, handle as EventListener);
    events.onerror = () => {
      events.close();
      setProgress(null);
      setError('Lost contact with the audit (was the server restarted?). Your marks are saved; start the audit again.');
    };
  };

  const start = async (body: unknown) => {
    setError(null);
    setMessage(null);
    setProblems([]);
    try {
      const { job } = await sendJson<{ job: string }>('POST', '/api/audit/runs', body);
      setProgress({ phase: 'open', done: 0, total: 1 });
      follow(job);
    } catch (err) {
      setError((err as Error).message);
    }
  };

  const auditFiles = async (files: FileList | File[]) => {
    const list = [...files];
    if (list.length === 0) return;
    setError(null);
    setProgress({ phase: 'uploading', done: 0, total: list.length });
    try {
      const ids: string[] = [];
      for (const [index, file] of list.entries()) {
        ids.push((await upload(file)).id);
        setProgress({ phase: 'uploading', done: index + 1, total: list.length });
      }
      await start({ uploads: ids });
    } catch (err) {
      setProgress(null);
      setError((err as Error).message);
    }
  };

  const items = useMemo(() => toItems(findings), [findings]);

  /** Marks every finding of the item: one card, one decision. */
  const mark = async (item: AuditItem, status: Mark | null) => {
    try {
      await Promise.all(
        item.findings.map((finding) => sendJson('PUT', `/api/audit/findings/${finding.key}/mark`, { status })),
      );
      const keys = new Set(item.findings.map((finding) => finding.key));
      setFindings((all) => all.map((f) => (keys.has(f.key) ? { ...f, mark: status } : f)));
    } catch (err) {
      setError((err as Error).message);
    }
  };

  return (
    <div>
      <section
        className={`dropzone${dragging ? ' dragging' : ''}`}
        aria-label="Choose exports to audit"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          void auditFiles(event.dataTransfer.files);
        }}
      >
        <p>Drop your export zips here (X, Facebook, Instagram, LinkedIn), or</p>
        <label className="button">
          Choose files…
          <input
            className="visually-hidden"
            type="file"
            multiple
            accept=".zip,application/zip"
            disabled={progress !== null}
            onChange={(event) => event.target.files && void auditFiles(event.target.files)}
          />
        </label>{' '}
        <button type="button" disabled={progress !== null} onClick={() => void start({ samples: true })}>
          Use the bundled samples
        </button>
        <p className="muted">
          Files stay on this computer: they are read by the local server and deleted after the audit.
        </p>
      </section>
      {progress && (
        <div className="progress" role="status" aria-live="polite">
          {PHASES[progress.phase] ?? 'Uploading'}… {progress.done}/{progress.total}
          <progress max={Math.max(1, progress.total)} value={progress.done} aria-label="Audit progress" />
        </div>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
      {problems.length > 0 && (
        <details className="problems">
          <summary>{problems.length} problem(s) while reading</summary>
          <ul>
            {problems.map((problem, index) => (
              <li key={index}>
                <code>{problem.file}</code>: {problem.message}
              </li>
            ))}
          </ul>
        </details>
      )}
      {firstView && <FirstView view={firstView} />}
      {summary && items.length > 0 && <Dashboard items={items} />}
      {summary && summary.findings === 0 && !progress && (
        <p className="muted">No findings yet: audit an export or the samples.</p>
      )}
      {items.length > 0 && <FindingsList items={items} onMark={(item, m) => void mark(item, m)} />}
    </div>
  );
}
