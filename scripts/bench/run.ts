import { BENCHES } from './registry.js';
import { writeMarkdownSection } from '../lib/markdown-section.js';
import { cpus } from 'node:os';

/**
 * `npm run bench [name…]`: runs the benchmarks (all, or the ones named) and writes each one's section of
 * BENCHMARKS.md. Numbers are from this machine; the command is the way to reproduce them.
 */
const wanted = new Set(process.argv.slice(2));
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`;
for (const bench of BENCHES) {
  if (wanted.size && !wanted.has(bench.name)) continue;
  console.error(`bench ${bench.name}…`);
  const markdown = await bench.run();
  writeMarkdownSection(
    'BENCHMARKS.md',
    `bench:${bench.name}`,
    `${markdown.trim()}\n\n_Measured ${new Date().toISOString().slice(0, 10)} on ${machine} with \`npm run bench ${bench.name}\`._`,
    '# Benchmarks\n\nEvery figure here is reproduced by the command under it. Nothing is a timed test.',
  );
  console.log(markdown);
}
