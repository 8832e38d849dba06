import { describe, expect, it } from 'vitest';
import { EMPTY_CONTEXT } from '../../core/detector.js';
import { auditConfigSchema } from '../../config/schema.js';
import { textDetectors, TEXT_DETECTORS } from '../index.js';
import { itemOf } from '../../../test/fixtures/items.js';
import { keywordDetector } from './keywords.js';

describe('text/keywords (audit.keywords)', () => {
  const detector = keywordDetector({ confidential: ['Project Falcon', 'falcon-x'], drugs: ['420'] });

  it('flags whole words, any case, with spans and the category default severity', () => {
    const text = 'Working on project falcon today, 420 friendly';
    const hits = detector!.detect(itemOf(text), EMPTY_CONTEXT);
    expect(hits.map((h) => [h.category, h.severity, h.evidence[0]?.text])).toEqual([
      ['confidential', 'high', 'project falcon'],
      ['drugs', 'high', '420'],
    ]);
    expect(hits[0]?.reason).toMatch(/words you asked to flag/);
  });

  it('does not match inside longer words', () => {
    expect(detector!.detect(itemOf('call 4201 and ask for falcon-xl'), EMPTY_CONTEXT)).toEqual([]);
  });

  it('is absent without keywords, and added by textDetectors when configured', () => {
    expect(keywordDetector({})).toBeNull();
    const empty = auditConfigSchema.parse({});
    expect(textDetectors(empty)).toHaveLength(TEXT_DETECTORS.length);
    const withWords = auditConfigSchema.parse({ keywords: { alcohol: ['moonshine'] } });
    const detectors = textDetectors(withWords);
    expect(detectors).toHaveLength(TEXT_DETECTORS.length + 1);
    expect(detectors.at(-1)?.meta.id).toBe('text/keywords');
  });
});
