import { createReadStream } from 'node:fs';
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatBytes, isJunkPath } from './paths.js';
import { decodeText } from './text.js';
import { SourceError, type ExportSource, type Problem, type SourceLimits } from './types.js';

/** Bytes per chunk when a big file is streamed: fewer, larger reads than the 64 KiB default. */
const STREAM_CHUNK = 1024 ** 2;

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'it disappeared while being read';
  return error instanceof Error ? error.message : String(error);
}

/**
 * An unpacked export on disk, read in place. Symlinks are refused so an export cannot point outside itself;
 * unreadable subfolders are reported and skipped; the same limits as for zips apply.
 */
export async function openFolder(
  root: string,
  label: string,
  limits: SourceLimits,
  onProblem: (problem: Problem) => void,
): Promise<ExportSource> {
  const sizes = new Map<string, number>();
  let total = 0;
  const walk = async (dir: string, prefix: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      if (!prefix) throw new SourceError(label, `cannot be listed: ${reasonOf(error)}`);
      onProblem({ file: `${label}/${prefix.slice(0, -1)}`, message: `cannot be listed (${reasonOf(error)}); skipped` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const rel = prefix + entry.name;
      if (isJunkPath(rel)) continue;
      if (entry.isSymbolicLink()) {
        onProblem({ file: `${label}/${rel}`, message: 'is a symbolic link; skipped for safety' });
      } else if (entry.isDirectory()) {
        await walk(join(dir, entry.name), `${rel}/`);
      } else if (entry.isFile()) {
        let size: number;
        try {
          size = (await lstat(join(dir, entry.name))).size;
        } catch (error) {
          onProblem({ file: `${label}/${rel}`, message: `cannot be read (${reasonOf(error)}); skipped` });
          continue;
        }
        sizes.set(rel, size);
        total += size;
        if (sizes.size > limits.maxEntries) {
          throw new SourceError(
            label,
            `has more than ${limits.maxEntries} files, the limit (raise the maxEntries limit to read it: see docs/archive-safety.md)`,
          );
        }
      } else {
        onProblem({ file: `${label}/${rel}`, message: 'is not a regular file (a device, pipe or socket); skipped' });
      }
    }
  };
  await walk(root, '');
  if (total > limits.maxTotalBytes) {
    throw new SourceError(
      label,
      `holds ${formatBytes(total)}, more than the limit of ${formatBytes(limits.maxTotalBytes)} (raise the limit with --max-bytes to read it)`,
    );
  }
  const paths = [...sizes.keys()].sort();
  const full = (path: string): string => {
    if (!sizes.has(path)) throw new SourceError(`${label}/${path}`, 'is not in this export');
    return join(root, ...path.split('/'));
  };
  const read = async (path: string): Promise<Buffer> => {
    const file = full(path);
    let info;
    try {
      info = await lstat(file);
    } catch (error) {
      throw new SourceError(`${label}/${path}`, `cannot be read: ${reasonOf(error)}`);
    }
    // Checked again at read time: the file may have been swapped for a link or grown since it was listed.
    if (!info.isFile()) throw new SourceError(`${label}/${path}`, 'is no longer a regular file; not read for safety');
    if (info.size > limits.maxEntryBytes) {
      throw new SourceError(
        `${label}/${path}`,
        `is ${formatBytes(info.size)}, larger than the limit of ${formatBytes(limits.maxEntryBytes)} for one file (raise the maxEntryBytes limit to read it: see docs/archive-safety.md)`,
      );
    }
    try {
      return await readFile(file);
    } catch (error) {
      throw new SourceError(`${label}/${path}`, `cannot be read: ${reasonOf(error)}`);
    }
  };
  return {
    label,
    paths,
    inputOf: () => label,
    has: (path) => sizes.has(path),
    size: (path) => sizes.get(path),
    read,
    async readText(path) {
      return decodeText(await read(path));
    },
    async *stream(path) {
      const file = full(path);
      try {
        yield* createReadStream(file, { highWaterMark: STREAM_CHUNK }) as AsyncIterable<Buffer>;
      } catch (error) {
        throw new SourceError(`${label}/${path}`, `cannot be read: ${reasonOf(error)}`);
      }
    },
    async close() {},
  };
}
