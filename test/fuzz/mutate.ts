import fc from 'fast-check';
import { seededRandom, type FileMap } from '../fixtures/samples/file-map.js';
import { PAYLOADS, poisonExport } from '../fixtures/poison.js';

/**
 * One fuzzed export, as data: how its strings are poisoned, which files are damaged and how, and (for a zip) how
 * the archive itself is broken. fast-check generates these from a seed, so every failing case can be replayed and
 * shrunk; `applyDamage` turns one into files.
 */
export interface FuzzCase {
  container: 'zip' | 'folder';
  poison: { seed: number; rate: number };
  damages: FileDamage[];
  archive: ArchiveDamage | null;
}

export type FileDamage =
  | { kind: 'truncate'; file: number; at: number }
  | { kind: 'mutate'; file: number; path: number[]; value: unknown }
  | { kind: 'garbage'; file: number; bytes: Uint8Array }
  | { kind: 'utf16'; file: number }
  | { kind: 'double-encode'; file: number }
  | { kind: 'delete'; file: number }
  | { kind: 'rename'; file: number; name: string };

/** Damage only a zip can carry: names a file system would not hold, broken bytes and headers. */
export type ArchiveDamage =
  | { kind: 'truncate'; at: number }
  | { kind: 'corrupt'; entry: number }
  | { kind: 'escape'; entry: number; prefix: '../' | '/' | 'C:' | '..\\' }
  | { kind: 'declare-size'; entry: number; size: number }
  | { kind: 'encrypted'; entry: number };

const PAYLOAD_VALUES = Object.values(PAYLOADS);

/** Code points that break naive text handling: controls, bidi, joiners, combining marks, emoji, CJK, RTL. */
const AWKWARD_RANGES: readonly [number, number][] = [
  [0x00, 0x1f],
  [0x7f, 0x9f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2066, 0x2069],
  [0x0300, 0x036f],
  [0xfeff, 0xfeff],
  [0x1f300, 0x1f9ff],
  [0x4e00, 0x4e80],
  [0x0600, 0x06ff],
  [0x20, 0x7e],
];

function awkwardString(random: () => number, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    const [low, high] = AWKWARD_RANGES[Math.floor(random() * AWKWARD_RANGES.length)] as [number, number];
    out += String.fromCodePoint(low + Math.floor(random() * (high - low + 1)));
  }
  return out;
}

/** What an attacker writes in a string: payloads appended or put first, or the whole string replaced. */
function poisonString(random: () => number, rate: number): (text: string) => string {
  return (text) => {
    if (random() >= rate) return text;
    const payload = PAYLOAD_VALUES[Math.floor(random() * PAYLOAD_VALUES.length)] as string;
    switch (Math.floor(random() * 4)) {
      case 0:
        return `${text} ${payload}`;
      case 1:
        return `${payload}${text}`;
      case 2:
        return awkwardString(random, 1 + Math.floor(random() * 40));
      default:
        return `${text.slice(0, Math.floor(text.length / 2))}${awkwardString(random, 3)}${payload}`;
    }
  };
}

const wrongValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(null, 0, -1, 1e308, '', 'x', true, [], {}, [null], { data: 1 }, '\u00c3\u00a9', '\u001b[2J'),
);

const fileIndex = fc.nat({ max: 10_000 });

const fileDamage: fc.Arbitrary<FileDamage> = fc.oneof(
  fc.record({
    kind: fc.constant('truncate' as const),
    file: fileIndex,
    at: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  fc.record({
    kind: fc.constant('mutate' as const),
    file: fileIndex,
    path: fc.array(fc.nat(), { maxLength: 6 }),
    value: wrongValue,
  }),
  fc.record({ kind: fc.constant('garbage' as const), file: fileIndex, bytes: fc.uint8Array({ maxLength: 300 }) }),
  fc.record({ kind: fc.constant('utf16' as const), file: fileIndex }),
  fc.record({ kind: fc.constant('double-encode' as const), file: fileIndex }),
  fc.record({ kind: fc.constant('delete' as const), file: fileIndex }),
  fc.record({
    kind: fc.constant('rename' as const),
    file: fileIndex,
    name: fc.constantFrom(...PAYLOAD_VALUES, ' ', 'CON', 'a'.repeat(200), '%2e%2e', '\u202egpj'),
  }),
);

const archiveDamage: fc.Arbitrary<ArchiveDamage> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('corrupt' as const), entry: fileIndex }),
  fc.record({
    kind: fc.constant('escape' as const),
    entry: fileIndex,
    prefix: fc.constantFrom('../' as const, '/' as const, 'C:' as const, '..\\' as const),
  }),
  fc.record({ kind: fc.constant('declare-size' as const), entry: fileIndex, size: fc.nat() }),
  fc.record({ kind: fc.constant('encrypted' as const), entry: fileIndex }),
);

/** Most cases damage a few files and poison strings; some also break the zip itself; a few stay whole. */
export const fuzzCase: fc.Arbitrary<FuzzCase> = fc.record({
  container: fc.constantFrom('zip' as const, 'folder' as const),
  poison: fc.record({ seed: fc.nat(), rate: fc.constantFrom(0, 0.05, 0.3, 1) }),
  damages: fc.array(fileDamage, { maxLength: 3 }),
  archive: fc.option(archiveDamage, { freq: 4 }),
});

/** Replaces the node reached by following `path` (indices taken modulo each level's size) with `value`. */
export function mutateAt(root: unknown, path: readonly number[], value: unknown): unknown {
  if (path.length === 0 || root === null || typeof root !== 'object') return value;
  const [step, ...rest] = path as [number, ...number[]];
  if (Array.isArray(root)) {
    if (root.length === 0) return value;
    const index = step % root.length;
    return root.map((child, at) => (at === index ? mutateAt(child, rest, value) : child));
  }
  const keys = Object.keys(root);
  if (keys.length === 0) return value;
  const key = keys[step % keys.length] as string;
  return { ...(root as Record<string, unknown>), [key]: mutateAt((root as Record<string, unknown>)[key], rest, value) };
}

function mutateJson(text: string, path: readonly number[], value: unknown): string {
  // X's files are `window.YTD.name.partN = [ … ]`; Meta's are plain JSON.
  const prefix = /^\s*window\.[\w.]+\s*=\s*/.exec(text)?.[0] ?? '';
  try {
    return prefix + JSON.stringify(mutateAt(JSON.parse(text.slice(prefix.length)), path, value));
  } catch {
    return text;
  }
}

const asText = (content: string | Buffer): string => (typeof content === 'string' ? content : content.toString('utf8'));

/** The file after one damage, or null when the damage deletes it. */
function damageFile(content: string | Buffer, damage: FileDamage): string | Buffer | null {
  switch (damage.kind) {
    case 'truncate':
      return Buffer.from(asText(content)).subarray(0, Math.floor(Buffer.byteLength(asText(content)) * damage.at));
    case 'mutate':
      return mutateJson(asText(content), damage.path, damage.value);
    case 'garbage':
      return Buffer.from(damage.bytes);
    case 'utf16':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(asText(content), 'utf16le')]);
    case 'double-encode':
      // UTF-8 bytes read as Latin-1 and written as UTF-8 again: the mojibake Meta's exports are known for.
      return Buffer.from(Buffer.from(asText(content), 'utf8').toString('latin1'), 'utf8');
    case 'delete':
      return null;
    case 'rename':
      return content;
  }
}

/** Where a renamed file goes: the hostile name in place of its base name, keeping its folder and extension. */
function renamed(path: string, name: string): string {
  const slash = path.lastIndexOf('/') + 1;
  const dot = path.lastIndexOf('.');
  return `${path.slice(0, slash)}${name}${dot > slash ? path.slice(dot) : ''}`;
}

/** The export's files after the case's string poisoning and file damage (archive damage is applied to the zip). */
export function applyDamage(files: FileMap, fuzz: FuzzCase): FileMap {
  const random = seededRandom(fuzz.poison.seed + 1);
  const out = fuzz.poison.rate > 0 ? poisonExport(files, poisonString(random, fuzz.poison.rate)) : { ...files };
  for (const damage of fuzz.damages) {
    const paths = Object.keys(out).sort();
    if (paths.length === 0) break;
    const path = paths[damage.file % paths.length] as string;
    const damaged = damageFile(out[path] as string | Buffer, damage);
    delete out[path];
    if (damaged === null) continue;
    out[damage.kind === 'rename' ? renamed(path, damage.name) : path] = damaged;
  }
  return out;
}
