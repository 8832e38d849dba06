import type { Action, CategoryId, Severity } from '../core/categories.js';
import type { Item, ItemKind, Platform } from '../core/item.js';
import type { Db } from './db.js';
import type { MarkStatus } from './findings.js';

/** One finding as the plan needs it. */
export interface PlanFinding {
  key: string;
  ruleId: string;
  mediaPath: string | null;
  /** The first evidence span's start: with the rule, it tells two copies of one reason apart from two reasons. */
  evidenceStart: number | null;
  category: CategoryId;
  severity: Severity;
  priority: number;
  action: Action;
  reason: string;
}

/** A flagged item with what the store knows about its presence in the exports audited since. */
export interface StoredPlanItem {
  item: Item;
  findings: PlanFinding[];
  /** When the newest run that still held this item started (ISO). */
  lastSeenAt: string;
  /** When a later run read the same platform and kind without this item: it is no longer in the export. */
  missingSince: string | null;
}

export interface ItemRef {
  platform: Platform;
  kind: ItemKind;
  id: string;
}

export type PlanMarkStatus = 'done' | 'skipped';

export interface StoredMark {
  status: PlanMarkStatus | MarkStatus;
  markedAt: string;
}

/** Every item with at least one finding, its findings, and whether newer exports still hold it. */
export function loadPlanItems(db: Db): StoredPlanItem[] {
  const items = db
    .prepare(
      `SELECT i.platform, i.kind, i.id, i.details, seen.started_at AS last_seen_at,
              (SELECT r.started_at FROM runs r WHERE r.id = (
                 SELECT MIN(j.last_run_id) FROM items j
                 WHERE j.platform = i.platform AND j.kind = i.kind AND j.last_run_id > i.last_run_id)) AS missing_since
       FROM items i JOIN runs seen ON seen.id = i.last_run_id
       WHERE EXISTS (SELECT 1 FROM findings f WHERE f.platform = i.platform AND f.item_kind = i.kind AND f.item_id = i.id)`,
    )
    .all() as {
    platform: string;
    kind: string;
    id: string;
    details: string;
    last_seen_at: string;
    missing_since: string | null;
  }[];
  const findings = db
    .prepare(
      `SELECT key, rule_id, media_path, json_extract(evidence, '$[0].start') AS evidence_start, platform, item_kind,
              item_id, category, severity, priority, action, reason
       FROM findings ORDER BY priority DESC, key`,
    )
    .all() as {
    key: string;
    platform: string;
    item_kind: string;
    item_id: string;
    category: CategoryId;
    severity: Severity;
    priority: number;
    action: Action;
    reason: string;
    rule_id: string;
    media_path: string | null;
    evidence_start: number | null;
  }[];
  const byItem = new Map<string, PlanFinding[]>();
  for (const row of findings) {
    const key = planItemKey(row.platform, row.item_kind, row.item_id);
    const list = byItem.get(key) ?? [];
    list.push({
      key: row.key,
      ruleId: row.rule_id,
      mediaPath: row.media_path,
      evidenceStart: row.evidence_start,
      category: row.category,
      severity: row.severity,
      priority: row.priority,
      action: row.action,
      reason: row.reason,
    });
    byItem.set(key, list);
  }
  return items.map((row) => ({
    item: JSON.parse(row.details) as Item,
    findings: byItem.get(planItemKey(row.platform, row.kind, row.id)) ?? [],
    lastSeenAt: row.last_seen_at,
    missingSince: row.missing_since,
  }));
}

/** One string per item, for maps keyed by item. */
export function planItemKey(platform: string, kind: string, id: string): string {
  return `${platform}\u0000${kind}\u0000${id}`;
}

/** Marks items done or skipped (or clears their marks with `null`), in one transaction. */
export function markPlanItems(db: Db, refs: readonly ItemRef[], status: PlanMarkStatus | null, now = new Date()): void {
  const clear = db.prepare('DELETE FROM plan_marks WHERE platform = ? AND item_kind = ? AND item_id = ?');
  const upsert = db.prepare(
    `INSERT INTO plan_marks (platform, item_kind, item_id, status, marked_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (platform, item_kind, item_id) DO UPDATE SET status = excluded.status, marked_at = excluded.marked_at`,
  );
  db.transaction(() => {
    for (const ref of refs) {
      if (status === null) clear.run(ref.platform, ref.kind, ref.id);
      else upsert.run(ref.platform, ref.kind, ref.id, status, now.toISOString());
    }
  })();
}

/** The plan's own marks, by item. */
export function loadPlanMarks(db: Db): Map<string, StoredMark> {
  const rows = db.prepare('SELECT platform, item_kind, item_id, status, marked_at FROM plan_marks').all() as {
    platform: string;
    item_kind: string;
    item_id: string;
    status: PlanMarkStatus;
    marked_at: string;
  }[];
  return new Map(
    rows.map((row) => [
      planItemKey(row.platform, row.item_kind, row.item_id),
      { status: row.status, markedAt: row.marked_at },
    ]),
  );
}

/** The web app's marks on single findings, by finding key, with when they were made. */
export function loadFindingMarksWithTime(db: Db): Map<string, StoredMark> {
  const rows = db.prepare('SELECT finding_key, status, marked_at FROM finding_marks').all() as {
    finding_key: string;
    status: MarkStatus;
    marked_at: string;
  }[];
  return new Map(rows.map((row) => [row.finding_key, { status: row.status, markedAt: row.marked_at }]));
}
