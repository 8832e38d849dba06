import type { PlanAction } from '../core/actions.js';

export const PLAN_STATUSES = ['left', 'done', 'skipped', 'gone'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** A mark from either place: the plan's own per-item marks, or the web app's per-finding marks. */
export interface Mark {
  status: 'done' | 'skipped' | 'deleted' | 'restricted' | 'kept';
  markedAt: string;
}

export interface StatusInput {
  action: PlanAction;
  /** The export itself lists the item as deleted (X `deleted-tweets.js`). */
  deletedInExport: boolean;
  /** When a newer export of the same platform and kind was audited without this item (exports are dated by their audit). */
  missingSince: string | null;
  /** When the newest export still holding the item was audited. */
  lastSeenAt: string;
  /** Every mark on the item or any of its findings. */
  marks: readonly Mark[];
}

export interface ItemStatus {
  status: PlanStatus;
  /** Why, when the status alone would mislead (gone since when; marked done but still there). */
  note: string | null;
  markedAt: string | null;
  /** When the status was last proven: the newer export's audit for gone, else the mark. */
  since: string | null;
}

/** Actions whose result shows in the next export: the item is no longer in it. Narrowing leaves it there. */
const REMOVING: ReadonlySet<PlanAction> = new Set([
  'delete',
  'unlike',
  'undo-repost',
  'remove-tag',
  'delete-comment',
  'delete-message',
]);

const day = (iso: string): string => iso.slice(0, 10);

/**
 * The one place that turns marks and exports into a status. The export is the proof: an item a newer export no
 * longer holds is gone whatever was marked; an item marked done that a later export still holds is left. The web
 * app's per-finding marks count as the item's: deleted or restricted → done, kept → skipped; the latest mark wins.
 */
export function itemStatus(input: StatusInput): ItemStatus {
  if (input.deletedInExport)
    return { status: 'gone', note: 'your export lists it as deleted', markedAt: null, since: input.lastSeenAt };
  if (input.missingSince)
    return {
      status: 'gone',
      note: `no longer in your export of ${day(input.missingSince)}`,
      markedAt: null,
      since: input.missingSince,
    };
  const latest = [...input.marks].sort((a, b) => b.markedAt.localeCompare(a.markedAt))[0];
  if (!latest) return { status: 'left', note: null, markedAt: null, since: null };
  if (latest.status === 'skipped' || latest.status === 'kept')
    return { status: 'skipped', note: null, markedAt: latest.markedAt, since: latest.markedAt };
  if (REMOVING.has(input.action) && input.lastSeenAt > latest.markedAt)
    return {
      status: 'left',
      note: `marked done but still in your export of ${day(input.lastSeenAt)}`,
      markedAt: latest.markedAt,
      since: null,
    };
  return { status: 'done', note: null, markedAt: latest.markedAt, since: latest.markedAt };
}
