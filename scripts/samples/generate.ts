import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { SAMPLE_WRITERS } from '../../test/fixtures/samples/registry.js';

/** `npm run samples [DIR]`: writes every synthetic export to `samples/` (deterministic: same bytes each run). */
const outDir = resolve(process.argv[2] ?? 'samples');
mkdirSync(outDir, { recursive: true });
for (const writer of SAMPLE_WRITERS) {
  const written = await writer.write(outDir);
  for (const path of written) console.log(`wrote ${path}`);
}
