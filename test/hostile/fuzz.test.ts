/**
 * Issue #21 item 8, CI size: a few hundred damaged and poisoned exports per run (50 per platform, four of them also
 * through the real command), audited end to end. Nothing may crash, no output may hold an active link, markup, a
 * formula or a raw control character, and no input may change. `npm run fuzz` is the nightly-size run.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUZZ_PLATFORMS, runCase, seedExport } from '../fuzz/harness.js';
import { fuzzCase } from '../fuzz/mutate.js';

const RUNS = 50;
const root = mkdtempSync(join(tmpdir(), 'decorum-fuzz-test-'));

describe('hostile exports fuzzed end to end', () => {
  it.each(FUZZ_PLATFORMS)(`%s: ${RUNS} damaged exports audited, every output safe, input untouched`, async (platform) => {
    const files = await seedExport(platform);
    let tried = 0;
    await fc.assert(
      fc.asyncProperty(fuzzCase, async (fuzz) => {
        const outcome = await runCase(files, fuzz, join(root, platform), { cli: tried++ === 0 });
        expect(outcome.crash).toBeNull();
        expect(outcome.violations).toEqual([]);
        expect(outcome.inputChanged).toBe(false);
      }),
      { numRuns: RUNS, seed: 20261202 },
    );
    expect(tried).toBeGreaterThanOrEqual(RUNS);
  }, 300_000);
});
