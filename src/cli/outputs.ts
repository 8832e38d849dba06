import { existsSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { randomBytes } from 'node:crypto';
import { UsageError } from './exit.js';

/** A file a command is asked to write, and the flag that named it (for the error message). */
export interface OutputTarget {
  flag: string;
  path: string;
}

/** The path with every symlink resolved, as far as it exists (the output file itself may not exist yet). */
function realPath(path: string): string {
  const absolute = resolve(path);
  if (existsSync(absolute)) return realpathSync(absolute);
  return join(realPath(dirname(absolute)), basename(absolute));
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Two names for one file (a hard link, or the same path spelled differently). */
function sameFile(a: string, b: string): boolean {
  if (!existsSync(a) || !existsSync(b)) return false;
  const first = statSync(a);
  const second = statSync(b);
  return first.dev === second.dev && first.ino === second.ino;
}

/**
 * Refuses, before any work, every output that would overwrite an input or land inside an input folder (inputs are
 * read-only), that goes to a folder that does not exist, that is a folder, or that two flags share. A usage error
 * (exit 2) names the flag.
 */
export function refuseUnsafeOutputs(targets: readonly OutputTarget[], inputs: readonly string[]): void {
  const readable = inputs.filter((input) => existsSync(input)).map((input) => ({ input, real: realPath(input) }));
  const seen = new Map<string, string>();
  for (const { flag, path } of targets) {
    if (path === ':memory:') continue;
    const folder = dirname(resolve(path));
    if (!existsSync(folder) || !statSync(folder).isDirectory())
      throw new UsageError(`${flag}: the folder ${dirname(path)} does not exist; create it first`);
    if (existsSync(path) && statSync(path).isDirectory())
      throw new UsageError(`${flag}: ${path} is a folder; give a file name`);
    const real = realPath(path);
    for (const { input, real: inputReal } of readable) {
      if (real === inputReal || sameFile(path, input))
        throw new UsageError(`${flag}: ${path} is one of the inputs; Decorum never overwrites an export`);
      if (statSync(input).isDirectory() && isInside(real, inputReal))
        throw new UsageError(`${flag}: ${path} is inside the input folder ${input}; write it somewhere else`);
    }
    const other = seen.get(real);
    if (other) throw new UsageError(`${flag} and ${other} name the same file ${path}`);
    seen.set(real, flag);
  }
}

/**
 * Writes the file whole or not at all: into a temporary file beside it, then renamed over it, so a run that fails
 * or is killed half-way leaves the earlier file as it was. A symlink at `path` is replaced, never written through.
 */
export function writeAtomically(path: string, content: string | Buffer): void {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temporary, content, { flag: 'wx' });
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
