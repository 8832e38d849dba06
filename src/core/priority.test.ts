import { describe, expect, it } from 'vitest';
import { compareByPriority, engagementWeight, priorityOf, recencyWeight, type PriorityInput } from './priority.js';

const now = new Date('2026-06-01T00:00:00Z');
const base: PriorityInput = {
  severity: 'high',
  confidence: 1,
  audience: 'public',
  kind: 'post',
  engagement: {},
  createdAt: '2026-05-01T00:00:00Z',
  now,
};

describe('priorityOf', () => {
  it('puts a fresh, certain, high-severity public post near the top', () => {
    expect(priorityOf(base)).toBeGreaterThanOrEqual(80);
    expect(priorityOf(base)).toBeLessThanOrEqual(100);
  });

  it.each([
    ['public beats friends-only', { audience: 'friends' as const }],
    ['public beats a private message', { audience: 'private' as const }],
    ['high beats low severity', { severity: 'low' as const }],
    ['certain beats a guess', { confidence: 0.3 }],
    ['recent beats eight years old', { createdAt: '2018-05-01T00:00:00Z' }],
    ['own words beat a like', { kind: 'like' as const }],
  ])('%s', (_name, change) => {
    expect(priorityOf(base)).toBeGreaterThan(priorityOf({ ...base, ...change }));
  });

  it('weighs widely shared posts higher', () => {
    expect(priorityOf({ ...base, severity: 'medium', engagement: { likes: 500, reposts: 40 } })).toBeGreaterThan(
      priorityOf({ ...base, severity: 'medium' }),
    );
  });

  it('stays within 0–100 for extreme inputs', () => {
    const huge = priorityOf({ ...base, engagement: { likes: 10 ** 9 }, confidence: 7 });
    const tiny = priorityOf({
      ...base,
      severity: 'low',
      audience: 'private',
      confidence: -1,
      createdAt: '1990-01-01T00:00:00Z',
    });
    expect(huge).toBeLessThanOrEqual(100);
    expect(tiny).toBeGreaterThanOrEqual(0);
  });
});

describe('weights', () => {
  it('engagement rises with reactions and caps at 1', () => {
    expect(engagementWeight({})).toBeCloseTo(0.85);
    expect(engagementWeight({ likes: 9 })).toBeGreaterThan(engagementWeight({}));
    expect(engagementWeight({ likes: 10 ** 6 })).toBe(1);
  });

  it('recency is flat for a year, then falls to a floor', () => {
    expect(recencyWeight('2025-07-01T00:00:00Z', now)).toBe(1);
    expect(recencyWeight('2021-06-01T00:00:00Z', now)).toBeLessThan(1);
    expect(recencyWeight('2001-01-01T00:00:00Z', now)).toBe(0.6);
    expect(recencyWeight(null, now)).toBe(0.8);
  });
});

describe('compareByPriority', () => {
  it('orders by priority, then severity, then newest', () => {
    const items = [
      { priority: 50, severity: 'low' as const, createdAt: '2026-01-01' },
      { priority: 50, severity: 'high' as const, createdAt: '2020-01-01' },
      { priority: 90, severity: 'low' as const, createdAt: null },
      { priority: 50, severity: 'high' as const, createdAt: '2025-01-01' },
    ];
    expect(items.sort(compareByPriority).map((item) => `${item.priority}${item.severity}${item.createdAt}`)).toEqual([
      '90lownull',
      '50high2025-01-01',
      '50high2020-01-01',
      '50low2026-01-01',
    ]);
  });
});
