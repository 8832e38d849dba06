import { describe, expect, it } from 'vitest';
import type { Finding } from './finding.js';
import { categoriesOf, countBy, groupByItem, itemsByCategory } from './flagged-items.js';

const finding = (over: Partial<Finding>): Finding => ({
  key: `k-${over.itemId ?? '1'}-${over.ruleId ?? 'text/alcohol'}`,
  ruleId: 'text/alcohol',
  platform: 'x',
  itemId: '1',
  kind: 'post',
  createdAt: '2025-06-01T20:00:00.000Z',
  audience: 'public',
  category: 'alcohol',
  severity: 'medium',
  confidence: 0.9,
  priority: 50,
  reason: 'Talks about heavy drinking — visible to everyone.',
  evidence: [{ start: 0, end: 5, text: 'drunk' }],
  action: 'restrict-audience',
  url: null,
  text: 'drunk again, this fucking job',
  file: 'data/tweets.js',
  mediaPath: null,
  ...over,
});

const profanity = finding({ ruleId: 'text/profanity', category: 'profanity', severity: 'low', priority: 60 });
const criticism = finding({ ruleId: 'text/employer', category: 'employer-criticism', severity: 'high', priority: 40 });
const alcohol = finding({});
const other = finding({ itemId: '2', text: 'beer o clock', priority: 45 });

describe('groupByItem', () => {
  it('puts every reason of an item on one entry, highest severity first', () => {
    const items = groupByItem([profanity, alcohol, other, criticism]);
    expect(items.map((item) => item.key)).toEqual(['x/post/1', 'x/post/2']);
    const [first] = items;
    expect(first?.findings.map((f) => f.category)).toEqual(['employer-criticism', 'alcohol', 'profanity']);
    expect(first?.severity).toBe('high');
    expect(first?.priority).toBe(60);
  });

  it('orders items by their best priority, then severity, then newest', () => {
    const old = finding({ itemId: '3', text: 'old', createdAt: '2015-01-01T00:00:00.000Z', priority: 45 });
    const high = finding({ itemId: '4', text: 'high', severity: 'high', priority: 45 });
    expect(groupByItem([old, other, high]).map((item) => item.key)).toEqual(['x/post/4', 'x/post/2', 'x/post/3']);
  });

  it('keeps items apart that differ in platform or kind even with the same id', () => {
    const like = finding({ kind: 'like', text: 'a liked post' });
    const linkedin = finding({ platform: 'linkedin', text: 'a share' });
    expect(groupByItem([alcohol, like, linkedin])).toHaveLength(3);
  });

  it('makes one item of the same post read from an old and a new export under two ids, each reason once', () => {
    const newer = finding({ itemId: 'fb-post-1700000000-ab12', platform: 'facebook' });
    const older = finding({ itemId: 'fb-post-1700000000-ab12-2', platform: 'facebook', key: 'other' });
    const olderProfanity = { ...profanity, platform: 'facebook' as const, itemId: older.itemId };
    const items = groupByItem([newer, older, olderProfanity]);
    expect(items).toHaveLength(1);
    expect(items[0]?.findings.map((f) => [f.itemId, f.category])).toEqual([
      ['fb-post-1700000000-ab12', 'alcohol'],
      ['fb-post-1700000000-ab12-2', 'profanity'],
    ]);
  });

  it('does not merge different posts that share only a time, nor photos without text', () => {
    const a = finding({ itemId: 'a', text: 'first', createdAt: '2025-01-01T00:00:00.000Z' });
    const b = finding({ itemId: 'b', text: 'second', createdAt: '2025-01-01T00:00:00.000Z' });
    const photoA = finding({ itemId: 'p1', text: '', mediaPath: 'a.jpg' });
    const photoB = finding({ itemId: 'p2', text: '', mediaPath: 'b.jpg' });
    expect(groupByItem([a, b, photoA, photoB])).toHaveLength(4);
  });

  it('keeps two photos of one post as two reasons', () => {
    const first = finding({ category: 'nudity', mediaPath: 'media/1.jpg', evidence: [] });
    const second = finding({ category: 'nudity', mediaPath: 'media/2.jpg', evidence: [] });
    expect(groupByItem([first, second])[0]?.findings).toHaveLength(2);
  });

  it('gives nothing for no findings', () => {
    expect(groupByItem([])).toEqual([]);
  });
});

describe('counting items', () => {
  it('counts an item once per category however many findings it has there', () => {
    const second = finding({
      ruleId: 'text/alcohol-model',
      priority: 30,
      evidence: [{ start: 6, end: 11, text: 'again' }],
    });
    const items = groupByItem([alcohol, second, profanity, other]);
    expect(categoriesOf(items[0]!)).toEqual(['alcohol', 'profanity']);
    expect(itemsByCategory(items)).toEqual({ alcohol: 2, profanity: 1 });
    expect(countBy(items, (item) => item.severity)).toEqual({ medium: 2 });
  });
});
