import { bestOf, countImported } from './timing.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { facebookImporter } from '../../src/importers/facebook/index.js';
import { openExport } from '../../src/source/open.js';
import type { ExportSource } from '../../src/source/types.js';
import { buildLargeFacebookExport } from '../../test/fixtures/samples/facebook.js';
import { writeFolder, writeZip } from '../../test/fixtures/samples/file-map.js';
import type { Bench } from './registry.js';

const POSTS = 50_000;
const MESSAGES = 200_000;
const ROUNDS = 3;

/** The floor: read every JSON file through the same source and JSON.parse it, nothing else. */
async function floor(source: ExportSource): Promise<number> {
  let files = 0;
  for (const path of source.paths) {
    if (!path.endsWith('.json')) continue;
    JSON.parse(await source.readText(path));
    files++;
  }
  return files;
}

/**
 * `npm run bench meta-import`: the Facebook importer (and the Meta code it shares with Instagram: mojibake repair,
 * message threads, media mapping) on a generated 2024+ export of 50,000 posts, 200,000 messages in 20 threads and
 * 5,000 friends, every non-ASCII character written as Meta's byte escapes. Folder and zip, against the floor of
 * reading and JSON.parse-ing the same files. Best of 3.
 */
export const metaImportBench: Bench = {
  name: 'meta-import',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'decorum-bench-meta-'));
    try {
      const files = buildLargeFacebookExport(POSTS, MESSAGES);
      const megabytes = Object.values(files).reduce((sum, content) => sum + content.length, 0) / 1e6;
      const folder = join(dir, 'export');
      const zip = join(dir, 'export.zip');
      writeFolder(folder, files);
      await writeZip(zip, files, 'facebook-bench/');
      const rows: string[] = [];
      let items = 0;
      for (const [label, input] of [
        ['folder', folder],
        ['zip', zip],
      ] as const) {
        const source = await openExport(input, () => {});
        try {
          const floor_ = await bestOf(ROUNDS, () => floor(source), null);
          items = await countImported(facebookImporter, source);
          const imported = await bestOf(ROUNDS, () => countImported(facebookImporter, source), items);
          const rate = Math.round(items / (imported.wall / 1000)).toLocaleString('en-US');
          rows.push(
            `| ${label} | ${floor_.wall.toFixed(0)} / ${floor_.cpu.toFixed(0)} | ${imported.wall.toFixed(0)} / ${imported.cpu.toFixed(0)} | ${rate} | ${(imported.wall / floor_.wall).toFixed(2)}× / ${(imported.cpu / floor_.cpu).toFixed(2)}× |`,
          );
        } finally {
          await source.close();
        }
      }
      return [
        `### Facebook importer (${items.toLocaleString('en-US')} items from ${POSTS.toLocaleString('en-US')} posts, ${MESSAGES.toLocaleString('en-US')} messages, 5,000 friends; ${megabytes.toFixed(0)} MB of JSON)`,
        '',
        '| input | floor: read + JSON.parse (ms wall / CPU) | import to Items (ms wall / CPU) | items/s (wall) | import ÷ floor (wall / CPU) |',
        '|---|---|---|---|---|',
        ...rows,
        '',
        'The floor reads the same files through the same source and only parses them; the import adds mojibake repair of',
        'every string, derived ids, media and exif mapping. Best of 3 rounds each.',
        `Load average while measuring: ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores (a busy shared machine makes every figure slower and noisier; the ratio is the figure to watch).`,
      ].join('\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
