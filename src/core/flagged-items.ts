import { SEVERITY_RANK, type Severity } from './categories.js';
import { compareByPriority } from './priority.js';

/** What grouping needs from a finding; the web app's findings (with their marks) fit it as well as the core's. */
export interface ItemFinding {
  platform: string;
  kind: string;
  itemId: string;
  createdAt: string | null;
  text: string;
  ruleId: string;
  category: string;
  severity: Severity;
  priority: number;
  mediaPath: string | null;
  evidence: readonly { start: number }[];
}

/** One flagged item with every reason it was flagged: the unit every view shows as one card or row. */
export interface FlaggedItem<F extends ItemFinding> {
  /** `platform/kind/itemId` of the first copy seen. */
  key: string;
  /** Highest severity first, then highest priority; the first one speaks for the item (its facts, its rank). */
  findings: [F, ...F[]];
  severity: Severity;
  priority: number;
  createdAt: string | null;
}

const itemKey = (finding: ItemFinding): string => `${finding.platform}/${finding.kind}/${finding.itemId}`;

/**
 * The same post read from two overlapping exports may carry two ids (ids derived from content shift when an
 * older export numbers duplicates differently), but it keeps its platform, kind, time and text.
 */
const contentKey = (finding: ItemFinding): string | null =>
  finding.text && finding.createdAt
    ? [finding.platform, finding.kind, finding.createdAt, finding.text].join('\u0000')
    : null;

/** Two copies of one reason (the same rule on the same evidence or photo) count once. */
const reasonKey = (finding: ItemFinding): string =>
  [finding.ruleId, finding.category, finding.mediaPath ?? '', finding.evidence[0]?.start ?? ''].join('\u0000');

const bySeverityThenPriority = (a: ItemFinding, b: ItemFinding): number =>
  SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || b.priority - a.priority;

/** Groups findings into one entry per item, the items in priority order (as `compareByPriority` orders findings). */
export function groupByItem<F extends ItemFinding>(findings: readonly F[]): FlaggedItem<F>[] {
  const groups = new Map<string, F[]>();
  const aliases = new Map<string, string>();
  for (const finding of findings) {
    const content = contentKey(finding);
    const key = aliases.get(itemKey(finding)) ?? (content ? aliases.get(content) : undefined) ?? itemKey(finding);
    aliases.set(itemKey(finding), key);
    if (content) aliases.set(content, key);
    const group = groups.get(key);
    if (!group) groups.set(key, [finding]);
    else if (!group.some((other) => reasonKey(other) === reasonKey(finding))) group.push(finding);
  }
  return [...groups]
    .map(([key, group]) => {
      const sorted = group.sort(bySeverityThenPriority) as [F, ...F[]];
      const top = sorted[0];
      return {
        key,
        findings: sorted,
        severity: top.severity,
        priority: Math.max(...sorted.map((finding) => finding.priority)),
        createdAt: top.createdAt,
      };
    })
    .sort(compareByPriority);
}

/** The item's categories, each once, most severe first. */
export function categoriesOf(item: FlaggedItem<ItemFinding>): string[] {
  return [...new Set(item.findings.map((finding) => finding.category))];
}

/** How many values fall under each key; a value with several keys counts once under each. */
export function countBy<T>(
  values: readonly T[],
  key: (value: T) => string | readonly string[],
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) {
    const keys = key(value);
    for (const one of typeof keys === 'string' ? [keys] : keys) counts[one] = (counts[one] ?? 0) + 1;
  }
  return counts;
}

/** Flagged items per category: an item flagged twice for one category counts once there. */
export const itemsByCategory = (items: readonly FlaggedItem<ItemFinding>[]): Record<string, number> =>
  countBy(items, categoriesOf);
