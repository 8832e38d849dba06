import { crc32 } from 'node:zlib';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { formatBytes, isJunkPath, unsafePathReason } from './paths.js';
import { decodeText } from './text.js';
import { SourceError, type ExportSource, type Problem, type SourceLimits } from './types.js';

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const UTF8_FLAG = 0x800;
/** Entries up to this size are never judged by their compression ratio (small files compress wildly). */
const RATIO_FLOOR = 1024 ** 2;

function openZip(path: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    // decodeStrings:false — yauzl would otherwise reject the whole archive on one unsafe name;
    // we decode names ourselves and refuse only the bad entries.
    // validateEntrySizes:false — yauzl would otherwise reject the whole archive on one stored entry whose sizes
    // disagree; we check sizes per entry ourselves, while inflating (see `readEntry`).
    yauzl.open(
      path,
      { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: false },
      (err, zip) => (err ? reject(err) : resolve(zip)),
    );
  });
}

function entryName(entry: Entry): string {
  const raw = entry.fileName as unknown as Buffer;
  let name: string;
  if (entry.generalPurposeBitFlag & UTF8_FLAG) name = raw.toString('utf8');
  else {
    const utf8 = raw.toString('utf8');
    name = utf8.includes('\uFFFD') ? raw.toString('latin1') : utf8;
  }
  // Zips written on Windows sometimes use backslashes as separators.
  return name.replace(/\\/g, '/');
}

function readAllEntries(zip: ZipFile, maxEntries: number): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      entries.push(entry);
      if (entries.length > maxEntries) {
        reject(
          new SourceError(
            '',
            `has more than ${maxEntries} entries, the limit (raise the maxEntries limit to read it: see docs/archive-safety.md)`,
          ),
        );
        return;
      }
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', reject);
    zip.readEntry();
  });
}

class EntryReadError extends Error {}

/**
 * Inflates one entry into memory, never past `cap` bytes: the archive's declared size is checked while inflating,
 * so a central directory that lies about an entry's size cannot make us inflate more than it declared.
 */
function readEntry(zip: ZipFile, entry: Entry, cap: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err) return reject(err);
      const chunks: Buffer[] = [];
      let length = 0;
      let settled = false;
      const fail = (error: Error): void => {
        if (settled) return;
        settled = true;
        stream.destroy();
        reject(error);
      };
      stream.on('data', (chunk: Buffer) => {
        if (settled) return;
        length += chunk.length;
        if (length > cap) {
          return fail(
            new EntryReadError(
              length > entry.uncompressedSize
                ? `inflates to more than the ${entry.uncompressedSize} bytes the archive declares for it ` +
                    '(a forged zip, possibly a zip bomb); not read'
                : `is larger than the ${cap}-byte limit for one file`,
            ),
          );
        }
        chunks.push(chunk);
      });
      stream.on('error', (error: Error) => fail(error));
      stream.on('end', () => {
        if (settled) return;
        if (length !== entry.uncompressedSize) {
          return fail(
            new EntryReadError(
              `inflates to ${length} bytes but the archive declares ${entry.uncompressedSize}; the zip is corrupt`,
            ),
          );
        }
        const data = Buffer.concat(chunks, length);
        if (crc32(data) !== entry.crc32) {
          return fail(new EntryReadError('fails its checksum; the zip is corrupt'));
        }
        settled = true;
        resolve(data);
      });
    });
  });
}

/**
 * One entry's bytes as they inflate, checked as `readEntry` checks them: never past the declared size, and the
 * declared size and checksum confirmed at the end.
 */
async function* streamEntry(zip: ZipFile, entry: Entry): AsyncGenerator<Buffer> {
  const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) =>
    zip.openReadStream(entry, (err, opened) => (err ? reject(err) : resolve(opened))),
  );
  let length = 0;
  let checksum = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    length += chunk.length;
    if (length > entry.uncompressedSize) {
      (stream as unknown as { destroy(): void }).destroy();
      throw new EntryReadError(
        `inflates to more than the ${entry.uncompressedSize} bytes the archive declares for it (a forged zip, possibly a zip bomb); not read further`,
      );
    }
    checksum = crc32(chunk, checksum);
    yield chunk;
  }
  if (length !== entry.uncompressedSize)
    throw new EntryReadError(
      `inflates to ${length} bytes but the archive declares ${entry.uncompressedSize}; the zip is corrupt`,
    );
  if (checksum !== entry.crc32) throw new EntryReadError('fails its checksum; the zip is corrupt');
}

function describeZipError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/end of central directory/i.test(message))
    return 'is not a zip file, or it is truncated (no central directory found); download the export again';
  return `could not be read as a zip (it is corrupt or truncated): ${message}`;
}

function describeReadError(error: unknown): string {
  if (error instanceof EntryReadError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  if (/invalid (block type|distance|stored block|code)|incorrect header|unexpected end|invalid/i.test(message))
    return `could not be decompressed; the zip is corrupt (${message})`;
  return `could not be decompressed: ${message}`;
}

/** Why an entry cannot be read, judged from the central directory alone, or null when it looks fine. */
function refusalReason(entry: Entry, name: string, limits: SourceLimits): string | null {
  const unsafe = unsafePathReason(name);
  if (unsafe) return `entry name ${unsafe}; skipped for safety`;
  if (((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK) return 'is a symbolic link; skipped for safety';
  if (entry.isEncrypted()) return 'is encrypted (password-protected); Decorum cannot read it';
  if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)
    return `uses compression method ${entry.compressionMethod}, which Decorum cannot read; re-zip the export with standard (deflate) compression`;
  if (entry.compressionMethod === 0 && entry.compressedSize !== entry.uncompressedSize)
    return `is stored uncompressed but declares ${entry.compressedSize} stored and ${entry.uncompressedSize} real bytes (a forged zip); skipped`;
  if (
    entry.uncompressedSize > RATIO_FLOOR &&
    entry.uncompressedSize > limits.maxRatio * Math.max(1, entry.compressedSize)
  ) {
    const ratio = Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize));
    return `expands ${ratio}× (limit ${limits.maxRatio}×), which looks like a zip bomb; skipped (raise the maxRatio limit to read it: see docs/archive-safety.md)`;
  }
  return null;
}

/**
 * A zip read in place: the central directory is read once, entries are inflated on demand into memory,
 * nothing is ever written to disk. Unsafe entries (zip-slip names, absolute paths, symlinks, high-ratio bombs)
 * are refused one by one with a problem; an archive over the entry or total-size limit is refused as a whole.
 */
export async function openZipFile(
  file: string,
  label: string,
  limits: SourceLimits,
  onProblem: (problem: Problem) => void,
): Promise<ExportSource> {
  let zip: ZipFile | undefined;
  let rawEntries: Entry[];
  try {
    zip = await openZip(file);
    if (zip.entryCount > limits.maxEntries) {
      throw new SourceError(
        label,
        `has ${zip.entryCount} entries, more than the limit of ${limits.maxEntries} (raise the maxEntries limit to read it: see docs/archive-safety.md)`,
      );
    }
    rawEntries = await readAllEntries(zip, limits.maxEntries);
  } catch (error) {
    zip?.close();
    if (error instanceof SourceError) throw new SourceError(label, error.message);
    throw new SourceError(label, describeZipError(error));
  }
  const opened = zip;
  // Errors after the listing belong to one entry's read and are reported there; never let one crash the process.
  opened.on('error', () => {});
  const entries = new Map<string, Entry>();
  let total = 0;
  for (const entry of rawEntries) {
    const name = entryName(entry);
    if (name.endsWith('/')) continue;
    if (isJunkPath(name)) continue;
    const refused = refusalReason(entry, name, limits);
    if (refused) {
      onProblem({ file: `${label}/${name}`, message: refused });
      continue;
    }
    if (entries.has(name)) {
      onProblem({ file: `${label}/${name}`, message: 'appears twice in the archive; only the first copy is read' });
      continue;
    }
    total += entry.uncompressedSize;
    entries.set(name, entry);
  }
  if (total > limits.maxTotalBytes) {
    opened.close();
    throw new SourceError(
      label,
      `would expand to ${formatBytes(total)}, more than the limit of ${formatBytes(limits.maxTotalBytes)} (a zip bomb? if the export really is this big, raise the limit with --max-bytes)`,
    );
  }
  const paths = [...entries.keys()].sort();
  const entryFor = (path: string): Entry => {
    const entry = entries.get(path);
    if (!entry) throw new SourceError(`${label}/${path}`, 'is not in this export');
    return entry;
  };
  let closed = false;
  const read = async (path: string): Promise<Buffer> => {
    const entry = entryFor(path);
    if (closed) throw new SourceError(`${label}/${path}`, 'cannot be read: the archive is already closed');
    if (entry.uncompressedSize > limits.maxEntryBytes) {
      throw new SourceError(
        `${label}/${path}`,
        `is ${formatBytes(entry.uncompressedSize)}, larger than the limit of ${formatBytes(limits.maxEntryBytes)} for one file (raise the maxEntryBytes limit to read it: see docs/archive-safety.md)`,
      );
    }
    try {
      return await readEntry(opened, entry, Math.min(entry.uncompressedSize, limits.maxEntryBytes));
    } catch (error) {
      throw new SourceError(`${label}/${path}`, describeReadError(error));
    }
  };
  return {
    label,
    paths,
    inputOf: () => label,
    has: (path) => entries.has(path),
    size: (path) => entries.get(path)?.uncompressedSize,
    read,
    async readText(path) {
      return decodeText(await read(path));
    },
    async *stream(path) {
      const entry = entryFor(path);
      if (closed) throw new SourceError(`${label}/${path}`, 'cannot be read: the archive is already closed');
      try {
        yield* streamEntry(opened, entry);
      } catch (error) {
        throw new SourceError(`${label}/${path}`, describeReadError(error));
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      opened.close();
    },
  };
}
