import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { markBodySchema, startRunBodySchema, type AuditSummary, type MarkedFinding } from '../../api/audit.js';
import { runAudit } from '../../audit/pipeline.js';
import type { Finding } from '../../core/finding.js';
import type { DecorumConfig } from '../../config/schema.js';
import { textDetectors } from '../../detectors/index.js';
import { createPhotoAnalyzer } from '../../detectors/photo/index.js';
import { itemsCsv } from '../../report/items-csv.js';
import { profileReport } from '../../report/profile-json.js';
import type { FirstView } from '../../api/profile.js';
import { loadFindings, loadMarks, markFinding, type MarkStatus } from '../../store/findings.js';
import { latestProfileCheck } from '../../store/profile.js';
import { latestRun } from '../../store/runs.js';
import type { AuditJobs } from '../jobs.js';
import type { StoreHandle } from '../store-handle.js';
import { UploadTooLarge, type UploadStore } from '../uploads.js';

export interface AuditRouteDeps {
  store: StoreHandle;
  uploads: UploadStore;
  jobs: AuditJobs;
  config: () => DecorumConfig;
  /** The bundled sample exports, for "try it on the samples". */
  samplePaths: () => string[];
}

function withMarks(findings: Finding[], marks: Map<string, MarkStatus>): MarkedFinding[] {
  return findings.map((finding) => ({ ...finding, mark: marks.get(finding.key) ?? null }));
}

function countBy(findings: readonly Finding[], key: (finding: Finding) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const finding of findings) counts[key(finding)] = (counts[key(finding)] ?? 0) + 1;
  return counts;
}

export function auditRoutes(deps: AuditRouteDeps): Hono {
  const app = new Hono();

  app.get('/summary', (c) => {
    const db = deps.store.get();
    const findings = withMarks(loadFindings(db), loadMarks(db));
    const run = latestRun(db);
    return c.json({
      lastRun: run
        ? { startedAt: run.startedAt, inputs: run.inputs, itemsRead: run.itemsRead, problems: run.problems }
        : null,
      databaseRecreated: deps.store.wasRecreated,
      findings: findings.length,
      done: findings.filter((finding) => finding.mark !== null).length,
      byCategory: countBy(findings, (f) => f.category),
      bySeverity: countBy(findings, (f) => f.severity),
      byPlatform: countBy(findings, (f) => f.platform),
      byAudience: countBy(findings, (f) => f.audience),
      byMonth: countBy(
        findings.filter((f) => f.createdAt),
        (f) => (f.createdAt as string).slice(0, 7),
      ),
      running: deps.jobs.running?.id ?? null,
    } satisfies AuditSummary);
  });

  app.get('/findings', (c) => {
    const db = deps.store.get();
    return c.json(withMarks(loadFindings(db), loadMarks(db)) satisfies MarkedFinding[]);
  });

  app.get('/profile', (c) => {
    const check = latestProfileCheck(deps.store.get());
    const empty = { records: [], findings: [], mismatches: [] };
    return c.json({
      ...profileReport(check ?? empty),
      thumbnails: check?.thumbnails ?? {},
    } satisfies FirstView);
  });

  app.put('/findings/:key/mark', async (c) => {
    const parsed = markBodySchema.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success)
      return c.json({ error: 'Body must be {"status": "deleted" | "restricted" | "kept" | null}.' }, 400);
    const db = deps.store.get();
    const key = c.req.param('key');
    if (!loadFindings(db).some((finding) => finding.key === key)) return c.json({ error: 'No such finding.' }, 404);
    markFinding(db, key, parsed.data.status);
    return c.json({ key, status: parsed.data.status });
  });

  app.get('/findings.csv', (c) => {
    const db = deps.store.get();
    const remaining = withMarks(loadFindings(db), loadMarks(db)).filter((finding) => finding.mark === null);
    // One row per item still to do: marking a card in the app marks all its findings.
    const csv = itemsCsv(remaining);
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', 'attachment; filename="decorum-remaining.csv"');
    return c.body(csv);
  });

  app.put('/uploads/:name', async (c) => {
    const body = c.req.raw.body;
    if (!body) return c.json({ error: 'Empty upload.' }, 400);
    try {
      const upload = await deps.uploads.save(c.req.param('name'), body);
      return c.json({ id: upload.id, name: upload.name, bytes: upload.bytes }, 201);
    } catch (error) {
      if (error instanceof UploadTooLarge) return c.json({ error: error.message }, 413);
      throw error;
    }
  });

  app.post('/runs', async (c) => {
    const parsed = startRunBodySchema.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success) return c.json({ error: 'Body must be {"uploads": [ids]} or {"samples": true}.' }, 400);
    if (deps.jobs.running)
      return c.json({ error: 'An audit is already running; wait for it to finish.', job: deps.jobs.running.id }, 409);
    let inputs: string[];
    let uploadIds: string[] = [];
    if ('samples' in parsed.data) {
      inputs = deps.samplePaths();
    } else {
      uploadIds = parsed.data.uploads;
      const missing = uploadIds.filter((id) => !deps.uploads.get(id));
      if (missing.length)
        return c.json({ error: `Unknown upload(s): ${missing.join(', ')}. Upload the files again.` }, 400);
      inputs = uploadIds.map((id) => deps.uploads.get(id)?.path as string);
    }
    const config = deps.config();
    const job = deps.jobs.start(async (emit) => {
      try {
        const result = await runAudit({
          inputs,
          db: deps.store.get(),
          config: config.audit,
          detectors: textDetectors(config.audit),
          media: createPhotoAnalyzer({ db: deps.store.get() }),
          onProgress: (progress) => emit({ type: 'progress', progress }),
        });
        const names = new Map(
          uploadIds.map((id) => [deps.uploads.get(id)?.path ?? '', deps.uploads.get(id)?.name ?? '']),
        );
        const problems = result.problems.map((problem) => {
          let file = problem.file;
          for (const [path, name] of names) if (path && file.startsWith(path)) file = name + file.slice(path.length);
          return { file, message: problem.message };
        });
        emit({ type: 'done', itemsRead: result.itemsRead, findings: result.findings.length, problems });
      } finally {
        for (const id of uploadIds) deps.uploads.remove(id);
      }
    });
    return c.json({ job: job.id }, 202);
  });

  app.get('/runs/:id/events', (c) => {
    const job = deps.jobs.get(c.req.param('id'));
    if (!job) return c.json({ error: 'No such audit (the server may have restarted): start it again.' }, 404);
    return streamSSE(c, async (stream) => {
      const queue = [...job.events];
      let wake: (() => void) | null = null;
      const listener = (event: (typeof job.events)[number]) => {
        queue.push(event);
        wake?.();
      };
      job.emitter.on('event', listener);
      let aborted = false;
      stream.onAbort(() => {
        aborted = true;
        wake?.();
      });
      try {
        while (!aborted) {
          const event = queue.shift();
          if (!event) {
            if (job.finished) break;
            await new Promise<void>((resolve) => (wake = resolve));
            wake = null;
            continue;
          }
          await stream.writeSSE({ event: event.type, data: JSON.stringify(event) });
          if (event.type !== 'progress') break;
        }
      } finally {
        job.emitter.off('event', listener);
      }
    });
  });

  return app;
}
