import type { Finding } from '../core/finding.js';
import type { Item } from '../core/item.js';
import type { Db } from './db.js';

/**
 * Prepares the insert of a finding made in `runId`; `ordinal` is its place in the order the run made it in. A
 * finding with the same key (the same detection in an earlier run) is replaced; marks are kept (keyed separately).
 */
export function prepareFindingInsert(db: Db, runId: number): (finding: Finding, ordinal: number) => void {
  const insert = db.prepare(`
    INSERT OR REPLACE INTO findings (key, run_id, rule_id, platform, item_kind, item_id, category, severity, confidence,
                                     priority, reason, evidence, action, media_path, details, ordinal)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  return (finding, ordinal) =>
    insert.run(
      finding.key,
      runId,
      finding.ruleId,
      finding.platform,
      finding.kind,
      finding.itemId,
      finding.category,
      finding.severity,
      finding.confidence,
      finding.priority,
      finding.reason,
      JSON.stringify(finding.evidence),
      finding.action,
      finding.mediaPath,
      finding.details ? JSON.stringify(finding.details) : null,
      ordinal,
    );
}

/** Prepares the removal of the findings `runId` made for one item (read twice in one run: the later one counts). */
export function prepareRunFindingsDelete(
  db: Db,
  runId: number,
): (item: Pick<Item, 'platform' | 'kind' | 'id'>) => void {
  const remove = db.prepare('DELETE FROM findings WHERE platform = ? AND item_kind = ? AND item_id = ? AND run_id = ?');
  return (item) => remove.run(item.platform, item.kind, item.id, runId);
}

/**
 * Removes the findings of earlier runs about items `runId` read: what a re-audit no longer finds disappears, what it
 * finds again was replaced by key.
 */
export function dropStaleFindings(db: Db, runId: number): void {
  db.prepare(
    `DELETE FROM findings WHERE run_id <> ? AND EXISTS (
       SELECT 1 FROM items i
       WHERE i.last_run_id = ? AND i.platform = findings.platform AND i.kind = findings.item_kind
         AND i.id = findings.item_id)`,
  ).run(runId, runId);
}

interface FindingRow {
  key: string;
  rule_id: string;
  platform: Finding['platform'];
  item_kind: Finding['kind'];
  item_id: string;
  category: Finding['category'];
  severity: Finding['severity'];
  confidence: number;
  priority: number;
  reason: string;
  evidence: string;
  action: Finding['action'];
  media_path: string | null;
  details: string | null;
  created_at: string | null;
  audience: Finding['audience'];
  url: string | null;
  text: string;
  file: string;
}

const FINDING_ROWS = `SELECT f.*, i.created_at, i.audience, i.url, i.text, i.file
  FROM findings f JOIN items i ON i.platform = f.platform AND i.kind = f.item_kind AND i.id = f.item_id`;

/** Every stored finding with its item's facts, highest priority first. */
export function loadFindings(db: Db): Finding[] {
  return (db.prepare(`${FINDING_ROWS} ORDER BY f.priority DESC, f.key`).all() as FindingRow[]).map(findingOf);
}

/** The findings one run made, in the order it made them. */
export function loadRunFindings(db: Db, runId: number): Finding[] {
  return (db.prepare(`${FINDING_ROWS} WHERE f.run_id = ? ORDER BY f.ordinal`).all(runId) as FindingRow[]).map(
    findingOf,
  );
}

function findingOf(row: FindingRow): Finding {
  return {
    key: row.key,
    ruleId: row.rule_id,
    platform: row.platform,
    itemId: row.item_id,
    kind: row.item_kind,
    createdAt: row.created_at,
    audience: row.audience,
    category: row.category,
    severity: row.severity,
    confidence: row.confidence,
    priority: row.priority,
    reason: row.reason,
    evidence: JSON.parse(row.evidence) as Finding['evidence'],
    action: row.action,
    url: row.url,
    text: row.text,
    file: row.file,
    mediaPath: row.media_path,
    ...(row.details ? { details: JSON.parse(row.details) as Record<string, unknown> } : {}),
  };
}

export type MarkStatus = 'deleted' | 'restricted' | 'kept';

export function markFinding(db: Db, key: string, status: MarkStatus | null, now = new Date()): void {
  if (status === null) db.prepare('DELETE FROM finding_marks WHERE finding_key = ?').run(key);
  else
    db.prepare(
      `INSERT INTO finding_marks (finding_key, status, marked_at) VALUES (?, ?, ?)
       ON CONFLICT (finding_key) DO UPDATE SET status = excluded.status, marked_at = excluded.marked_at`,
    ).run(key, status, now.toISOString());
}

export function loadMarks(db: Db): Map<string, MarkStatus> {
  const rows = db.prepare('SELECT finding_key, status FROM finding_marks').all() as {
    finding_key: string;
    status: MarkStatus;
  }[];
  return new Map(rows.map((row) => [row.finding_key, row.status]));
}
