import { describe, expect, it } from 'vitest';
import {
  ACTION_TABLE,
  PLAN_ACTIONS,
  accountTips,
  actionSteps,
  planActionFor,
  strongestAction,
  v1Action,
  type ActionSubject,
  type PlanAction,
} from './actions.js';
import { ACTIONS, type Action } from './categories.js';
import type { ItemKind, Platform } from './item.js';

type Row = [Platform, ItemKind, Action, PlanAction, Action, RegExp];

/** Every row of issue #14's table: what the finding asks, what the platform lets you do, and the words for it. */
const ROWS: Row[] = [
  // X has no per-post audience: a post that only needs a narrower audience is still deleted.
  ['x', 'post', 'delete', 'delete', 'delete', /Delete → Delete/],
  ['x', 'post', 'restrict-audience', 'delete', 'delete', /Delete → Delete/],
  ['x', 'reply', 'restrict-audience', 'delete', 'delete', /Delete/],
  ['x', 'quote', 'delete', 'delete', 'delete', /Delete/],
  ['x', 'like', 'delete', 'unlike', 'delete', /heart under it to unlike/],
  ['x', 'like', 'restrict-audience', 'unlike', 'delete', /unlike/],
  ['x', 'repost', 'delete', 'undo-repost', 'delete', /Undo repost/],
  ['x', 'message', 'restrict-audience', 'delete-message', 'delete', /no audience to change/],
  ['facebook', 'post', 'delete', 'delete', 'delete', /Move to trash/],
  ['facebook', 'post', 'restrict-audience', 'change-audience', 'restrict-audience', /Edit audience/],
  ['facebook', 'photo', 'restrict-audience', 'change-audience', 'restrict-audience', /Edit audience/],
  ['facebook', 'comment', 'restrict-audience', 'delete-comment', 'delete', /Next to your comment/],
  ['facebook', 'like', 'delete', 'unlike', 'delete', /Unlike/],
  ['facebook', 'message', 'delete', 'delete-message', 'delete', /other person keeps their copy/],
  ['facebook', 'profile', 'restrict-audience', 'edit', 'restrict-audience', /Edit profile/],
  ['instagram', 'post', 'restrict-audience', 'archive', 'restrict-audience', /Archive: it disappears/],
  ['instagram', 'post', 'delete', 'delete', 'delete', /Delete → Delete/],
  ['instagram', 'photo', 'restrict-audience', 'archive', 'restrict-audience', /Archive/],
  ['instagram', 'comment', 'delete', 'delete-comment', 'delete', /Next to your comment/],
  ['instagram', 'message', 'restrict-audience', 'delete-message', 'delete', /no audience to change/],
  ['linkedin', 'post', 'delete', 'delete', 'delete', /Delete post/],
  ['linkedin', 'post', 'restrict-audience', 'edit', 'restrict-audience', /Edit post/],
  ['linkedin', 'comment', 'delete', 'delete-comment', 'delete', /Next to your comment/],
  ['linkedin', 'like', 'delete', 'unlike', 'delete', /reaction/],
  ['linkedin', 'message', 'delete', 'delete-message', 'delete', /no audience to change/],
];

describe('the action table', () => {
  it.each(ROWS)('%s %s asking %s → %s (v1 %s)', (platform, kind, wanted, fine, v1, words) => {
    const subject = { platform, kind };
    const action = planActionFor(subject, wanted);
    expect(action).toBe(fine);
    expect(v1Action(action, wanted)).toBe(v1);
    expect(actionSteps(subject, action).join(' ')).toMatch(words);
  });

  it('tells the user to remove the tag from a photo someone else posted, whatever the finding asked', () => {
    for (const platform of ['facebook', 'instagram'] as const) {
      const subject: ActionSubject = { platform, kind: 'photo', taggedByOthers: true };
      for (const wanted of ['delete', 'restrict-audience', 'review'] as const) {
        expect(planActionFor(subject, wanted)).toBe('remove-tag');
        expect(v1Action('remove-tag', wanted)).toBe('untag');
      }
      expect(actionSteps(subject, 'remove-tag').join(' ')).toMatch(/Remove tag/);
    }
  });

  it('never gives a private message audience advice', () => {
    for (const platform of ['x', 'facebook', 'instagram', 'linkedin'] as const) {
      for (const wanted of ['delete', 'restrict-audience', 'review'] as const) {
        const action = planActionFor({ platform, kind: 'message' }, wanted);
        expect(action).toBe('delete-message');
        expect(actionSteps({ platform, kind: 'message' }, action).join(' ')).not.toMatch(/Edit audience|Friends or/);
      }
    }
  });

  it('asks to review with the way to remove it on that platform', () => {
    const steps = actionSteps(
      { platform: 'x', kind: 'like' },
      planActionFor({ platform: 'x', kind: 'like' }, 'review'),
    );
    expect(steps[0]).toMatch(/Read it again/);
    expect(steps.join(' ')).toMatch(/unlike/);
  });

  it('gives the same action when the stored v1 action is mapped again (re-audits and the store agree)', () => {
    for (const [platform, kinds] of Object.entries(ACTION_TABLE) as [Platform, Record<string, unknown>][]) {
      for (const kind of Object.keys(kinds) as ItemKind[]) {
        for (const wanted of ACTIONS) {
          const fine = planActionFor({ platform, kind }, wanted);
          expect(planActionFor({ platform, kind }, v1Action(fine, wanted)), `${platform} ${kind} ${wanted}`).toBe(fine);
        }
      }
    }
  });

  it('has steps for every action on every platform', () => {
    for (const platform of ['x', 'facebook', 'instagram', 'linkedin'] as const)
      for (const action of PLAN_ACTIONS)
        expect(actionSteps({ platform, kind: 'post' }, action).length).toBeGreaterThan(0);
  });

  it('takes the strongest action among an item’s findings', () => {
    expect(strongestAction(['review', 'restrict-audience'])).toBe('restrict-audience');
    expect(strongestAction(['restrict-audience', 'delete', 'review'])).toBe('delete');
    expect(strongestAction([])).toBe('keep');
  });
});

describe('accountTips', () => {
  it('suggests protecting the X account once, and Facebook’s Limit past posts only for audience changes', () => {
    const tips = accountTips([
      { platform: 'x', action: 'delete' },
      { platform: 'x', action: 'unlike' },
      { platform: 'facebook', action: 'change-audience' },
    ]);
    expect(tips).toHaveLength(2);
    expect(tips[0]).toMatch(/Protect your posts/);
    expect(tips[1]).toMatch(/Limit past posts/);
    expect(accountTips([{ platform: 'facebook', action: 'delete' }])).toEqual([]);
    expect(accountTips([{ platform: 'x', action: 'delete-message' }])).toEqual([]);
  });
});
