import { isJunkPath } from './paths.js';
import { decodeText } from './text.js';
import { SourceError, type ExportSource } from './types.js';

/**
 * An export held in memory: paths mapped to contents. For tests and property checks of importers, so they can
 * build thousands of sources without touching the disk. Junk paths are dropped as for zips and folders.
 */
export function memorySource(files: Readonly<Record<string, string | Buffer>>, label = 'memory'): ExportSource {
  const data = new Map<string, Buffer>();
  for (const [path, content] of Object.entries(files)) {
    if (isJunkPath(path)) continue;
    data.set(path, Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'));
  }
  const get = (path: string): Buffer => {
    const content = data.get(path);
    if (!content) throw new SourceError(`${label}/${path}`, 'is not in this export');
    return content;
  };
  return {
    label,
    paths: [...data.keys()].sort(),
    inputOf: () => label,
    has: (path) => data.has(path),
    size: (path) => data.get(path)?.length,
    read: async (path) => Buffer.from(get(path)),
    readText: async (path) => decodeText(get(path)),
    async *stream(path) {
      const content = get(path);
      // Small chunks, so tests of streamed reading cross chunk boundaries.
      for (let at = 0; at < content.length; at += 4096) yield Buffer.from(content.subarray(at, at + 4096));
    },
    close: async () => {},
  };
}
