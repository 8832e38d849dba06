import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isJunkPath } from './paths.js';
import { SourceError, type ExportSource, type Problem, type SourceLimits } from './types.js';

/** An unpacked export on disk. Symlinks are refused so an export cannot point outside itself. */
export async function openFolder(
  root: string,
  label: string,
  limits: SourceLimits,
  onProblem: (problem: Problem) => void,
): Promise<ExportSource> {
  const sizes = new Map<string, number>();
  let total = 0;
  const walk = async (dir: string, prefix: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      const rel = prefix + entry.name;
      if (isJunkPath(rel)) continue;
      if (entry.isSymbolicLink()) {
        onProblem({ file: `${label}/${rel}`, message: 'is a symbolic link; skipped for safety' });
      } else if (entry.isDirectory()) {
        await walk(join(dir, entry.name), `${rel}/`);
      } else if (entry.isFile()) {
        const { size } = await lstat(join(dir, entry.name));
        sizes.set(rel, size);
        total += size;
        if (sizes.size > limits.maxEntries) {
          throw new SourceError(label, `has more than ${limits.maxEntries} files; raise the entry limit to read it`);
        }
      }
    }
  };
  await walk(root, '');
  if (total > limits.maxTotalBytes) {
    throw new SourceError(label, `holds ${total} bytes, more than the limit of ${limits.maxTotalBytes}`);
  }
  const paths = [...sizes.keys()].sort();
  const full = (path: string): string => {
    if (!sizes.has(path)) throw new SourceError(`${label}/${path}`, 'is not in this export');
    return join(root, ...path.split('/'));
  };
  const read = async (path: string): Promise<Buffer> => {
    const size = sizes.get(path) ?? 0;
    if (size > limits.maxEntryBytes) {
      throw new SourceError(`${label}/${path}`, `is ${size} bytes, larger than the ${limits.maxEntryBytes}-byte limit`);
    }
    return readFile(full(path));
  };
  return {
    label,
    paths,
    inputOf: () => label,
    has: (path) => sizes.has(path),
    size: (path) => sizes.get(path),
    read,
    async readText(path) {
      return (await read(path)).toString('utf8');
    },
    async close() {},
  };
}
