import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_ARCHIVES } from '../../test/fixtures/samples/hostile.js';
import { writeFolder, writeZip } from '../../test/fixtures/samples/file-map.js';
import { memorySource } from '../../test/fixtures/memory-source.js';
import { formatBytes } from './paths.js';
import { mergeSources, openExport } from './open.js';
import { DEFAULT_LIMITS, SourceError, type Problem, type SourceLimits } from './types.js';

let dir: string;
const archives = new Map<string, string>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'decorum-source-'));
  for (const [name, archive] of Object.entries(HOSTILE_ARCHIVES)) {
    const path = join(dir, `${name}.zip`);
    writeFileSync(path, await archive.build());
    archives.set(name, path);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hash = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');
const archive = (name: string): string => archives.get(name) ?? '';

async function open(name: string, limits: Partial<SourceLimits> = {}) {
  const problems: Problem[] = [];
  const source = await openExport(archive(name), (problem) => problems.push(problem), { ...DEFAULT_LIMITS, ...limits });
  return { source, problems };
}

async function refusal(name: string, limits: Partial<SourceLimits> = {}): Promise<SourceError> {
  const error = await open(name, limits).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SourceError);
  return error as SourceError;
}

describe('hostile zips', () => {
  it('refuses zip-slip names and reads the rest', async () => {
    for (const name of ['zip-slip', 'zip-slip-backslash']) {
      const { source, problems } = await open(name);
      expect(source.paths).toEqual(['Connections.csv']);
      expect(problems).toHaveLength(1);
      expect(problems[0]?.file).toMatch(/\.\.[\\/]\.\.[\\/]evil\.txt$/);
      expect(problems[0]?.message).toMatch(/climbs out of the archive/);
      expect((await source.readText('Connections.csv')).startsWith('First Name')).toBe(true);
      await source.close();
    }
  });

  it('refuses absolute and drive-letter names', async () => {
    const { source, problems } = await open('absolute');
    expect(source.paths).toEqual(['Connections.csv']);
    expect(problems.map((p) => p.file.slice(archive('absolute').length + 1)).sort()).toEqual([
      '/etc/evil.txt',
      'C:/evil.txt',
    ]);
    expect(problems.every((p) => /absolute path/.test(p.message))).toBe(true);
    await source.close();
  });

  it('refuses symbolic-link entries', async () => {
    const { source, problems } = await open('symlink');
    expect(source.has('Profile.csv')).toBe(false);
    expect(problems).toEqual([
      { file: `${archive('symlink')}/Profile.csv`, message: expect.stringMatching(/symbolic link/) },
    ]);
    await source.close();
  });

  it('refuses a high-ratio bomb entry by the ratio cap without inflating it', async () => {
    const { source, problems } = await open('bomb');
    expect(source.paths).toEqual(['Connections.csv']);
    expect(problems[0]?.file).toMatch(/zeros\.bin$/);
    expect(problems[0]?.message).toMatch(/expands \d+× \(limit 200×\).*zip bomb/);
  });

  it('refuses the whole bomb archive when it would expand past the total cap', async () => {
    const error = await refusal('bomb', { maxRatio: 10_000, maxTotalBytes: 10 * 1024 ** 2 });
    expect(error.message).toMatch(
      /would expand to 50 MiB \(52428\d{3} bytes\), more than the limit of 10 MiB \(10485760 bytes\) \(a zip bomb\?/,
    );
  });

  it('refuses to load a bomb entry larger than the per-file cap', async () => {
    const { source } = await open('bomb', { maxRatio: 10_000, maxEntryBytes: 1024 ** 2 });
    await expect(source.read('zeros.bin')).rejects.toThrow(
      /is 50 MiB \(52428800 bytes\), larger than the limit of 1 MiB \(1048576 bytes\) for one file/,
    );
    await source.close();
  });

  it('stops inflating an entry that lies about its size, with a named error, not a crash', async () => {
    const { source, problems } = await open('lying-size');
    expect(problems).toEqual([]);
    expect(source.size('messages.csv')).toBe(1000);
    const error = await source.read('messages.csv').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).file).toBe(`${archive('lying-size')}/messages.csv`);
    expect((error as SourceError).message).toMatch(/inflates to more than the 1000 bytes .*forged zip/);
    // The archive stays usable after the refusal.
    expect(await source.readText('Connections.csv')).toContain('Jordan');
    await source.close();
  });

  it('refuses an archive with more entries than the cap', async () => {
    expect((await refusal('many-entries', { maxEntries: 100 })).message).toMatch(
      /300 entries, more than the limit of 100/,
    );
    const { source } = await open('many-entries');
    expect(source.paths).toHaveLength(300);
    await source.close();
  });

  it('refuses truncated, corrupt, empty and non-zip files with a clear message', async () => {
    expect((await refusal('truncated')).message).toMatch(/not a zip file, or it is truncated/);
    expect((await refusal('corrupt-directory')).message).toMatch(/could not be read as a zip.*corrupt/);
    expect((await refusal('empty')).message).toMatch(/is empty: it holds no files/);
    expect((await refusal('not-a-zip')).message).toMatch(/neither a folder nor a zip/);
  });

  it('reports a damaged entry when it is read and keeps the rest readable', async () => {
    const { source } = await open('corrupt-data');
    const error = await source.read('Shares.csv').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).message).toMatch(/corrupt/);
    expect(await source.readText('Connections.csv')).toContain('Jordan');
    await source.close();
  });

  it('refuses encrypted entries', async () => {
    const { source, problems } = await open('encrypted');
    expect(source.paths).toEqual(['Connections.csv']);
    expect(problems[0]?.message).toMatch(/encrypted/);
    await source.close();
  });

  it('steps into a single top-level folder and skips macOS junk', async () => {
    const { source, problems } = await open('single-folder-with-junk');
    expect(source.paths).toEqual(['Connections.csv']);
    expect(problems).toEqual([]);
    expect(await source.readText('Connections.csv')).toContain('Contoso Ltd');
    await source.close();
  });

  it('reads only the first of two entries with the same name', async () => {
    const { source, problems } = await open('duplicate');
    expect(problems[0]?.message).toMatch(/appears twice/);
    expect(await source.readText('Connections.csv')).toContain('Jordan');
    await source.close();
  });

  it('never modifies an input', async () => {
    for (const [name, path] of archives) {
      const before = hash(path);
      try {
        const { source } = await open(name, { maxRatio: 10_000, maxEntryBytes: 2 * 1024 ** 2 });
        for (const file of source.paths) await source.read(file).catch(() => undefined);
        await source.close();
      } catch (error) {
        expect(error).toBeInstanceOf(SourceError);
      }
      expect(hash(path), name).toBe(before);
    }
  });
});

describe('other inputs', () => {
  it('names other archive formats instead of guessing', async () => {
    const gz = join(dir, 'export.tar.gz');
    writeFileSync(gz, Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]));
    await expect(openExport(gz, () => {})).rejects.toThrow(/gzip.*not a zip/);
    const empty = join(dir, 'empty.zip');
    writeFileSync(empty, '');
    await expect(openExport(empty, () => {})).rejects.toThrow(/empty file/);
    await expect(openExport(join(dir, 'missing.zip'), () => {})).rejects.toThrow(/does not exist/);
  });

  it('reads a folder in place, refusing symlinks and skipping junk', async () => {
    const root = join(dir, 'folder-export');
    writeFolder(root, {
      'export/Connections.csv': 'First Name\nA\n',
      'export/.DS_Store': 'junk',
      'export/sub/x.txt': 'x',
    });
    symlinkSync('/etc/passwd', join(root, 'export', 'Profile.csv'));
    const problems: Problem[] = [];
    const source = await openExport(root, (p) => problems.push(p));
    expect(source.paths).toEqual(['Connections.csv', 'sub/x.txt']);
    expect(problems).toEqual([{ file: `${root}/export/Profile.csv`, message: expect.stringMatching(/symbolic link/) }]);
    expect(source.inputOf('Connections.csv')).toBe(root);
    expect(await source.readText('sub/x.txt')).toBe('x');
    await expect(openExport(root, () => {}, { ...DEFAULT_LIMITS, maxTotalBytes: 5 })).rejects.toThrow(
      /more than the limit of 5/,
    );
  });

  it('refuses an empty folder', async () => {
    const root = join(dir, 'empty-folder');
    mkdirSync(root);
    await expect(openExport(root, () => {})).rejects.toThrow(/is empty/);
  });

  it('reads the zip the sample tools write, and merges several inputs', async () => {
    const a = join(dir, 'a.zip');
    const b = join(dir, 'b.zip');
    await writeZip(a, { 'posts/one.json': '[1]', 'shared.txt': 'from a' }, 'export-a/');
    await writeZip(b, { 'media/photo.jpg': Buffer.from([0xff, 0xd8]), 'shared.txt': 'from b' });
    const merged = mergeSources([await openExport(a, () => {}), await openExport(b, () => {})]);
    expect(merged.paths).toEqual(['media/photo.jpg', 'posts/one.json', 'shared.txt']);
    expect(merged.inputOf('media/photo.jpg')).toBe(b);
    expect(merged.inputOf('posts/one.json')).toBe(a);
    expect(await merged.readText('shared.txt')).toBe('from a');
    await expect(merged.read('nope')).rejects.toBeInstanceOf(SourceError);
    await merged.close();
  });

  it('formats sizes for people, keeping the exact number', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(1536)).toBe('1.5 KiB (1536 bytes)');
    expect(formatBytes(64 * 1024 ** 3)).toBe('64 GiB (68719476736 bytes)');
  });

  it('memorySource behaves like a source', async () => {
    const source = memorySource({ 'a.csv': 'x', '__MACOSX/._a.csv': 'junk', 'b/c.bin': Buffer.from([1, 2]) });
    expect(source.paths).toEqual(['a.csv', 'b/c.bin']);
    expect(source.size('b/c.bin')).toBe(2);
    await expect(source.read('zzz')).rejects.toBeInstanceOf(SourceError);
  });
});
