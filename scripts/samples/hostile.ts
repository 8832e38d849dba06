import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import yazl from 'yazl';

/**
 * Hostile archives: zips that try to escape the extraction folder, point outside themselves, blow up when
 * inflated, lie about their sizes, or are simply broken. Built in memory with yazl, then patched byte by byte
 * where yazl (rightly) refuses to write something. Tests open them with lowered limits so they stay small and fast.
 */

const ZIP_TIME = new Date('2026-01-01T00:00:00Z');
const MIB = 1024 ** 2;

interface ZipEntrySpec {
  name: string;
  data: Buffer | string | { zeros: number };
  /** Unix mode, e.g. 0o120777 for a symbolic link. */
  mode?: number;
  compress?: boolean;
}

function zeros(bytes: number): Readable {
  const chunk = Buffer.alloc(MIB);
  let left = bytes;
  return new Readable({
    read() {
      if (left <= 0) return void this.push(null);
      const size = Math.min(left, chunk.length);
      left -= size;
      this.push(size === chunk.length ? chunk : chunk.subarray(0, size));
    },
  });
}

/** Builds a zip in memory with yazl, entries in the given order, fixed times: the same bytes every run. */
export function buildZip(entries: readonly ZipEntrySpec[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const entry of entries) {
    const options = {
      mtime: ZIP_TIME,
      compress: entry.compress ?? true,
      ...(entry.mode === undefined ? {} : { mode: entry.mode }),
    };
    if (typeof entry.data === 'object' && !Buffer.isBuffer(entry.data)) {
      // Streamed so a 50 MB bomb never sits in memory uncompressed.
      zip.addReadStream(zeros(entry.data.zeros), entry.name, { ...options, size: entry.data.zeros });
    } else {
      zip.addBuffer(Buffer.isBuffer(entry.data) ? entry.data : Buffer.from(entry.data, 'utf8'), entry.name, options);
    }
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

interface CentralRecord {
  name: string;
  /** Offset of the central directory file header. */
  central: number;
  /** Offset of the local file header. */
  local: number;
}

/** Walks the central directory of a (non-zip64) zip. */
export function centralDirectory(zip: Buffer): CentralRecord[] {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('no end of central directory record');
  const count = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  const records: CentralRecord[] = [];
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    records.push({
      name: zip.toString('latin1', offset + 46, offset + 46 + nameLength),
      central: offset,
      local: zip.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return records;
}

function recordOf(zip: Buffer, name: string): CentralRecord {
  const record = centralDirectory(zip).find((entry) => entry.name === name);
  if (!record) throw new Error(`no entry ${name}`);
  return record;
}

/** Renames an entry in place (same byte length), writing a name yazl would refuse (`../`, `/abs`, `C:`). */
export function renameEntry(zip: Buffer, from: string, to: string): Buffer {
  if (Buffer.byteLength(from, 'latin1') !== Buffer.byteLength(to, 'latin1')) throw new Error('names must be equally long');
  const out = Buffer.from(zip);
  const record = recordOf(out, from);
  out.write(to, record.central + 46, 'latin1');
  out.write(to, record.local + 30, 'latin1');
  return out;
}

/** Makes the archive claim `size` uncompressed bytes for an entry, whatever it really inflates to. */
export function declareSize(zip: Buffer, name: string, size: number): Buffer {
  const out = Buffer.from(zip);
  const record = recordOf(out, name);
  out.writeUInt32LE(size, record.central + 24);
  if ((out.readUInt16LE(record.local + 6) & 0x8) === 0) out.writeUInt32LE(size, record.local + 22);
  return out;
}

/** Sets general-purpose flag bits (0x1 = encrypted) on an entry. */
export function setFlags(zip: Buffer, name: string, bits: number): Buffer {
  const out = Buffer.from(zip);
  const record = recordOf(out, name);
  out.writeUInt16LE(out.readUInt16LE(record.central + 8) | bits, record.central + 8);
  out.writeUInt16LE(out.readUInt16LE(record.local + 6) | bits, record.local + 6);
  return out;
}

/** Flips bytes inside an entry's compressed data, leaving every header intact. */
export function corruptData(zip: Buffer, name: string): Buffer {
  const out = Buffer.from(zip);
  const record = recordOf(out, name);
  const start = record.local + 30 + out.readUInt16LE(record.local + 26) + out.readUInt16LE(record.local + 28);
  const compressed = out.readUInt32LE(record.central + 20);
  for (let i = 0; i < Math.min(compressed, 16); i++) {
    const at = start + Math.floor((i * compressed) / 16);
    out.writeUInt8((out.readUInt8(at) ^ 0x5a) & 0xff, at);
  }
  return out;
}

const CONNECTIONS = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nJordan,Lee,,,Contoso Ltd,Engineer,08 Feb 2026\n';
const GOOD = { name: 'Connections.csv', data: CONNECTIONS };

/** Every hostile archive by name, with what opening it must do. */
export const HOSTILE_ARCHIVES: Record<string, { build(): Promise<Buffer>; expect: string }> = {
  'zip-slip': {
    expect: 'the ../ entry is refused with a problem, the rest is read',
    build: async () => renameEntry(await buildZip([GOOD, { name: 'zz/zz/evil.txt', data: 'pwned' }]), 'zz/zz/evil.txt', '../../evil.txt'),
  },
  'zip-slip-backslash': {
    expect: 'a Windows-style ..\\ entry is refused too',
    build: async () => renameEntry(await buildZip([GOOD, { name: 'zz/zz/evil.txt', data: 'pwned' }]), 'zz/zz/evil.txt', '..\\..\\evil.txt'),
  },
  absolute: {
    expect: 'absolute and drive-letter entries are refused',
    build: async () => {
      let zip = await buildZip([GOOD, { name: 'xetc/evil.txt', data: 'pwned' }, { name: 'CC/evil.txt', data: 'pwned' }]);
      zip = renameEntry(zip, 'xetc/evil.txt', '/etc/evil.txt');
      return renameEntry(zip, 'CC/evil.txt', 'C:/evil.txt');
    },
  },
  symlink: {
    expect: 'the symbolic-link entry is refused',
    build: () => buildZip([GOOD, { name: 'Profile.csv', data: '/etc/passwd', mode: 0o120777, compress: false }]),
  },
  bomb: {
    expect: '50 MB of zeros in ~50 KB: refused by the ratio cap, or by the total or per-file cap when those are lower',
    build: () => buildZip([GOOD, { name: 'zeros.bin', data: { zeros: 50 * MIB } }]),
  },
  'lying-size': {
    expect: 'declares 1000 bytes, inflates to 5 MB: reading it stops with a named problem at the declared size',
    build: async () => declareSize(await buildZip([GOOD, { name: 'messages.csv', data: { zeros: 5 * MIB } }]), 'messages.csv', 1000),
  },
  'many-entries': {
    expect: '300 tiny entries: refused as a whole when the entry cap is lower',
    build: () => buildZip(Array.from({ length: 300 }, (_, i) => ({ name: `f${String(i).padStart(3, '0')}.txt`, data: 'x' }))),
  },
  truncated: {
    expect: 'cut in half: refused as a whole with a clear SourceError',
    build: async () => {
      const zip = await buildZip([GOOD, { name: 'Shares.csv', data: 'Date,ShareLink\n'.repeat(200) }]);
      return zip.subarray(0, Math.floor(zip.length / 2));
    },
  },
  'corrupt-data': {
    expect: 'listing works, reading the damaged entry gives a named problem',
    build: async () =>
      corruptData(await buildZip([GOOD, { name: 'Shares.csv', data: 'Date,ShareLink,ShareCommentary\n'.repeat(200) }]), 'Shares.csv'),
  },
  'corrupt-directory': {
    expect: 'a damaged central directory: refused as a whole',
    build: async () => {
      const zip = await buildZip([GOOD]);
      const out = Buffer.from(zip);
      out.writeUInt32LE(0xdeadbeef, recordOf(out, 'Connections.csv').central);
      return out;
    },
  },
  encrypted: {
    expect: 'the password-protected entry is refused with a problem',
    build: async () => setFlags(await buildZip([GOOD, { name: 'Profile.csv', data: 'secret' }]), 'Profile.csv', 0x1),
  },
  empty: {
    expect: 'an empty zip: refused as empty',
    build: () => buildZip([]),
  },
  'not-a-zip': {
    expect: 'a text file named .zip: refused as not a zip',
    build: async () => Buffer.from('This is not a zip file, just text that someone renamed.\n'),
  },
  'single-folder-with-junk': {
    expect: 'stepped into the one top-level folder; __MACOSX, ._* and .DS_Store skipped',
    build: () =>
      buildZip([
        { name: 'Basic_LinkedInDataExport_02-08-2026/Connections.csv', data: CONNECTIONS },
        { name: 'Basic_LinkedInDataExport_02-08-2026/.DS_Store', data: Buffer.alloc(64, 1) },
        { name: '__MACOSX/Basic_LinkedInDataExport_02-08-2026/._Connections.csv', data: Buffer.alloc(64, 2) },
        { name: 'Basic_LinkedInDataExport_02-08-2026/._Profile.csv', data: Buffer.alloc(64, 3) },
      ]),
  },
  duplicate: {
    expect: 'the second entry of the same name is reported and ignored',
    build: () => buildZip([GOOD, { name: 'Connections.csv', data: 'First Name,Last Name\nEve,Impostor\n' }]),
  },
};

/** Writes every hostile archive to `dir` (for trying the CLI by hand); returns the paths. Never part of samples/. */
export async function writeHostileArchives(dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const [name, archive] of Object.entries(HOSTILE_ARCHIVES)) {
    const path = join(dir, `${name}.zip`);
    writeFileSync(path, await archive.build());
    written.push(path);
  }
  return written;
}
