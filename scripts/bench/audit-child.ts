/**
 * One measurement of the audit benchmark, in its own process so peak RSS belongs to it alone.
 * `floor ZIP`: read every data/*.js file and JSON.parse it — the least any importer must do.
 * `audit ZIP DB`: the whole `decorum audit` pipeline without photos.
 */
import { performance } from 'node:perf_hooks';
import { runAudit } from '../../src/audit/pipeline.js';
import { configSchema } from '../../src/config/schema.js';
import { textDetectors } from '../../src/detectors/index.js';
import { openExport } from '../../src/source/open.js';
import { openStore } from '../../src/store/db.js';
import { loadRunItems } from '../../src/store/items.js';

const [mode, zip, dbPath] = process.argv.slice(2);
if (!zip) throw new Error('usage: audit-child floor|audit ZIP [DB]');

const started = performance.now();
let count = 0;
/** Seconds per stage: reading + importing + storing items, running the detectors, storing findings. */
let phases: Record<string, number> | undefined;
if (mode === 'floor') {
  const source = await openExport(zip, () => {});
  for (const path of source.paths.filter((p) => /^data\/[^/]+\.js$/.test(p))) {
    const text = await source.readText(path);
    const parsed: unknown = JSON.parse(
      text
        .slice(text.indexOf('=') + 1)
        .trim()
        .replace(/;$/, ''),
    );
    if (Array.isArray(parsed) && path.includes('tweets')) count += parsed.length;
  }
  await source.close();
} else {
  const db = openStore(dbPath ?? ':memory:');
  const config = configSchema.parse({}).audit;
  const phaseStart = new Map<string, number>();
  const result = await runAudit({
    inputs: [zip],
    db,
    config,
    detectors: textDetectors(config),
    onProgress: ({ phase }) => {
      if (!phaseStart.has(phase)) phaseStart.set(phase, performance.now());
    },
  });
  const at = (phase: string) => phaseStart.get(phase) ?? started;
  phases = {
    read: (at('detect') - started) / 1000,
    detect: (at('save') - at('detect')) / 1000,
    saveFindings: (performance.now() - at('save')) / 1000,
  };
  count = loadRunItems(db, result.runId).filter(
    (item) => item.platform === 'x' && item.kind !== 'like' && item.kind !== 'message',
  ).length;
  db.close();
}
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ mode, seconds, count, phases, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
