import type { Finding } from '../core/finding.js';
import type { Db } from './db.js';

/**
 * Replaces the findings of every item seen in `runId` with `findings`: a re-audit of the same export
 * gives the same rows, and findings that no longer apply disappear. Marks are kept (keyed separately).
 */
export function replaceFindings(db: Db, runId: number, findings: readonly Finding[]): void {
  const clear = db.prepare(`
    DELETE FROM findings WHERE EXISTS (
      SELECT 1 FROM items i
      WHERE i.last_run_id = ? AND i.platform = findings.platform AND i.kind = findings.item_kind AND i.id = findings.item_id)`);
  const insert = db.prepare(`
    INSERT OR REPLACE INTO findings (key, run_id, rule_id, platform, item_kind, item_id, category, severity, confidence,
                                     priority, reason, evidence, action, media_path, details)
    VALUES (@key, @runId, @ruleId, @platform, @kind, @itemId, @category, @severity, @confidence, @priority, @reason,
            @evidence, @action, @mediaPath, @details)`);
  db.transaction(() => {
    clear.run(runId);
    for (const finding of findings) {
      insert.run({
        ...finding,
        runId,
        evidence: JSON.stringify(finding.evidence),
        details: finding.details ? JSON.stringify(finding.details) : null,
      });
    }
  })();
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

/** Every stored finding with its item's facts, highest priority first. */
export function loadFindings(db: Db): Finding[] {
  const rows = db
    .prepare(
      `SELECT f.*, i.created_at, i.audience, i.url, i.text, i.file
       FROM findings f JOIN items i ON i.platform = f.platform AND i.kind = f.item_kind AND i.id = f.item_id
       ORDER BY f.priority DESC, f.key`,
    )
    .all() as FindingRow[];
  return rows.map((row) => ({
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
  }));
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
