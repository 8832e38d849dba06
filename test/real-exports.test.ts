import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runAudit } from '../src/audit/pipeline.js';
import { configSchema } from '../src/config/schema.js';
import type { Platform } from '../src/core/item.js';
import { textDetectors } from '../src/detectors/index.js';
import { openStore } from '../src/store/db.js';

/**
 * Every real export in `shared/data/real-exports/` (published by their owners; see its SOURCE.md) must be read:
 * recognised as its platform and giving items, with no crash, text detectors included and photos left out. The
 * exports are real people's data, so they stay in `shared/` and this test only counts: it asserts no text.
 * CI has `../shared` beside the clone; a checkout without it skips the test and says why.
 */
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FOLDER = [join(repo, '..', 'shared', 'data', 'real-exports'), '/work/shared/data/real-exports'].find((dir) =>
  existsSync(dir),
);

/** Each export's name starts with its platform (`x-`, `grailbird-`, `fb-`, `ig-`, `li-`), as SOURCE.md names them. */
const PLATFORM_BY_PREFIX: Readonly<Record<string, Platform>> = {
  x: 'x',
  grailbird: 'x',
  fb: 'facebook',
  ig: 'instagram',
  li: 'linkedin',
};

const exportsFound = FOLDER
  ? readdirSync(FOLDER)
      .filter((name) => name.endsWith('.zip'))
      .sort()
  : [];
const config = configSchema.parse({}).audit;
const detectors = textDetectors(config);

describe.skipIf(!FOLDER)('real exports in shared/data/real-exports', () => {
  it('are all there (22, as SOURCE.md lists them)', () => {
    expect(exportsFound.length).toBeGreaterThanOrEqual(22);
  });

  // the biggest (Grailbird, 41,570 tweets) takes ~4 s of CPU with every text detector; far longer on a loaded machine
  it.each(exportsFound)('%s is recognised as its platform and gives items', { timeout: 180_000 }, async (name) => {
    const expected = PLATFORM_BY_PREFIX[name.split('-')[0] as string];
    const db = openStore(':memory:');
    const result = await runAudit({ inputs: [join(FOLDER as string, name)], db, config, detectors }).finally(() =>
      db.close(),
    );
    expect(result.inputs).toEqual([
      { input: join(FOLDER as string, name), platform: expected, items: result.itemsRead },
    ]);
    expect(result.itemsRead).toBeGreaterThan(0);
    for (const problem of result.problems) expect(problem.message).not.toMatch(/not valid JSON|could not be read:/);
  });
});

describe.skipIf(FOLDER)('real exports in shared/data/real-exports', () => {
  it.skip('skipped: neither ../shared/data/real-exports beside the repo nor /work/shared/data/real-exports exists', () => {});
});
