import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { facebookExportFiles, metaJson } from '../../../test/fixtures/samples/facebook.js';
import type { FileMap } from '../../../test/fixtures/samples/file-map.js';
import { instagramExportFiles } from '../../../test/fixtures/samples/instagram.js';
import { itemSchema } from '../../core/item.js';
import { facebookImporter } from '../facebook/index.js';
import { instagramImporter } from '../instagram/index.js';
import type { Importer } from '../types.js';
import { collectingSink, memorySource } from '../../../test/fixtures/memory-source.js';
import { mutateAt } from '../../../test/fuzz/mutate.js';

/** How one JSON file of a real export is damaged. */
type Damage =
  | { kind: 'replace'; value: unknown } // a random JSON value in place of the whole structure
  | { kind: 'truncate'; at: number } // the text cut short
  | { kind: 'mutate'; path: number[]; value: unknown } // one node at any depth given a random value / wrong type
  | { kind: 'garbage'; text: string }; // not JSON at all

const wrongTypes = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(null, 0, -1, 1e20, '', 'x', true, [], {}, [null], { data: 1 }, '\u00c3\u00a9'),
);

const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), value: wrongTypes }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 0.999, noNaN: true }) }),
  fc.record({ kind: fc.constant('mutate' as const), path: fc.array(fc.nat(), { maxLength: 6 }), value: wrongTypes }),
  fc.record({ kind: fc.constant('garbage' as const), text: fc.string({ maxLength: 40 }) }),
);

function apply(text: string, hit: Damage): string {
  switch (hit.kind) {
    case 'replace':
      return metaJson(hit.value);
    case 'truncate':
      return text.slice(0, Math.floor(text.length * hit.at));
    case 'mutate':
      return metaJson(mutateAt(JSON.parse(text), hit.path, hit.value));
    case 'garbage':
      return hit.text;
  }
}

function parses(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Items per file of the undamaged export: what every undamaged file must still give. */
async function baseline(importer: Importer, files: FileMap): Promise<Map<string, number>> {
  const collected = collectingSink();
  await importer.import(memorySource(files), collected.sink);
  const counts = new Map<string, number>();
  for (const item of collected.items) counts.set(item.locator.file, (counts.get(item.locator.file) ?? 0) + 1);
  return counts;
}

/**
 * For each run: take 1–4 of the export's JSON files, damage them, add a random few of the undamaged ones (a small
 * export keeps each run fast), import, and check that the importer neither throws nor emits an invalid Item, that
 * every file that is not JSON (or whose structure is a bare scalar) is named in a problem, that problems name only
 * files of the export, and that every undamaged file still gives at least the items it gives in a clean import.
 */
async function fuzz(importer: Importer, files: FileMap, runs: number): Promise<void> {
  const json = Object.keys(files)
    .filter((path) => path.endsWith('.json'))
    .sort();
  const expected = await baseline(importer, files);
  await fc.assert(
    fc.asyncProperty(
      fc.uniqueArray(fc.nat({ max: json.length - 1 }), { minLength: 1, maxLength: 4 }),
      fc.array(damage, { minLength: 4, maxLength: 4 }),
      fc.subarray(json, { maxLength: 4 }),
      async (targets, damages, clean) => {
        // a root file keeps a small subset from being stepped into as a single top folder
        const damaged: FileMap = { 'README.txt': 'export' };
        for (const path of clean) damaged[path] = files[path] as string;
        const unreadable: string[] = [];
        targets.forEach((target, at) => {
          const path = json[target] as string;
          const text = apply(files[path] as string, damages[at] as Damage);
          damaged[path] = text;
          const value = parses(text);
          if (value === undefined || value === null || typeof value !== 'object') unreadable.push(path);
        });
        const intact = clean.filter((path) => damaged[path] === files[path]);
        const collected = collectingSink();
        await importer.import(memorySource(damaged, 'fuzz'), collected.sink);
        const named = new Set(collected.problems.map((problem) => problem.file));
        for (const path of unreadable) expect(named, `no problem names ${path}`).toContain(path);
        for (const problem of collected.problems) {
          expect(problem.message.length).toBeGreaterThan(0);
          expect(json.includes(problem.file) || problem.file === 'fuzz').toBe(true);
        }
        // items from damaged files are where a wrong type could slip through: check them against the schema
        const hit = new Set(targets.map((target) => json[target]));
        for (const item of collected.items) {
          if (hit.has(item.locator.file)) expect(itemSchema.safeParse(item).success).toBe(true);
          else expect(typeof item.id === 'string' && typeof item.text === 'string').toBe(true);
        }
        for (const path of intact) {
          const got = collected.items.filter((item) => item.locator.file === path).length;
          expect(got, `items from intact ${path}`).toBeGreaterThanOrEqual(expected.get(path) ?? 0);
        }
      },
    ),
    { numRuns: runs, seed: 20260101 },
  );
}

const RUNS = 1000;

describe('importers never throw on damaged exports (property-based)', () => {
  let facebook: FileMap;
  let facebookOld: FileMap;
  let instagram: FileMap;
  let instagram2021: FileMap;

  beforeAll(async () => {
    // media is irrelevant here: JSON only keeps each run small
    const jsonOnly = (files: FileMap): FileMap =>
      Object.fromEntries(Object.entries(files).filter(([path]) => path.endsWith('.json')));
    facebook = jsonOnly(await facebookExportFiles({ layout: '2024', withoutMedia: true }));
    facebookOld = jsonOnly(await facebookExportFiles({ layout: '2022', withoutMedia: true }));
    instagram = jsonOnly(await instagramExportFiles({ era: '2025', locale: 'de' }));
    instagram2021 = jsonOnly(await instagramExportFiles({ era: '2021' }));
  });

  it(`Facebook, 2024+ layout: ${RUNS} damaged exports`, async () => {
    await fuzz(facebookImporter, facebook, RUNS);
  });

  it(`Facebook, 2021–2023 layout: 150 damaged exports`, async () => {
    await fuzz(facebookImporter, facebookOld, 150);
  });

  it(`Instagram, 2025 layout: ${RUNS} damaged exports`, async () => {
    await fuzz(instagramImporter, instagram, RUNS);
  });

  it(`Instagram, media.json era: 150 damaged exports`, async () => {
    await fuzz(instagramImporter, instagram2021, 150);
  });

  it('random JSON in place of every file at once', async () => {
    for (const [importer, files] of [
      [facebookImporter, facebook],
      [instagramImporter, instagram],
    ] as const) {
      await fc.assert(
        fc.asyncProperty(fc.array(wrongTypes, { minLength: 40, maxLength: 40 }), async (values) => {
          const damaged = Object.fromEntries(
            Object.keys(files).map((path, index) => [path, metaJson(values[index % values.length])]),
          );
          const collected = collectingSink();
          await importer.import(memorySource(damaged), collected.sink);
          for (const item of collected.items) expect(itemSchema.safeParse(item).success).toBe(true);
        }),
        { numRuns: 100, seed: 7 },
      );
    }
  });
});
