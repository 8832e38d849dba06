import { mkdirSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { dirname, join } from 'node:path';
import yazl from 'yazl';

/** A synthetic export: paths inside it mapped to their contents. */
export type FileMap = Record<string, string | Buffer>;

/** A fixed time for every zip entry, so generated zips are byte-for-byte reproducible. */
const ZIP_TIME = new Date('2026-01-01T00:00:00Z');

export function writeFolder(root: string, files: FileMap): void {
  rmSync(root, { recursive: true, force: true });
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
}

/** Writes `files` as a zip; `prefix` wraps everything in one top-level folder as real exports often do. */
export function writeZip(file: string, files: FileMap, prefix = ''): Promise<void> {
  mkdirSync(dirname(file), { recursive: true });
  const zip = new yazl.ZipFile();
  for (const path of Object.keys(files).sort()) {
    const content = files[path] as string | Buffer;
    zip.addBuffer(Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'), prefix + path, { mtime: ZIP_TIME });
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const out = createWriteStream(file);
    zip.outputStream.pipe(out).on('close', () => resolve()).on('error', reject);
  });
}

/** A small deterministic pseudo-random generator (mulberry32), so samples never change between runs. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
