import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from './index.js';

describe('coach rules', () => {
  it('rule ids are unique, each has its test table beside it and a generated page', () => {
    expect(new Set(RULES.map((r) => r.meta.id)).size).toBe(RULES.length);
    for (const rule of RULES) {
      const { id, docs } = rule.meta;
      expect(existsSync(new URL(`./${id}.test.ts`, import.meta.url)), `${id}.test.ts`).toBe(true);
      expect(docs.url).toBe(`docs/coach/${id}.md`);
      expect(existsSync(new URL(`../../../${docs.url}`, import.meta.url)), docs.url).toBe(true);
      expect(docs.why.length, id).toBeGreaterThan(20);
    }
  });
});
