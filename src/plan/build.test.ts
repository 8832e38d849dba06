import { describe, expect, it } from 'vitest';
import type { Item } from '../core/item.js';
import type { PlanFinding, StoredPlanItem } from '../store/plan.js';
import { buildPlan, planRef } from './build.js';

const post = (id: string, fields: Partial<Item> = {}): Item => ({
  platform: 'facebook',
  kind: 'post',
  id,
  text: 'So hungover. Called in sick, never drinking tequila on a Tuesday again',
  createdAt: '2025-11-15T09:00:00.000Z',
  audience: 'unknown',
  engagement: {},
  media: [],
  locator: { input: 'facebook.zip', file: 'posts/your_posts_1.json', index: 3 },
  flags: {},
  ...fields,
});

const finding = (key: string, fields: Partial<PlanFinding> = {}): PlanFinding => ({
  key,
  ruleId: 'text/absenteeism',
  mediaPath: null,
  evidenceStart: 14,
  category: 'absenteeism',
  severity: 'high',
  priority: 60,
  action: 'delete',
  reason: 'Calling in sick to go out',
  ...fields,
});

const stored = (item: Item, findings: PlanFinding[], missingSince: string | null = null): StoredPlanItem => ({
  item,
  findings,
  lastSeenAt: missingSince ? '2026-01-01T00:00:00.000Z' : '2026-03-01T00:00:00.000Z',
  missingSince,
});

describe('buildPlan', () => {
  it('folds the same post read under two ids into one entry that the newer copy speaks for', () => {
    const plan = buildPlan(
      [
        stored(post('fb-1763197200-aaaa'), [finding('old')], '2026-03-01T00:00:00.000Z'),
        stored(post('fb-1763197200-aaaa-2'), [
          finding('new'),
          finding('alcohol', {
            ruleId: 'text/alcohol',
            category: 'alcohol',
            severity: 'medium',
            priority: 40,
            action: 'restrict-audience',
          }),
        ]),
      ],
      new Map([
        ['facebook\u0000post\u0000fb-1763197200-aaaa', { status: 'skipped', markedAt: '2026-02-01T00:00:00.000Z' }],
      ]),
      new Map(),
    );
    expect(plan.entries).toHaveLength(1);
    const [entry] = plan.entries;
    expect(entry).toMatchObject({
      itemId: 'fb-1763197200-aaaa-2',
      ref: planRef('facebook', 'post', 'fb-1763197200-aaaa-2'),
      status: 'skipped', // the mark made on the older copy still counts
      planAction: 'delete',
      categories: ['absenteeism', 'alcohol'],
    });
    expect(entry?.findingKeys).toEqual(['old', 'alcohol']); // the same reason from both copies counts once
    expect(plan.progress).toEqual({ done: 0, skipped: 1, left: 0, gone: 0 });
    expect(plan.tips).toEqual([]);
  });

  it('leaves out items whose findings all say keep, and suggests Limit past posts for audience changes', () => {
    const plan = buildPlan(
      [
        stored(post('a'), [finding('k1', { action: 'keep' })]),
        stored(post('b', { text: 'Third round at the Tipsy Cow' }), [
          finding('k2', { action: 'restrict-audience', category: 'alcohol' }),
        ]),
      ],
      new Map(),
      new Map(),
    );
    expect(plan.entries.map((entry) => [entry.itemId, entry.planAction])).toEqual([['b', 'change-audience']]);
    expect(plan.tips).toEqual([expect.stringContaining('Limit past posts')]);
  });
});
