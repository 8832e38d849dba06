/**
 * `tsx scripts/bench/x-import-child.ts ZIP`: the X importer alone over a zip, items counted and dropped (what the
 * importer's reading path costs, without the audit's storage): prints seconds, items and peak RSS as JSON.
 */
import { performance } from 'node:perf_hooks';
import { xImporter } from '../../src/importers/x/index.js';
import { openExport } from '../../src/source/open.js';

const [zip] = process.argv.slice(2);
if (!zip) throw new Error('usage: x-import-child.ts ZIP');
const started = performance.now();
const problems: string[] = [];
const source = await openExport(zip, (problem) => problems.push(problem.message));
let items = 0;
await xImporter.import(source, {
  item: () => void items++,
  problem: (problem) => problems.push(`${problem.file}: ${problem.message}`),
  account: () => {},
  position: () => {},
});
await source.close();
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ seconds, items, problems, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
