import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

async function addFile(hash: Hash, path: string): Promise<void> {
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
}

async function addPath(hash: Hash, path: string, name: string): Promise<void> {
  let info;
  try {
    info = await stat(path);
  } catch {
    hash.update(`missing ${name}\u0000`);
    return;
  }
  if (info.isDirectory()) {
    hash.update(`folder ${name}\u0000`);
    const entries = (await readdir(path)).sort();
    for (const entry of entries) await addPath(hash, join(path, entry), `${name}/${entry}`);
  } else if (info.isFile()) {
    hash.update(`file ${name} ${info.size}\u0000`);
    await addFile(hash, path);
  } else {
    hash.update(`other ${name}\u0000`);
  }
}

/**
 * A hash of the inputs' bytes (every file of a folder, with its name) and of `settings`: two audits with the same
 * fingerprint read exactly the same items. Hashing costs a fraction of reading: no unzip, no parse.
 */
export async function inputsFingerprint(inputs: readonly string[], settings: unknown): Promise<string> {
  const hash = createHash('sha1').update(JSON.stringify(settings));
  for (const input of inputs) await addPath(hash, input, input);
  return hash.digest('base64');
}
