import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A committed model file in models/ at the package root, found by walking up from this module (src/… in
 * development, dist/… when installed); null when the package has none.
 */
export function findModelFile(name: string): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'models', name);
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  return null;
}
