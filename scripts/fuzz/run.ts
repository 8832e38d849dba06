/**
 * `npm run fuzz [-- --runs N] [--seed S] [--cli-every K] [--platform x|facebook|instagram|linkedin]`: the nightly
 * hostile-export run. For each platform, N damaged and poisoned variants of its sample export are audited end to end
 * (test/fuzz/harness.ts); every Kth also by the real command. Prints the inputs tried, crashes, output violations
 * and changed inputs per platform, and exits 1 on the first failure with the case to replay.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { FUZZ_PLATFORMS, runCase, seedExport, type FuzzPlatform } from '../../test/fuzz/harness.js';
import { fuzzCase } from '../../test/fuzz/mutate.js';
import { say, warn } from '../../src/cli/output.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '20261202' },
    'cli-every': { type: 'string', default: '500' },
    platform: { type: 'string', multiple: true },
  },
});
const runs = Number(values.runs);
const seed = Number(values.seed);
const cliEvery = Number(values['cli-every']);
const platforms = (values.platform ?? [...FUZZ_PLATFORMS]) as FuzzPlatform[];

const root = mkdtempSync(join(tmpdir(), 'decorum-fuzz-'));
say(`| platform | inputs tried | of them by the real command | crashes | unsafe outputs | inputs changed | seconds |`);
say(`|---|---:|---:|---:|---:|---:|---:|`);
let failed = false;
for (const platform of platforms) {
  const files = await seedExport(platform);
  const started = Date.now();
  let tried = 0;
  let byCli = 0;
  const tally = { crashes: 0, unsafe: 0, changed: 0 };
  try {
    await fc.assert(
      fc.asyncProperty(fuzzCase, async (fuzz) => {
        const cli = cliEvery > 0 && tried % cliEvery === 0;
        tried++;
        if (cli) byCli++;
        const outcome = await runCase(files, fuzz, join(root, platform), { cli });
        if (outcome.crash) tally.crashes++;
        if (outcome.violations.length) tally.unsafe++;
        if (outcome.inputChanged) tally.changed++;
        if (tried % 500 === 0) warn(`${platform}: ${tried} tried, ${tally.crashes} crashes, ${tally.unsafe} unsafe, ${tally.changed} changed`);
        if (outcome.crash || outcome.violations.length || outcome.inputChanged)
          throw new Error(outcome.crash ?? (outcome.violations.join('\n') || 'the input changed'));
      }),
      { numRuns: runs, seed, endOnFailure: true },
    );
  } catch (error) {
    failed = true;
    // fast-check's report names the seed and the shrunk case; the cause says what broke.
    say((error as Error).message);
    const cause = (error as Error & { cause?: unknown }).cause;
    if (cause instanceof Error) say(cause.message);
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  say(`| ${platform} | ${tried} | ${byCli} | ${tally.crashes} | ${tally.unsafe} | ${tally.changed} | ${seconds} |`);
}
rmSync(root, { recursive: true, force: true });
process.exitCode = failed ? 1 : 0;
