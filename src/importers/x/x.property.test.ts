import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itemSchema } from '../../core/item.js';
import { buildXArchive, personaArchive } from '../../../test/fixtures/samples/x.js';
import { collectingSink, memorySource } from '../../../test/fixtures/memory-source.js';
import { xImporter } from './index.js';

const BASE = buildXArchive(personaArchive({ bar: Buffer.from('bar'), neutral: Buffer.from('neutral') }));
const DATA_FILES = Object.keys(BASE).filter((path) => path.endsWith('.js'));
const ODD_VALUES: unknown[] = [null, 42, -1, Infinity, 'text', '', [], {}, true, [1, 2], { tweet: null }, '12abc'];

/** Every JSON node of `value` as [parent, key] pairs, so one can be replaced. */
function slots(value: unknown, out: [Record<string, unknown> | unknown[], string | number][] = []) {
  if (Array.isArray(value)) {
    value.forEach((child, index) => {
      out.push([value, index]);
      slots(child, out);
    });
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      out.push([value as Record<string, unknown>, key]);
      slots(child, out);
    }
  }
  return out;
}

type Damage =
  | { kind: 'truncate'; file: number; at: number }
  | { kind: 'byte'; file: number; at: number; char: string }
  | { kind: 'value'; file: number; slot: number; value: number }
  | { kind: 'delete'; file: number }
  | { kind: 'swap'; file: number; other: number };

const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), file: fc.nat(), at: fc.nat() }),
  fc.record({
    kind: fc.constant('byte' as const),
    file: fc.nat(),
    at: fc.nat(),
    char: fc.constantFrom('{', ']', '"', ',', '\\', 'x', '\u0000'),
  }),
  fc.record({ kind: fc.constant('value' as const), file: fc.nat(), slot: fc.nat(), value: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), file: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), file: fc.nat(), other: fc.nat() }),
);

function apply(files: Record<string, string | Buffer>, change: Damage): void {
  const path = DATA_FILES[change.file % DATA_FILES.length] as string;
  const text = String(files[path] ?? '');
  if (change.kind === 'truncate') files[path] = text.slice(0, change.at % (text.length + 1));
  else if (change.kind === 'byte') {
    const at = change.at % Math.max(1, text.length);
    files[path] = text.slice(0, at) + change.char + text.slice(at + 1);
  } else if (change.kind === 'delete') delete files[path];
  else if (change.kind === 'swap')
    files[path] = String(files[DATA_FILES[change.other % DATA_FILES.length] as string] ?? '');
  else {
    const start = text.search(/[[{]/);
    if (start < 0) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text.slice(start));
    } catch {
      return;
    }
    const all = slots(parsed);
    if (!all.length) return;
    const [parent, key] = all[change.slot % all.length]!;
    (parent as Record<string | number, unknown>)[key] = ODD_VALUES[change.value % ODD_VALUES.length];
    files[path] = text.slice(0, start) + JSON.stringify(parsed);
  }
}

describe('X importer on damaged archives (property)', () => {
  it('never throws, emits only valid Items, and names the file of every problem in one line', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(damage, { minLength: 1, maxLength: 4 }), async (changes) => {
        const files = { ...BASE };
        for (const change of changes) apply(files, change);
        const collected = collectingSink();
        await xImporter.import(memorySource(files, 'x.zip'), collected.sink);
        for (const item of collected.items) expect(itemSchema.safeParse(item).success).toBe(true);
        for (const item of collected.items) expect(typeof item.id).toBe('string');
        for (const problem of collected.problems) {
          expect(problem.file.length).toBeGreaterThan(0);
          expect(problem.message).not.toContain('\n');
        }
      }),
      { numRuns: 200, seed: 20260112 },
    );
  });

  it('a damaged file never costs the items of the other files', async () => {
    const untouched = collectingSink();
    await xImporter.import(memorySource(BASE, 'x.zip'), untouched.sink);
    const likes = untouched.items.filter((item) => item.kind === 'like').length;
    await fc.assert(
      fc.asyncProperty(fc.nat(), async (at) => {
        const text = String(BASE['data/tweets.js']);
        const files = { ...BASE, 'data/tweets.js': text.slice(0, 30 + (at % (text.length - 40))) };
        const collected = collectingSink();
        await xImporter.import(memorySource(files, 'x.zip'), collected.sink);
        expect(collected.items.filter((item) => item.kind === 'like')).toHaveLength(likes);
        expect(collected.problems.some((problem) => problem.file === 'data/tweets.js')).toBe(true);
      }),
      { numRuns: 50, seed: 7 },
    );
  });
});
