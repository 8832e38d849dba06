import { groupByItem, type FlaggedItem } from '../../../src/core/flagged-items.js';
import type { MarkedFinding as Finding, MarkStatus as Mark } from '../../../src/api/audit.js';

/** A flagged item as the audit screen shows it: one card, every finding of the item on it. */
export type AuditItem = FlaggedItem<Finding>;

export const toItems = (findings: readonly Finding[]): AuditItem[] => groupByItem(findings);

/** The item's mark when all its findings carry the same one (marking a card marks them all), else none. */
export function itemMark(item: AuditItem): Mark | null {
  const [first, ...rest] = item.findings;
  return rest.every((finding) => finding.mark === first.mark) ? first.mark : null;
}

/** Done once every finding of the item is marked, whatever the marks are. */
export const isDone = (item: AuditItem): boolean => item.findings.every((finding) => finding.mark !== null);
