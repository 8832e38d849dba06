/**
 * The coach's RuleTester (test-only; like ESLint's): each rule's `<id>.test.ts` beside it calls `testRule` with its
 * own table of valid and invalid drafts. Written from each rule's meaning, not taken from the evaluation sets.
 */
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../index.js';
import type { CoachFinding, CoachOptions, CoachSeverity, Rule } from '../types.js';

export interface ValidCase {
  text: string;
  options?: CoachOptions;
}

export interface InvalidCase extends ValidCase {
  /** The text the rule's first finding marks. */
  at: string;
  /** The first finding's severity, when it is not the rule's default. */
  severity?: CoachSeverity;
  /** The first finding's suggestion: the exact text, or a pattern it matches. */
  fix?: string | RegExp;
}

export { dm, email, followUp, note, redirect } from './shared.js';

const FILLER = 'we ship the data to our team and it works well for the people who use it every day'.split(' ');
/** `n` words of plain filler, a full stop every tenth word. */
export const words = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    i % 10 === 9 ? `${FILLER[i % FILLER.length]!}.` : FILLER[i % FILLER.length]!,
  ).join(' ');

/** The text with a drop-in finding applied. */
export const applied = (text: string, finding: CoachFinding) =>
  text.slice(0, finding.start) + (finding.suggestion ?? '') + text.slice(finding.end);

export function testRule(rule: Rule, table: { valid: readonly ValidCase[]; invalid: readonly InvalidCase[] }): void {
  const id = rule.meta.id;
  const findingsOf = (example: ValidCase) =>
    checkMessage(example.text, example.options).findings.filter((f) => f.ruleId === id);
  describe(id, () => {
    it('has valid and invalid cases', () => {
      expect(table.valid.length).toBeGreaterThan(0);
      expect(table.invalid.length).toBeGreaterThan(0);
    });
    it.each(table.valid.map((c) => [c.text, c] as const))('passes %j', (_text, example) => {
      expect(findingsOf(example)).toEqual([]);
    });
    it.each(table.invalid.map((c) => [c.text, c] as const))('flags %j', (_text, example) => {
      const found = findingsOf(example);
      expect(found.length, 'no finding of this rule').toBeGreaterThan(0);
      for (const finding of found) {
        expect(finding.start).toBeGreaterThanOrEqual(0);
        expect(finding.end).toBeGreaterThan(finding.start);
        expect(finding.end).toBeLessThanOrEqual(example.text.length);
        expect(finding.message.length).toBeGreaterThan(0);
      }
      const first = found[0]!;
      expect(example.text.slice(first.start, first.end)).toBe(example.at);
      expect(first.severity).toBe(example.severity ?? rule.meta.severity);
      if (typeof example.fix === 'string') expect(first.suggestion).toBe(example.fix);
      else if (example.fix) expect(first.suggestion).toMatch(example.fix);
      else expect(first.suggestion).toBeUndefined();
      if (first.replaces) {
        // A drop-in rewrite must remove the problem it marks.
        const after = findingsOf({ ...example, text: applied(example.text, first) });
        expect(after.length).toBeLessThan(found.length);
      }
    });
  });
}
