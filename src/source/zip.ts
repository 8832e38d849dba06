import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { isJunkPath, unsafePathReason } from './paths.js';
import { SourceError, type ExportSource, type Problem, type SourceLimits } from './types.js';

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const UTF8_FLAG = 0x800;

function openZip(path: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    // decodeStrings:false — yauzl would otherwise reject the whole archive on one unsafe name;
    // we decode names ourselves and refuse only the bad entries.
    yauzl.open(
      path,
      { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true },
      (err, zip) => (err ? reject(err) : resolve(zip)),
    );
  });
}

function entryName(entry: Entry): string {
  const raw = entry.fileName as unknown as Buffer;
  if (entry.generalPurposeBitFlag & UTF8_FLAG) return raw.toString('utf8');
  const utf8 = raw.toString('utf8');
  return utf8.includes('\uFFFD') ? raw.toString('latin1') : utf8;
}

function readAllEntries(zip: ZipFile): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', reject);
    zip.readEntry();
  });
}

function readEntry(zip: ZipFile, entry: Entry): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err) return reject(err);
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', reject);
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    });
  });
}

function describeZipError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/end of central directory/i.test(message))
    return 'is not a zip file, or it is truncated (no central directory found)';
  return `could not be read as a zip: ${message}`;
}

/**
 * A zip read in place: the central directory is read once, entries are inflated on demand into memory,
 * nothing is ever written to disk.
 */
export async function openZipFile(
  file: string,
  label: string,
  limits: SourceLimits,
  onProblem: (problem: Problem) => void,
): Promise<ExportSource> {
  let zip: ZipFile;
  let rawEntries: Entry[];
  try {
    zip = await openZip(file);
    rawEntries = await readAllEntries(zip);
  } catch (error) {
    throw new SourceError(label, describeZipError(error));
  }
  if (rawEntries.length > limits.maxEntries) {
    zip.close();
    throw new SourceError(label, `has ${rawEntries.length} entries, more than the limit of ${limits.maxEntries}`);
  }
  const entries = new Map<string, Entry>();
  let total = 0;
  for (const entry of rawEntries) {
    const name = entryName(entry);
    if (name.endsWith('/')) continue;
    if (isJunkPath(name)) continue;
    const unsafe = unsafePathReason(name);
    if (unsafe) {
      onProblem({ file: `${label}/${name}`, message: `entry name ${unsafe}; skipped for safety` });
      continue;
    }
    if (((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK) {
      onProblem({ file: `${label}/${name}`, message: 'is a symbolic link; skipped for safety' });
      continue;
    }
    if (
      entry.uncompressedSize > 1024 ** 2 &&
      entry.uncompressedSize > limits.maxRatio * Math.max(1, entry.compressedSize)
    ) {
      onProblem({
        file: `${label}/${name}`,
        message: `expands ${Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize))}× (limit ${limits.maxRatio}×), which looks like a zip bomb; skipped`,
      });
      continue;
    }
    total += entry.uncompressedSize;
    entries.set(name, entry);
  }
  if (total > limits.maxTotalBytes) {
    zip.close();
    throw new SourceError(
      label,
      `would expand to ${total} bytes, more than the limit of ${limits.maxTotalBytes} (a zip bomb, or raise --max-bytes)`,
    );
  }
  const paths = [...entries.keys()].sort();
  const entryFor = (path: string): Entry => {
    const entry = entries.get(path);
    if (!entry) throw new SourceError(`${label}/${path}`, 'is not in this export');
    return entry;
  };
  const read = async (path: string): Promise<Buffer> => {
    const entry = entryFor(path);
    if (entry.uncompressedSize > limits.maxEntryBytes) {
      throw new SourceError(
        `${label}/${path}`,
        `is ${entry.uncompressedSize} bytes, larger than the ${limits.maxEntryBytes}-byte limit`,
      );
    }
    try {
      return await readEntry(zip, entry);
    } catch (error) {
      throw new SourceError(
        `${label}/${path}`,
        `could not be decompressed: ${error instanceof Error ? error.message : String(error)}`,
      );
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
      return (await read(path)).toString('utf8');
    },
    async close() {
      zip.close();
    },
  };
}
