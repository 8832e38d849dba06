import { open as openFile, stat } from 'node:fs/promises';
import { openFolder } from './folder.js';
import { singleTopFolder } from './paths.js';
import { openZipFile } from './zip.js';
import { DEFAULT_LIMITS, SourceError, type ExportSource, type Problem, type SourceLimits } from './types.js';

const ZIP_MAGIC = [0x50, 0x4b];

async function looksLikeZip(path: string): Promise<boolean> {
  const handle = await openFile(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer[0] === ZIP_MAGIC[0] && buffer[1] === ZIP_MAGIC[1];
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
  let source: ExportSource;
  if (info.isDirectory()) {
    source = await openFolder(input, input, limits, onProblem);
  } else if (info.size === 0) {
    throw new SourceError(input, 'is an empty file, not an export');
  } else if (await looksLikeZip(input)) {
    source = await openZipFile(input, input, limits, onProblem);
  } else {
    throw new SourceError(
      input,
      'is neither a folder nor a zip file; give the export zip as downloaded, or its unpacked folder',
    );
  }
  if (source.paths.length === 0) {
    await source.close();
    throw new SourceError(input, 'is empty: it holds no files');
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
    read: (path) => pick(path).read(path),
    readText: (path) => pick(path).readText(path),
    close: async () => {
      await Promise.all(sources.map((source) => source.close()));
    },
  };
}
