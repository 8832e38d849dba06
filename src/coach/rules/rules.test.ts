import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../index.js';
import { EXAMPLES } from './examples.js';
import { RULES } from './index.js';

describe('coach rules', () => {
  it('every rule has examples that pass and fail', () => {
    for (const rule of RULES) {
      expect(EXAMPLES[rule.meta.id], rule.meta.id).toBeDefined();
      expect(EXAMPLES[rule.meta.id]!.valid.length, rule.meta.id).toBeGreaterThan(0);
      expect(EXAMPLES[rule.meta.id]!.invalid.length, rule.meta.id).toBeGreaterThan(0);
    }
    expect(Object.keys(EXAMPLES).sort()).toEqual(RULES.map((r) => r.meta.id).sort());
  });

  it('rule ids are unique and docs point at docs/coach/<id>.md', () => {
    expect(new Set(RULES.map((r) => r.meta.id)).size).toBe(RULES.length);
    for (const rule of RULES) {
      expect(rule.meta.docs).toBe(`docs/coach/${rule.meta.id}.md`);
      expect(existsSync(new URL(`../../../${rule.meta.docs}`, import.meta.url)), rule.meta.docs).toBe(true);
    }
  });

  for (const rule of RULES) {
    const examples = EXAMPLES[rule.meta.id];
    if (!examples) continue;
    describe(rule.meta.id, () => {
      it.each(examples.valid.map((e, i) => [i, e] as const))('passes valid case %i', (_, example) => {
        const result = checkMessage(example.text, example.options);
        expect(result.findings.filter((f) => f.ruleId === rule.meta.id)).toEqual([]);
      });
      it.each(examples.invalid.map((e, i) => [i, e] as const))('flags invalid case %i', (_, example) => {
        const result = checkMessage(example.text, example.options);
        const found = result.findings.filter((f) => f.ruleId === rule.meta.id);
        expect(found.length, JSON.stringify(result.findings)).toBeGreaterThan(0);
        for (const finding of found) {
          expect(finding.start).toBeGreaterThanOrEqual(0);
          expect(finding.end).toBeGreaterThan(finding.start);
          expect(finding.end).toBeLessThanOrEqual(example.text.length);
          expect(finding.message.length).toBeGreaterThan(0);
        }
        if (example.at) expect(example.text.slice(found[0]!.start, found[0]!.end)).toBe(example.at);
      });
    });
  }
});
