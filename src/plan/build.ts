import { createHash } from 'node:crypto';
import {
  accountTips,
  actionSubject,
  actionSteps,
  planActionFor,
  strongestAction,
  v1Action,
  type PlanAction,
} from '../core/actions.js';
import { SEVERITY_RANK, type Action, type CategoryId, type Severity } from '../core/categories.js';
import type { ItemKind, Platform } from '../core/item.js';
import { locate } from '../core/locate.js';
import { groupByItem } from '../core/flagged-items.js';
import { planItemKey, type PlanFinding, type StoredMark, type StoredPlanItem } from '../store/plan.js';
import { itemStatus, type Mark, type PlanStatus } from './status.js';

/** One item of the clean-up plan (every finding of the item folded into one entry). */
export interface PlanEntry {
  /** Short, stable id to type on the command line (`decorum plan done REF`). */
  ref: string;
  platform: Platform;
  itemId: string;
  kind: ItemKind;
  /** The v1 audit action (delete | restrict-audience | untag | review | keep). */
  action: Action;
  /** The platform's own action: unlike, undo-repost, archive, delete-comment… */
  planAction: PlanAction;
  /** What to do, in order: how to find it (when there is no link), then the action in the platform's words. */
  steps: string[];
  /** The find steps alone (empty when `url` leads straight there). */
  find: string[];
  /** The action steps alone. */
  how: string[];
  /** The item's own page, when the export allows building one. */
  url: string | null;
  /** Where to start looking when there is no deep link. */
  findUrl: string | null;
  status: PlanStatus;
  note: string | null;
  markedAt: string | null;
  /** When the status was last proven: the newer export's audit for gone, else the mark. */
  since: string | null;
  priority: number;
  severity: Severity;
  categories: CategoryId[];
  reasons: string[];
  createdAt: string | null;
  /** The opening words of the item, or its media path: what the user will recognise. */
  text: string;
  findingKeys: string[];
}

export interface PlanProgress {
  done: number;
  skipped: number;
  left: number;
  gone: number;
}

export interface Plan {
  entries: PlanEntry[];
  progress: PlanProgress;
  /** Account-wide settings worth doing once (protect the X account, Facebook's Limit past posts). */
  tips: string[];
}

export function planRef(platform: string, kind: string, id: string): string {
  return createHash('sha1')
    .update(planItemKey(platform, kind, id))
    .digest('hex')
    .slice(0, 7);
}

/** Messages are private already: they come after everything public, whatever their score. */
const isMessage = (entry: PlanEntry): boolean => entry.kind === 'message';

export function comparePlanEntries(a: PlanEntry, b: PlanEntry): number {
  return (
    Number(isMessage(a)) - Number(isMessage(b)) ||
    b.priority - a.priority ||
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    (b.createdAt ?? '').localeCompare(a.createdAt ?? '') ||
    a.ref.localeCompare(b.ref)
  );
}

/** One flagged item, possibly read under two ids from overlapping exports: every copy, and the one that speaks. */
interface FoldedItem {
  primary: StoredPlanItem;
  copies: StoredPlanItem[];
  findings: PlanFinding[];
}

/** The copy still in the newest export speaks for the item; a copy only an older export holds is not proof of gone. */
const present = (copy: StoredPlanItem): number => (copy.missingSince === null && !copy.item.flags.deleted ? 1 : 0);

/**
 * One entry per item, through the same grouping every report uses (core/flagged-items.ts): the same post under two
 * ids (ids derived from content shift between exports) is one item, and the same reason twice counts once.
 */
function foldItems(stored: readonly StoredPlanItem[]): FoldedItem[] {
  const rows = stored.flatMap((copy) =>
    copy.findings.map((finding) => ({
      copy,
      finding,
      platform: copy.item.platform,
      kind: copy.item.kind,
      itemId: copy.item.id,
      createdAt: copy.item.createdAt,
      text: copy.item.text,
      ruleId: finding.ruleId,
      category: finding.category,
      severity: finding.severity,
      priority: finding.priority,
      mediaPath: finding.mediaPath,
      evidence: finding.evidenceStart === null ? [] : [{ start: finding.evidenceStart }],
    })),
  );
  return groupByItem(rows).map((group) => {
    const copies = [...new Set(group.findings.map((row) => row.copy))];
    const primary = copies.reduce((best, copy) => {
      const better =
        present(copy) === present(best) ? copy.lastSeenAt > best.lastSeenAt : present(copy) > present(best);
      return better ? copy : best;
    });
    return { primary, copies, findings: group.findings.map((row) => row.finding) };
  });
}

/** Builds the plan: one entry per flagged item, its action from the table, its way there, its status. */
export function buildPlan(
  stored: readonly StoredPlanItem[],
  planMarks: ReadonlyMap<string, StoredMark>,
  findingMarks: ReadonlyMap<string, StoredMark>,
): Plan {
  const entries: PlanEntry[] = [];
  for (const { primary, copies, findings } of foldItems(stored)) {
    const { item, lastSeenAt, missingSince } = primary;
    const wanted = strongestAction(findings.map((finding) => finding.action));
    const subject = actionSubject(item);
    const planAction = planActionFor(subject, wanted);
    if (planAction === 'keep') continue;
    const location = locate(item);
    const how = [...actionSteps(subject, planAction)];
    const marks: Mark[] = [];
    for (const copy of copies) {
      const own = planMarks.get(planItemKey(copy.item.platform, copy.item.kind, copy.item.id));
      if (own) marks.push(own);
    }
    for (const finding of findings) {
      const mark = findingMarks.get(finding.key);
      if (mark) marks.push(mark);
    }
    const status = itemStatus({
      action: planAction,
      deletedInExport: item.flags.deleted === true,
      missingSince,
      lastSeenAt,
      marks,
    });
    const top = findings.reduce((best, finding) => (finding.priority > best.priority ? finding : best));
    entries.push({
      ref: planRef(item.platform, item.kind, item.id),
      platform: item.platform,
      itemId: item.id,
      kind: item.kind,
      action: v1Action(planAction, wanted),
      planAction,
      steps: [...location.find, ...how],
      find: location.find,
      how,
      url: location.url,
      findUrl: location.findUrl,
      ...status,
      priority: top.priority,
      severity: findings.reduce<Severity>(
        (best, finding) => (SEVERITY_RANK[finding.severity] > SEVERITY_RANK[best] ? finding.severity : best),
        'low',
      ),
      categories: [...new Set(findings.map((finding) => finding.category))],
      reasons: [...new Set(findings.map((finding) => finding.reason))],
      createdAt: item.createdAt,
      text: item.text,
      findingKeys: findings.map((finding) => finding.key),
    });
  }
  entries.sort(comparePlanEntries);
  const progress: PlanProgress = { done: 0, skipped: 0, left: 0, gone: 0 };
  for (const entry of entries) progress[entry.status] += 1;
  const open = entries.filter((entry) => entry.status === 'left');
  return {
    entries,
    progress,
    tips: accountTips(open.map((entry) => ({ platform: entry.platform, action: entry.planAction }))),
  };
}

/** Groups of the checklist: platform, then action, in the order of their most urgent entry. */
export function groupEntries(
  entries: readonly PlanEntry[],
): { platform: Platform; action: PlanAction; entries: PlanEntry[] }[] {
  const groups = new Map<string, { platform: Platform; action: PlanAction; entries: PlanEntry[] }>();
  const platformOrder: Platform[] = [];
  for (const entry of entries) {
    if (!platformOrder.includes(entry.platform)) platformOrder.push(entry.platform);
    const key = `${entry.platform}\u0000${entry.planAction}`;
    const group = groups.get(key) ?? { platform: entry.platform, action: entry.planAction, entries: [] };
    group.entries.push(entry);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => platformOrder.indexOf(a.platform) - platformOrder.indexOf(b.platform));
}

/** How many planned items have a deep link, only find steps, or neither (issue #14's "a way to every item"). */
export interface LinkCoverage {
  items: number;
  linked: number;
  findStepsOnly: number;
  neither: number;
}

/** Counts over the items still in the plan (gone ones need no way there). Find steps need a day or the words. */
export function linkCoverage(entries: readonly PlanEntry[]): LinkCoverage {
  const open = entries.filter((entry) => entry.status !== 'gone');
  const linked = open.filter((entry) => entry.url !== null).length;
  const findable = open.filter(
    (entry) => entry.url === null && entry.find.some((step) => /^(Look on|It starts|It is the photo)/.test(step)),
  ).length;
  return { items: open.length, linked, findStepsOnly: findable, neither: open.length - linked - findable };
}
