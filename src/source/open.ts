import { open as openFile, stat } from 'node:fs/promises';
import { openFolder } from './folder.js';
import { singleTopFolder } from './paths.js';
import { openZipFile } from './zip.js';
import { DEFAULT_LIMITS, SourceError, type ExportSource, type Problem, type SourceLimits } from './types.js';

/** What the first bytes of a file say it is: a zip, another archive format we can name, or unknown. */
async function sniff(path: string): Promise<'zip' | string | null> {
  const handle = await openFile(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(264), 0, 264, 0);
    const head = buffer.subarray(0, bytesRead);
    if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && [3, 5, 7].includes(head[2] ?? 0)) return 'zip';
    if (head[0] === 0x1f && head[1] === 0x8b) return 'a gzip (.gz / .tar.gz) file';
    if (head.subarray(0, 6).equals(Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]))) return 'a 7-Zip archive';
    if (head.subarray(0, 4).toString('latin1') === 'Rar!') return 'a RAR archive';
    if (head.subarray(257, 262).toString('latin1') === 'ustar') return 'a tar archive';
    return null;
  } finally {
    await handle.close();
  }
}

/** Re-roots a source below `prefix`, so a zip with one top-level folder reads like the export itself. */
function stepInto(source: ExportSource, prefix: string): ExportSource {
  if (!prefix) return source;
  const paths = source.paths.map((path) => path.slice(prefix.length));
  const set = new Set(paths);
  return {
    label: source.label,
    paths,
    inputOf: (path) => source.inputOf(prefix + path),
    has: (path) => set.has(path),
    size: (path) => source.size(prefix + path),
    read: (path) => source.read(prefix + path),
    readText: (path) => source.readText(prefix + path),
    ...(source.stream
      ? { stream: (path: string) => (source.stream as (p: string) => AsyncIterable<Buffer>)(prefix + path) }
      : {}),
    close: () => source.close(),
  };
}

/**
 * Opens one input (a zip or a folder) read-only. Throws `SourceError` when nothing of it can be read;
 * reports lesser problems (unsafe or oversized entries) through `onProblem` and goes on.
 */
export async function openExport(
  input: string,
  onProblem: (problem: Problem) => void,
  limits: SourceLimits = DEFAULT_LIMITS,
): Promise<ExportSource> {
  let info;
  try {
    info = await stat(input);
  } catch {
    throw new SourceError(input, 'does not exist or cannot be read');
  }
  let refused = 0;
  const report = (problem: Problem): void => {
    refused++;
    onProblem(problem);
  };
  let source: ExportSource;
  if (info.isDirectory()) {
    source = await openFolder(input, input, limits, report);
  } else if (!info.isFile()) {
    throw new SourceError(input, 'is not a regular file or folder (a device, pipe or socket)');
  } else if (info.size === 0) {
    throw new SourceError(input, 'is an empty file, not an export');
  } else {
    let kind: string | null;
    try {
      kind = await sniff(input);
    } catch (error) {
      throw new SourceError(input, `cannot be read: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (kind === 'zip') source = await openZipFile(input, input, limits, report);
    else if (kind)
      throw new SourceError(
        input,
        `is ${kind}, not a zip; unpack it and give the folder, or give the export zip as downloaded`,
      );
    else
      throw new SourceError(
        input,
        'is neither a folder nor a zip file; give the export zip as downloaded, or its unpacked folder',
      );
  }
  if (source.paths.length === 0) {
    await source.close();
    throw new SourceError(
      input,
      refused > 0
        ? 'holds no readable files: every entry was refused (see the problems above)'
        : 'is empty: it holds no files',
    );
  }
  return stepInto(source, singleTopFolder(source.paths));
}

/** Several sources of one platform seen as one (Facebook and Instagram split big exports over several zips). */
export function mergeSources(sources: readonly ExportSource[]): ExportSource {
  if (sources.length === 1) return sources[0] as ExportSource;
  const owner = new Map<string, ExportSource>();
  for (const source of sources) for (const path of source.paths) if (!owner.has(path)) owner.set(path, source);
  const pick = (path: string): ExportSource => {
    const source = owner.get(path);
    if (!source) throw new SourceError(path, 'is not in these exports');
    return source;
  };
  return {
    label: sources.map((source) => source.label).join(' + '),
    paths: [...owner.keys()].sort(),
    inputOf: (path) => pick(path).inputOf(path),
    has: (path) => owner.has(path),
    size: (path) => owner.get(path)?.size(path),
    read: async (path) => pick(path).read(path),
    readText: async (path) => pick(path).readText(path),
    ...(sources.every((source) => source.stream)
      ? { stream: (path: string) => (pick(path).stream as (p: string) => AsyncIterable<Buffer>)(path) }
      : {}),
    close: async () => {
      await Promise.all(sources.map((source) => source.close()));
    },
  };
}
