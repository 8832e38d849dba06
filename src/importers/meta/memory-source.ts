import { isJunkPath, singleTopFolder } from '../../source/paths.js';
import { decodeText } from '../../source/text.js';
import { SourceError, type ExportSource } from '../../source/types.js';
import type { Account, Item, Position } from '../../core/item.js';
import type { Problem } from '../../source/types.js';
import type { ImportSink } from '../types.js';

/**
 * An export held in memory (path → content), for tests: junk skipped and a single top folder stepped into, as
 * `openExport` does for zips and folders, without touching the disk.
 */
export function memorySource(files: Record<string, string | Buffer>, label = 'memory'): ExportSource {
  const kept = Object.keys(files).filter((path) => !isJunkPath(path));
  const top = singleTopFolder(kept);
  const map = new Map<string, Buffer>();
  for (const path of kept) {
    const content = files[path] as string | Buffer;
    map.set(path.slice(top.length), Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'));
  }
  const get = (path: string): Buffer => {
    const content = map.get(path);
    if (!content) throw new SourceError(`${label}/${path}`, 'is not in this export');
    return content;
  };
  return {
    label,
    paths: [...map.keys()].sort(),
    has: (path) => map.has(path),
    inputOf: () => label,
    size: (path) => map.get(path)?.length,
    read: async (path) => get(path),
    readText: async (path) => decodeText(get(path)),
    close: async () => {},
  };
}

/** A sink that keeps everything, for tests. */
export interface CollectedImport {
  items: Item[];
  problems: Problem[];
  accounts: Account[];
  positions: Position[];
  sink: ImportSink;
}

export function collectingSink(): CollectedImport {
  const collected: CollectedImport = {
    items: [],
    problems: [],
    accounts: [],
    positions: [],
    sink: {
      item: (item) => collected.items.push(item),
      problem: (problem) => collected.problems.push(problem),
      account: (account) => collected.accounts.push(account),
      position: (position) => collected.positions.push(position),
    },
  };
  return collected;
}
