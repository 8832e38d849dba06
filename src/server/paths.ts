import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The package root: two levels up from both src/server/ (tsx) and dist/server/ (built). */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const WEB_DIST = join(PACKAGE_ROOT, 'web', 'dist');

/** The bundled sample exports that "try it on the samples" audits together. */
export function bundledSamples(): string[] {
  const dir = join(PACKAGE_ROOT, 'samples');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.zip'))
    .sort()
    .map((name) => join(dir, name));
}
