import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../../core/categories.js';
import { detectionSchema } from '../../core/finding.js';
import { TEXT_DETECTORS } from '../index.js';
import { itemOf } from '../../../test/fixtures/items.js';

const context = { employers: ['Contoso'], allowlist: [] };
const run = (text: string) => TEXT_DETECTORS.flatMap((d) => d.detect(itemOf(text), context));

describe('the text engine on bad input', () => {
  it('every detector has an id, docs page and known categories', () => {
    const ids = new Set<string>();
    for (const detector of TEXT_DETECTORS) {
      expect(detector.meta.id).toMatch(/^text\/[a-z-]+$/);
      expect(ids.has(detector.meta.id)).toBe(false);
      ids.add(detector.meta.id);
      expect(detector.meta.docs).toMatch(/^docs\/detectors\/text-[a-z-]+\.md$/);
      for (const c of detector.meta.categories) expect(CATEGORY_IDS).toContain(c);
    }
  });

  it('handles a 1 MB post without throwing and with sane output', () => {
    const huge = 'So hungover at work, my boss is an idiot. call 415-555-0132 '.repeat(17_500);
    expect(huge.length).toBeGreaterThan(1_000_000);
    const hits = run(huge);
    for (const hit of hits) {
      expect(detectionSchema.parse(hit)).toBeTruthy();
      for (const s of hit.evidence) expect(huge.slice(s.start, s.end)).toBe(s.text);
      expect(hit.evidence.length).toBeLessThanOrEqual(20);
    }
    expect(new Set(hits.map((h) => h.category))).toEqual(
      new Set(['alcohol', 'absenteeism', 'employer-criticism', 'personal-data']),
    );
  });

  it('handles empty text, binary garbage, every script, RTL and emoji', () => {
    const garbage = Array.from({ length: 20_000 }, (_, i) => String.fromCharCode((i * 7919 + 13) % 65536)).join('');
    const scripts = 'Ελληνικά Русский עברית العربية हिन्दी 中文 日本語 한국어 ไทย ქართული 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \u202eRTL\u202c 👩‍👩‍👧‍👦🏳️‍🌈';
    for (const text of ['', ' ', garbage, scripts, '\u0000'.repeat(1000), '🍺'.repeat(10_000)]) {
      expect(() => run(text)).not.toThrow();
      for (const hit of run(text)) expect(detectionSchema.parse(hit)).toBeTruthy();
    }
    expect(run('')).toEqual([]);
    expect(run(scripts)).toEqual([]);
  });

  it('audits likes and reposts at lower severity with who-wrote-it wording', () => {
    const own = TEXT_DETECTORS.flatMap((d) => d.detect(itemOf('got hammered last night'), context));
    const liked = TEXT_DETECTORS.flatMap((d) =>
      d.detect(itemOf('got hammered last night', { kind: 'repost' }), context),
    );
    expect(own[0]?.severity).toBe('medium');
    expect(liked[0]?.severity).toBe('low');
    expect(liked[0]?.reason).toMatch(/^Reposted a post that/);
  });

  it('judges an agreeing reply with what it answers', () => {
    const item = itemOf('this 💯', { kind: 'reply', inReplyTo: { text: 'my boss is a useless idiot' } });
    const hits = TEXT_DETECTORS.flatMap((d) => d.detect(item, context));
    expect(hits.some((h) => h.category === 'employer-criticism' && /^Agrees with a post that/.test(h.reason))).toBe(
      true,
    );
  });
});
