import { createWriteStream, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { randomUUID } from 'node:crypto';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { isProcessAlive } from '../store/runs.js';

export interface Upload {
  id: string;
  name: string;
  path: string;
  bytes: number;
}

export class UploadTooLarge extends Error {}

const PREFIX = 'decorum-uploads-';

/**
 * Removes the upload folders left by servers that were killed: each folder is named after its server's process
 * (`decorum-uploads-<pid>-…`); a folder of this user whose process is gone is deleted. Returns what was removed.
 */
export function removeStaleUploads(root = tmpdir()): string[] {
  const removed: string[] = [];
  for (const name of readdirSync(root)) {
    const pid = new RegExp(`^${PREFIX}(\\d+)-`).exec(name)?.[1];
    if (!pid || Number(pid) === process.pid || isProcessAlive(Number(pid))) continue;
    const path = join(root, name);
    try {
      if (statSync(path).uid !== process.getuid?.()) continue;
      rmSync(path, { recursive: true, force: true });
      removed.push(path);
    } catch {
      // Gone already, or not ours to remove.
    }
  }
  return removed;
}

/**
 * Uploaded exports, streamed to a private temp folder (mode 0700) and deleted once audited or when the
 * server stops. They never leave the machine.
 */
export class UploadStore {
  private readonly dir = mkdtempSync(join(tmpdir(), `${PREFIX}${process.pid}-`));
  private readonly uploads = new Map<string, Upload>();

  constructor(private readonly maxBytes: number) {}

  async save(name: string, body: ReadableStream<Uint8Array>): Promise<Upload> {
    const id = randomUUID();
    const safeName = basename(name).replace(/[^\w.\- ()]/g, '_') || 'export.zip';
    const path = join(this.dir, `${id}-${safeName}`);
    let bytes = 0;
    const limit = this.maxBytes;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        if (bytes > limit) done(new UploadTooLarge(`${safeName} is larger than the ${limit}-byte upload limit`));
        else done(null, chunk);
      },
    });
    try {
      await pipeline(Readable.fromWeb(body as WebReadableStream), counter, createWriteStream(path, { mode: 0o600 }));
    } catch (error) {
      rmSync(path, { force: true });
      throw error;
    }
    const upload = { id, name: safeName, path, bytes };
    this.uploads.set(id, upload);
    return upload;
  }

  get(id: string): Upload | undefined {
    return this.uploads.get(id);
  }

  remove(id: string): void {
    const upload = this.uploads.get(id);
    if (upload) rmSync(upload.path, { force: true });
    this.uploads.delete(id);
  }

  removeAll(): void {
    rmSync(this.dir, { recursive: true, force: true });
    this.uploads.clear();
  }
}
