import { expect, it } from 'vitest';
import type { CategoryId, Severity } from '../../core/categories.js';
import type { DetectionContext, Detector } from '../../core/detector.js';
import { EMPTY_CONTEXT } from '../../core/detector.js';
import { itemOf } from './fixtures.js';

export interface InvalidCase {
  text: string;
  /** A word or phrase that must be among the evidence spans. */
  evidence: string;
  severity?: Severity;
  reason?: RegExp;
}

/**
 * The ESLint-RuleTester-like table: every `invalid` text yields a detection of `category` whose evidence includes
 * the given text at the right offsets; every `valid` text yields no detection of that category.
 */
export function runTable(
  detector: Detector,
  category: CategoryId,
  table: { valid: readonly string[]; invalid: readonly InvalidCase[] },
  context: DetectionContext = EMPTY_CONTEXT,
): void {
  it.each(table.invalid.map((c) => [c.text, c] as const))('flags %j', (_text, c) => {
    const hits = detector.detect(itemOf(c.text), context).filter((d) => d.category === category);
    expect(hits).toHaveLength(1);
    const hit = hits[0];
    expect(hit?.ruleId).toBe(detector.meta.id);
    const spans = hit?.evidence ?? [];
    expect(spans.map((s) => s.text)).toContain(c.evidence);
    for (const s of spans) expect(c.text.slice(s.start, s.end)).toBe(s.text);
    if (c.severity) expect(hit?.severity).toBe(c.severity);
    if (c.reason) expect(hit?.reason).toMatch(c.reason);
    expect(hit?.reason).not.toMatch(/visible to/);
  });
  it.each(table.valid.map((t) => [t] as const))('passes %j', (text) => {
    expect(detector.detect(itemOf(text), context).filter((d) => d.category === category)).toEqual([]);
  });
}
