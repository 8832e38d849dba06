import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { itemSchema, type Item } from '../../core/item.js';
import { csv, linkedinExport } from '../../../test/fixtures/samples/linkedin.js';
import type { FileMap } from '../../../test/fixtures/samples/file-map.js';
import { memorySource } from '../../../test/fixtures/memory-source.js';
import type { Problem } from '../../source/types.js';
import { linkedinImporter } from './index.js';

/**
 * Property checks: thousands of malformed LinkedIn files (random bytes, truncations, shuffled and missing headers,
 * stray quotes, other encodings). The importer must never throw, every item must be valid, and every file that
 * yields nothing must be named in a problem. Seeds are fixed so a run is reproducible; change them to explore.
 */

const SAMPLE = linkedinExport();
const PROFILE = SAMPLE['Profile.csv'] as string;
const FILES = [
  'Positions.csv',
  'Connections.csv',
  'Invitations.csv',
  'messages.csv',
  'Shares.csv',
  'Comments_7301234.csv',
  'Reactions.csv',
];

interface Outcome {
  items: Item[];
  problems: Problem[];
  /** Items, positions and accounts per file. */
  yielded: Map<string, number>;
}

async function run(files: FileMap): Promise<Outcome> {
  const out: Outcome = { items: [], problems: [], yielded: new Map() };
  const bump = (file: string): void => void out.yielded.set(file, (out.yielded.get(file) ?? 0) + 1);
  await linkedinImporter.import(memorySource(files), {
    item: (item) => {
      out.items.push(itemSchema.parse(item));
      bump(item.locator.file);
    },
    problem: (problem) => out.problems.push(problem),
    account: () => bump('Profile.csv'),
    position: () => bump('Positions.csv'),
  });
  return out;
}

/** Every problem names a file of the export; every file that yielded nothing is named in exactly one problem. */
function expectAccounted(
  outcome: Outcome,
  files: readonly string[],
  mustYieldOrComplain: (file: string) => boolean,
): void {
  for (const problem of outcome.problems) {
    expect(files.map((file) => `memory/${file}`)).toContain(problem.file);
    expect(problem.message.length).toBeGreaterThan(5);
  }
  for (const file of files) {
    const named = outcome.problems.filter((problem) => problem.file === `memory/${file}`).length;
    expect(named).toBeLessThanOrEqual(1);
    if (mustYieldOrComplain(file) && !outcome.yielded.get(file)) expect(named, `${file} yielded nothing`).toBe(1);
  }
}

const text = (file: string): string => SAMPLE[file] as string;

const headerEnds = new Map<string, number>();
/** Byte offset just past the header line of a sample file (after the Notes preamble for Connections). */
function headerEnd(file: string): number {
  const known = headerEnds.get(file);
  if (known !== undefined) return known;
  const rows = parse(text(file), {
    relax_column_count: true,
    info: true,
    skip_empty_lines: true,
    bom: true,
  }) as unknown as {
    record: string[];
    info: { lines: number };
  }[];
  const header = rows.find(
    (row) => row.record.length > 2 || row.record.some((cell) => /name|link|message/i.test(cell)),
  );
  const lines = text(file).split('\n');
  const end = Buffer.byteLength(lines.slice(0, header?.info.lines ?? 0).join('\n') + '\n');
  headerEnds.set(file, end);
  return end;
}

/** Rows of a sample file as arrays (header first), without any preamble. */
function table(file: string): string[][] {
  const rows = parse(text(file), { relax_column_count: true, skip_empty_lines: true, bom: true }) as string[][];
  const at = rows.findIndex((row) => row.length > 2);
  return rows.slice(at);
}

const byFile = (items: readonly Item[], file: string): Item[] => items.filter((item) => item.locator.file === file);

describe('LinkedIn importer under malformed input (property-based)', () => {
  it('random bytes in any LinkedIn file name: no throw, a named problem for each file (300 runs)', async () => {
    const names = ['Profile.csv', ...FILES, 'Shares_9.csv', 'Comments_123.csv'];
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom(...names), fc.uint8Array({ maxLength: 600 }), { minKeys: 1, maxKeys: 5 }),
        async (raw) => {
          const files = Object.fromEntries(Object.entries(raw).map(([name, bytes]) => [name, Buffer.from(bytes)]));
          const outcome = await run(files);
          expectAccounted(outcome, Object.keys(files), () => true);
        },
      ),
      { numRuns: 300, seed: 20260208 },
    );
  });

  it('truncated files (cut at any byte): no throw, data after the header is read or complained about (300 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FILES), fc.double({ min: 0, max: 1, noNaN: true }), async (file, where) => {
        const bytes = Buffer.from(text(file));
        const cut = Math.floor(where * bytes.length);
        const truncated = bytes.subarray(0, cut);
        const outcome = await run({ 'Profile.csv': PROFILE, [file]: truncated });
        const end = headerEnd(file);
        const hasData = cut > end && truncated.subarray(end).toString('latin1').trim() !== '';
        expectAccounted(outcome, ['Profile.csv', file], (name) => name === file && hasData);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('shuffled columns and header spellings give exactly the same items (150 runs)', async () => {
    const shuffable = ['Connections.csv', 'Invitations.csv', 'messages.csv', 'Shares.csv', 'Reactions.csv'];
    const baseline = new Map<string, Item[]>();
    for (const file of shuffable)
      baseline.set(file, byFile((await run({ 'Profile.csv': PROFILE, [file]: text(file) })).items, file));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...shuffable),
        fc.infiniteStream(fc.nat()),
        fc.constantFrom<(s: string) => string>(
          (s) => s,
          (s) => s.toUpperCase(),
          (s) => s.toLowerCase(),
          (s) => s.replace(/ /g, '_'),
          (s) => ` ${s} `,
        ),
        async (file, randoms, spell) => {
          const [header = [], ...rows] = table(file);
          const order = header.map((_, i) => i);
          const it = randoms[Symbol.iterator]();
          for (let i = order.length - 1; i > 0; i--) {
            const j = (it.next().value as number) % (i + 1);
            [order[i], order[j]] = [order[j] as number, order[i] as number];
          }
          const pick = (row: readonly string[]): string[] => order.map((i) => row[i] ?? '');
          const shuffled = csv(pick(header).map(spell), rows.map(pick));
          const outcome = await run({ 'Profile.csv': PROFILE, [file]: shuffled });
          expect(byFile(outcome.items, file)).toEqual(baseline.get(file));
          expect(outcome.problems.filter((p) => p.file === `memory/${file}`)).toEqual(
            file === 'Connections.csv'
              ? [expect.objectContaining({ message: expect.stringMatching(/have no name/) })]
              : [],
          );
        },
      ),
      { numRuns: 150, seed: 42 },
    );
  });

  it('a missing column: a required one is named in a problem, any other loses nothing (150 runs)', async () => {
    const required: Record<string, string[]> = {
      'Connections.csv': ['First Name', 'Last Name'],
      'Invitations.csv': ['From', 'To'],
      'messages.csv': ['FROM', 'CONTENT'],
      'Shares.csv': ['ShareCommentary'],
      'Comments_7301234.csv': ['Message'],
      'Reactions.csv': ['Link'],
      'Positions.csv': ['Company Name'],
    };
    const counts = new Map<string, number>();
    for (const file of FILES)
      counts.set(file, (await run({ 'Profile.csv': PROFILE, [file]: text(file) })).yielded.get(file) ?? 0);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FILES), fc.nat(), async (file, n) => {
        const [header = [], ...rows] = table(file);
        const drop = n % header.length;
        const without = (row: readonly string[]): string[] => row.filter((_, i) => i !== drop);
        const outcome = await run({ 'Profile.csv': PROFILE, [file]: csv(without(header), rows.map(without)) });
        const problem = outcome.problems.find((p) => p.file === `memory/${file}`)?.message ?? '';
        if (required[file]?.includes(header[drop] ?? '')) {
          expect(problem).toMatch(/no header row with the expected columns/);
          expect(outcome.yielded.get(file)).toBeUndefined();
        } else {
          expect(outcome.yielded.get(file) ?? 0).toBeGreaterThanOrEqual(counts.get(file) ?? 0);
        }
      }),
      { numRuns: 150, seed: 99 },
    );
  });

  it('quotes in wrong places: no throw, valid items, every file read or named (200 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...FILES),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 4 }),
        async (file, where) => {
          let mangled = text(file);
          for (const w of where) {
            const at = Math.floor(w * mangled.length);
            mangled = `${mangled.slice(0, at)}"${mangled.slice(at)}`;
          }
          const outcome = await run({ 'Profile.csv': PROFILE, [file]: mangled });
          expectAccounted(outcome, ['Profile.csv', file], (name) => name === file);
        },
      ),
      { numRuns: 200, seed: 1234 },
    );
  });

  it('UTF-16 (with or without BOM) reads the same items and says so; Latin-1 is read and noted (100 runs)', async () => {
    const baseline = new Map<string, Item[]>();
    for (const file of FILES)
      baseline.set(file, byFile((await run({ 'Profile.csv': PROFILE, [file]: text(file) })).items, file));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...FILES),
        fc.constantFrom('le', 'le-bom', 'be-bom', 'latin1'),
        async (file, encoding) => {
          const le = Buffer.from(text(file), 'utf16le');
          const bytes =
            encoding === 'le'
              ? le
              : encoding === 'le-bom'
                ? Buffer.concat([Buffer.from([0xff, 0xfe]), le])
                : encoding === 'be-bom'
                  ? Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()])
                  : Buffer.from(text(file).replace(/[^\x00-\xff]/g, '?'), 'latin1');
          const outcome = await run({ 'Profile.csv': PROFILE, [file]: bytes });
          const problem = outcome.problems.find((p) => p.file === `memory/${file}`)?.message ?? '';
          if (encoding === 'latin1') {
            // Only files holding non-ASCII text are invalid UTF-8 once re-encoded.
            if (/[\x80-\xff]/.test(text(file).replace(/[^\x00-\xff]/g, '?')))
              expect(problem).toMatch(/Latin-1\/Windows-1252/);
            else expect(problem).not.toMatch(/Latin-1/);
            expect(byFile(outcome.items, file)).toHaveLength(baseline.get(file)?.length ?? 0);
          } else {
            expect(problem).toMatch(/UTF-16 encoded/);
            expect(byFile(outcome.items, file)).toEqual(baseline.get(file));
          }
        },
      ),
      { numRuns: 100, seed: 5 },
    );
  });
});
