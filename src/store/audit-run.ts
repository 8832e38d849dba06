import type { Finding } from '../core/finding.js';
import type { Item } from '../core/item.js';
import type { Db } from './db.js';
import { prepareFindingInsert, prepareRunFindingsDelete } from './findings.js';
import { prepareItemUpsert, prepareMediaInsert, type AuditOfItem } from './items.js';

/** What the store already holds about an item: enough to tell whether it changed and to reuse its analysis. */
export interface StoredItem {
  contentHash: string | null;
  analysisKey: string | null;
  detections: string | null;
  notAssessed: string | null;
  lastRunId: number | null;
  runOrder: number | null;
  input: string;
}

/** One item of an audit batch as it goes into the store. */
export interface AuditedItem extends AuditOfItem {
  item: Item;
  /** The item's JSON when its content is new or changed (the row is rewritten); absent when it is as stored. */
  json?: string;
  /** Whether the store had a row for it before (its media rows are replaced). */
  existed: boolean;
  /** Read earlier in this run: the findings that reading made are dropped. */
  readBefore: boolean;
}

/** A finding with its place in the order the run made it in. */
export interface OrderedFinding {
  finding: Finding;
  ordinal: number;
}

/** Counts over the items one run read, for its summary. */
export interface RunItemCounts {
  heldBack: number;
  /** Items no text detector reads, by language, in the order the run first met each language. */
  notAssessed: Record<string, number>;
  facebookAudienceUnknown: boolean;
}

/**
 * The store of one audit run, written batch by batch: each batch is one transaction with statements prepared once
 * per run, so a huge export costs no per-item round trip and no memory beyond the batch.
 */
export interface AuditRunStore {
  /**
   * Runs `work` holding the store's write lock, so what `stored` said still holds when the batch is written (another
   * audit of the same store waits for the batch, not for the whole run).
   */
  locked<T>(work: () => T): T;
  stored(item: Item): StoredItem | undefined;
  writeBatch(items: readonly AuditedItem[], findings: readonly OrderedFinding[]): void;
  /** The outcome of items that waited for their photos. */
  settle(items: readonly { item: Item; heldBack: boolean }[], findings: readonly OrderedFinding[]): void;
  /** Items of this run whose analysis was made with another key, `limit` at a time, in reading order. */
  staleItems(analysisKey: string, limit: number): Item[];
  counts(): RunItemCounts;
  /**
   * The latest finished audit with this fingerprint whose items no later run has read since, with what it read; the
   * same audit again can take its items over instead of reading the inputs.
   */
  reusableRun(fingerprint: string): { id: number; inputsRead: string; problems: string; itemsRead: number } | undefined;
  /** Takes over the items of `previousRunId` into this run, keeping their reading order. */
  adoptItems(previousRunId: number): void;
  /** Items of this run with stored detections, after reading place `after`, `limit` at a time. */
  detectedItems(after: number, limit: number): { item: Item; runOrder: number }[];
}

export function auditRunStore(db: Db, runId: number): AuditRunStore {
  const lookup = db.prepare(`
    SELECT content_hash AS contentHash, analysis_key AS analysisKey, detections, not_assessed AS notAssessed,
           last_run_id AS lastRunId, run_order AS runOrder, input
    FROM items WHERE platform = ? AND kind = ? AND id = ?`);
  const upsert = prepareItemUpsert(db);
  // An item as stored: only what this run decided about it changes, not the row's content.
  const revisit = db.prepare(`
    UPDATE items SET last_run_id = ?, analysis_key = ?, detections = ?, not_assessed = ?, run_order = ?, held_back = ?
    WHERE platform = ? AND kind = ? AND id = ?`);
  const setHeldBack = db.prepare('UPDATE items SET held_back = ? WHERE platform = ? AND kind = ? AND id = ?');
  const clearMedia = db.prepare('DELETE FROM media WHERE platform = ? AND item_kind = ? AND item_id = ?');
  const insertMedia = prepareMediaInsert(db);
  const insertFinding = prepareFindingInsert(db, runId);
  const dropRunFindings = prepareRunFindingsDelete(db, runId);
  const stale = db.prepare(
    'SELECT details FROM items WHERE last_run_id = ? AND analysis_key IS NOT ? ORDER BY run_order LIMIT ?',
  );
  const detected = db.prepare(
    `SELECT details, run_order AS runOrder FROM items
     WHERE last_run_id = ? AND run_order > ? AND detections <> '[]' ORDER BY run_order LIMIT ?`,
  );
  const flag = (value: boolean | null) => (value === null ? null : Number(value));

  const writeBatch = db.transaction((items: readonly AuditedItem[], findings: readonly OrderedFinding[]) => {
    for (const audited of items) {
      const { item, json, existed, readBefore, analysis, runOrder, heldBack } = audited;
      if (readBefore) dropRunFindings(item);
      if (json === undefined) {
        revisit.run(
          runId,
          analysis.key,
          analysis.detections,
          analysis.notAssessed,
          runOrder,
          flag(heldBack),
          item.platform,
          item.kind,
          item.id,
        );
        continue;
      }
      upsert(item, json, runId, audited);
      if (existed) clearMedia.run(item.platform, item.kind, item.id);
      insertMedia(item);
    }
    for (const { finding, ordinal } of findings) insertFinding(finding, ordinal);
  });
  const settle = db.transaction(
    (items: readonly { item: Item; heldBack: boolean }[], findings: readonly OrderedFinding[]) => {
      for (const { item, heldBack } of items) setHeldBack.run(flag(heldBack), item.platform, item.kind, item.id);
      for (const { finding, ordinal } of findings) insertFinding(finding, ordinal);
    },
  );

  return {
    locked: (work) => db.transaction(work).immediate(),
    stored: (item) => lookup.get(item.platform, item.kind, item.id) as StoredItem | undefined,
    writeBatch: (items, findings) => writeBatch(items, findings),
    settle: (items, findings) => settle(items, findings),
    staleItems: (analysisKey, limit) =>
      (stale.all(runId, analysisKey, limit) as { details: string }[]).map((row) => JSON.parse(row.details) as Item),
    counts: () => runItemCounts(db, runId),
    reusableRun: (fingerprint) => {
      const run = db
        .prepare(
          `SELECT id, inputs_read AS inputsRead, problems, items_read AS itemsRead FROM runs
           WHERE command = 'audit' AND finished_at IS NOT NULL AND fingerprint = ? AND inputs_read IS NOT NULL
           ORDER BY id DESC LIMIT 1`,
        )
        .get(fingerprint) as { id: number; inputsRead: string; problems: string; itemsRead: number } | undefined;
      if (!run) return undefined;
      const still = db.prepare('SELECT count(*) AS n FROM items WHERE last_run_id = ?').get(run.id) as { n: number };
      return still.n === run.itemsRead ? run : undefined;
    },
    adoptItems: (previousRunId) => {
      db.prepare('UPDATE items SET last_run_id = ?, held_back = 0 WHERE last_run_id = ?').run(runId, previousRunId);
    },
    detectedItems: (after, limit) =>
      (detected.all(runId, after, limit) as { details: string; runOrder: number }[]).map((row) => ({
        item: JSON.parse(row.details) as Item,
        runOrder: row.runOrder,
      })),
  };
}

function runItemCounts(db: Db, runId: number): RunItemCounts {
  const rows = db
    .prepare(
      `SELECT not_assessed AS language, count(*) AS items, total(held_back) AS heldBack,
              max(platform = 'facebook' AND audience = 'unknown') AS facebookUnknown
       FROM items WHERE last_run_id = ? GROUP BY not_assessed ORDER BY min(run_order)`,
    )
    .all(runId) as { language: string | null; items: number; heldBack: number; facebookUnknown: number }[];
  const counts: RunItemCounts = { heldBack: 0, notAssessed: {}, facebookAudienceUnknown: false };
  for (const row of rows) {
    counts.heldBack += row.heldBack;
    if (row.facebookUnknown) counts.facebookAudienceUnknown = true;
    if (row.language !== null) counts.notAssessed[row.language] = row.items;
  }
  return counts;
}
