import { z } from 'zod';
import type { Action } from './categories.js';
import type { Item, ItemKind, Platform } from './item.js';

/**
 * What the user does about one item, in the platform's own terms. The audit contract's `action` (v1) stays one
 * of the five coarse actions; this finer one is added beside it (`planAction`) so v1 readers keep working.
 */
export const PLAN_ACTIONS = [
  'delete',
  'unlike',
  'undo-repost',
  'change-audience',
  'archive',
  'edit',
  'remove-tag',
  'delete-comment',
  'delete-message',
  'review',
  'keep',
] as const;
export const planActionSchema = z.enum(PLAN_ACTIONS);
export type PlanAction = z.infer<typeof planActionSchema>;

/** The coarse v1 action each fine action reports as; `edit` keeps the detector's own (it removes or narrows). */
const V1_ACTION: Readonly<Record<Exclude<PlanAction, 'edit'>, Action>> = {
  delete: 'delete',
  unlike: 'delete',
  'undo-repost': 'delete',
  'delete-comment': 'delete',
  'delete-message': 'delete',
  'change-audience': 'restrict-audience',
  archive: 'restrict-audience',
  'remove-tag': 'untag',
  review: 'review',
  keep: 'keep',
};

/** What one platform offers for one kind of item: the way to remove it, and a softer way when there is one. */
interface ActionRow {
  remove: PlanAction;
  /** For findings that only need a narrower audience; absent when the platform has no such thing. */
  narrow?: PlanAction;
  /** Already private (messages): the same advice whatever the finding asked, never an audience change. */
  always?: true;
}

const MESSAGE: ActionRow = { remove: 'delete-message', always: true };
const COMMENT: ActionRow = { remove: 'delete-comment' };
const PROFILE: ActionRow = { remove: 'edit' };

/**
 * The action table: platform × kind. X has no per-post audience (protecting the whole account is the only
 * narrowing, suggested once in the summary), so every X row removes. Kinds a platform does not export fall back
 * to `FALLBACK`.
 */
export const ACTION_TABLE: Readonly<Record<Platform, Partial<Record<ItemKind, ActionRow>>>> = {
  x: {
    post: { remove: 'delete' },
    reply: { remove: 'delete' },
    quote: { remove: 'delete' },
    repost: { remove: 'undo-repost' },
    like: { remove: 'unlike' },
    message: MESSAGE,
    profile: PROFILE,
  },
  facebook: {
    post: { remove: 'delete', narrow: 'change-audience' },
    photo: { remove: 'delete', narrow: 'change-audience' },
    comment: COMMENT,
    like: { remove: 'unlike' },
    message: MESSAGE,
    profile: PROFILE,
  },
  instagram: {
    post: { remove: 'delete', narrow: 'archive' },
    photo: { remove: 'delete', narrow: 'archive' },
    comment: COMMENT,
    message: MESSAGE,
    profile: PROFILE,
  },
  linkedin: {
    post: { remove: 'delete', narrow: 'edit' },
    comment: COMMENT,
    like: { remove: 'unlike' },
    message: MESSAGE,
    profile: PROFILE,
  },
};

const FALLBACK: ActionRow = { remove: 'review' };

export interface ActionSubject {
  platform: Platform;
  kind: ItemKind;
  /** Someone else's photo the user is tagged in: the user cannot delete it, only remove the tag. */
  taggedByOthers?: boolean;
}

/** A photo with an author other than the user is someone else's photo the user is tagged in. */
export function actionSubject(item: Pick<Item, 'platform' | 'kind' | 'author'>): ActionSubject {
  return {
    platform: item.platform,
    kind: item.kind,
    taggedByOthers: item.kind === 'photo' && item.author !== undefined,
  };
}

/** The fine action for an item, from the table, given the coarse action its findings call for. */
export function planActionFor(subject: ActionSubject, wanted: Action): PlanAction {
  if (wanted === 'keep') return 'keep';
  if (subject.taggedByOthers || wanted === 'untag') return 'remove-tag';
  const row = ACTION_TABLE[subject.platform][subject.kind] ?? FALLBACK;
  if (row.always) return row.remove;
  if (wanted === 'review') return 'review';
  if (wanted === 'restrict-audience') return row.narrow ?? row.remove;
  return row.remove;
}

/** The v1 contract's action for a fine action (`edit` reports what it is for: removing or narrowing). */
export function v1Action(action: PlanAction, wanted: Action): Action {
  if (action !== 'edit') return V1_ACTION[action];
  return wanted === 'delete' ? 'delete' : wanted === 'review' ? 'review' : 'restrict-audience';
}

/** Strongest first: an item with several findings gets the action its most serious one calls for. */
const ACTION_STRENGTH: Readonly<Record<Action, number>> = {
  delete: 4,
  untag: 3,
  'restrict-audience': 2,
  review: 1,
  keep: 0,
};

export function strongestAction(actions: readonly Action[]): Action {
  return actions.reduce<Action>(
    (best, action) => (ACTION_STRENGTH[action] > ACTION_STRENGTH[best] ? action : best),
    'keep',
  );
}

const X_STEPS: Partial<Record<PlanAction, readonly string[]>> = {
  delete: ['Open the post on X.', 'Tap ⋯ (More) at its top right → Delete → Delete.'],
  unlike: ['Open the post on X.', 'Tap the pink heart under it to unlike it.'],
  'undo-repost': ['Open the post on X.', 'Tap the green Repost icon under it → Undo repost.'],
};

const FACEBOOK_STEPS: Partial<Record<PlanAction, readonly string[]>> = {
  delete: ['Open it on Facebook.', 'Click ⋯ at its top right → Move to trash (or Delete) → Move.'],
  'change-audience': [
    'Open it on Facebook.',
    'Click ⋯ at its top right → Edit audience → choose Friends or Only me → Save.',
  ],
  unlike: ['Open the Page on Facebook.', 'Click Liked (or Following) under its cover → Unlike (or Unfollow).'],
};

const INSTAGRAM_STEPS: Partial<Record<PlanAction, readonly string[]>> = {
  delete: ['Open the post on Instagram.', 'Tap ⋯ at its top right → Delete → Delete.'],
  archive: [
    'Open the post on Instagram.',
    'Tap ⋯ at its top right → Archive: it disappears from your profile and you keep it (Profile → ☰ → Archive).',
  ],
};

const LINKEDIN_STEPS: Partial<Record<PlanAction, readonly string[]>> = {
  delete: ['Open the post on LinkedIn.', 'Click ⋯ at its top right → Delete post → Delete.'],
  edit: ['Open the post on LinkedIn.', 'Click ⋯ at its top right → Edit post, take out the part flagged, Save.'],
  unlike: ['Open the post on LinkedIn.', 'Click your reaction under it (the highlighted Like) to take it back.'],
};

const SHARED_STEPS: Readonly<Record<PlanAction, readonly string[]>> = {
  delete: ['Open it.', 'Use its ⋯ menu → Delete.'],
  unlike: ['Open it.', 'Take your like or reaction back.'],
  'undo-repost': ['Open it.', 'Undo the repost.'],
  'change-audience': ['Open it.', 'Use its ⋯ menu to narrow who can see it.'],
  archive: ['Open it.', 'Use its ⋯ menu → Archive.'],
  edit: ['Open it.', 'Edit it and take out the part flagged.'],
  'remove-tag': [
    'Open the photo you are tagged in.',
    'Click ⋯ (or tap your tag) → Remove tag (Instagram: Remove me from post). The photo stays on its owner’s profile.',
  ],
  'delete-comment': [
    'Open the post you commented on.',
    'Next to your comment, click ⋯ (on a phone: press and hold it) → Delete.',
  ],
  'delete-message': [
    'A private message: only the people in the conversation see it, so there is no audience to change.',
    'If you would rather not keep it: open the conversation, hover over (or press and hold) the message → ⋯ → Delete (or Remove for you). The other person keeps their copy.',
  ],
  review: [
    'Read it again as a recruiter would.',
    'If it no longer represents you, remove it; if it does, skip it (decorum plan skip).',
  ],
  keep: ['Nothing to do: you chose to keep items like this.'],
};

const PROFILE_STEPS: readonly string[] = [
  'Open your profile and choose Edit profile (Facebook: About; LinkedIn: the pencil on the section).',
  'Take out or rephrase the part flagged, then Save.',
];

const PLATFORM_STEPS: Readonly<Record<Platform, Partial<Record<PlanAction, readonly string[]>>>> = {
  x: X_STEPS,
  facebook: FACEBOOK_STEPS,
  instagram: INSTAGRAM_STEPS,
  linkedin: LINKEDIN_STEPS,
};

/** The steps to carry out `action` on one item, in the words the platform's own menus use. */
export function actionSteps(subject: ActionSubject, action: PlanAction): readonly string[] {
  if (subject.kind === 'profile' && action === 'edit') return PROFILE_STEPS;
  const remove = planActionFor(subject, 'delete');
  if (action === 'review' && remove !== 'review')
    return [
      'Read it again as a recruiter would. If it no longer represents you:',
      ...actionSteps(subject, remove),
      'If it does, skip it (decorum plan skip).',
    ];
  return PLATFORM_STEPS[subject.platform][action] ?? SHARED_STEPS[action];
}

export const ACTION_LABEL: Readonly<Record<PlanAction, string>> = {
  delete: 'Delete',
  unlike: 'Unlike',
  'undo-repost': 'Undo repost',
  'change-audience': 'Change audience',
  archive: 'Archive',
  edit: 'Edit',
  'remove-tag': 'Remove tag',
  'delete-comment': 'Delete comment',
  'delete-message': 'Delete message',
  review: 'Review',
  keep: 'Keep',
};

/**
 * Account-wide settings worth doing once rather than item by item, said once in the plan's summary when the plan
 * holds items they would help with.
 */
export function accountTips(entries: readonly { platform: Platform; action: PlanAction }[]): string[] {
  const tips: string[] = [];
  if (entries.some((entry) => entry.platform === 'x' && entry.action !== 'delete-message')) {
    tips.push(
      'X has no per-post audience. To hide all your posts from people who do not follow you, protect your account once: Settings and privacy → Privacy and safety → Audience and tagging → Protect your posts.',
    );
  }
  if (entries.some((entry) => entry.platform === 'facebook' && entry.action === 'change-audience')) {
    tips.push(
      'Facebook can narrow every old post at once: Settings & privacy → Settings → Privacy → Limit who can see past posts → Limit past posts (public and friends-of-friends posts become Friends only).',
    );
  }
  return tips;
}
