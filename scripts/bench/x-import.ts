import { bestOf, countImported } from './timing.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { xImporter } from '../../src/importers/x/index.js';
import { openExport } from '../../src/source/open.js';
import type { ExportSource } from '../../src/source/types.js';
import { writeFolder, writeZip } from '../../test/fixtures/samples/file-map.js';
import { buildLargeXArchive } from '../../test/fixtures/samples/x.js';
import type { Bench } from './registry.js';

const COUNT = 100_000;
const ROUNDS = 3;

/** The floor: read every tweets file through the same source and JSON.parse it, nothing else. */
async function floor(source: ExportSource): Promise<number> {
  let records = 0;
  for (const path of source.paths) {
    if (!/^data\/tweets(?:-part\d+)?\.js$/.test(path)) continue;
    const text = await source.readText(path);
    records += (JSON.parse(text.slice(text.indexOf('['))) as unknown[]).length;
  }
  return records;
}

/**
 * `npm run bench x-import`: the X importer alone on a generated 100k-tweet archive (4 parts, ~105 MB), as an
 * unpacked folder and as a zip, against the floor of reading and JSON.parse-ing the same files. Best of 3.
 */
export const xImportBench: Bench = {
  name: 'x-import',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'decorum-bench-x-'));
    try {
      const files = buildLargeXArchive(COUNT);
      const folder = join(dir, 'archive');
      const zip = join(dir, 'archive.zip');
      writeFolder(folder, files);
      await writeZip(zip, files, 'twitter-2026-01-12-bench/');
      const rows: string[] = [];
      for (const [label, input] of [
        ['folder', folder],
        ['zip', zip],
      ] as const) {
        const source = await openExport(input, () => {});
        try {
          const floor_ = await bestOf(ROUNDS, () => floor(source), COUNT);
          const imported = await bestOf(ROUNDS, () => countImported(xImporter, source), COUNT);
          const rate = Math.round(COUNT / (imported.wall / 1000)).toLocaleString('en-US');
          rows.push(
            `| ${label} | ${floor_.wall.toFixed(0)} / ${floor_.cpu.toFixed(0)} | ${imported.wall.toFixed(0)} / ${imported.cpu.toFixed(0)} | ${rate} | ${(imported.wall / floor_.wall).toFixed(2)}× / ${(imported.cpu / floor_.cpu).toFixed(2)}× |`,
          );
        } finally {
          await source.close();
        }
      }
      return [
        `### X importer (${COUNT.toLocaleString('en-US')} tweets in 4 parts, ~105 MB)`,
        '',
        '| input | floor: read + JSON.parse (ms wall / CPU) | import to Items (ms wall / CPU) | tweets/s (wall) | import ÷ floor (wall / CPU) |',
        '|---|---|---|---|---|',
        ...rows,
        '',
        'The floor reads the same files through the same source and only parses them. Best of 3 rounds each.',
        `Load average while measuring: ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores (a busy shared machine makes every figure slower and noisier; the ratio is the figure to watch).`,
      ].join('\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
