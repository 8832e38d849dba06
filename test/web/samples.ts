import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SAMPLE_WRITERS } from '../fixtures/samples/registry.js';

/** Writes every bundled sample export into a fresh folder and returns the zips among them. */
export async function writeSamples(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'decorum-samples-'));
  const written: string[] = [];
  for (const writer of SAMPLE_WRITERS) written.push(...(await writer.write(dir)));
  return written.filter((path) => path.endsWith('.zip')).sort();
}
