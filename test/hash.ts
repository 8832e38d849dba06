import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';

/** A fingerprint of a file or a whole folder (names, contents, links), to prove an input was not touched. */
export function hashTree(path: string): string {
  const hash = createHash('sha256');
  const visit = (current: string, name: string): void => {
    const stat = lstatSync(current);
    hash.update(`${name}\u0000${stat.mode}\u0000`);
    if (stat.isSymbolicLink()) hash.update(readlinkSync(current));
    else if (stat.isDirectory())
      for (const entry of readdirSync(current).sort()) visit(join(current, entry), `${name}/${entry}`);
    else hash.update(readFileSync(current));
  };
  visit(path, '');
  return hash.digest('hex');
}
