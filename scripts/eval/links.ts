import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAudit } from '../../src/audit/pipeline.js';
import { loadPlan } from '../../src/cli/plan.js';
import { configSchema } from '../../src/config/schema.js';
import { textDetectors } from '../../src/detectors/index.js';
import { createPhotoAnalyzer } from '../../src/detectors/photo/index.js';
import { linkCoverage } from '../../src/plan/build.js';
import { openStore } from '../../src/store/db.js';
import { writeMarkdownSection } from '../lib/markdown-section.js';

/**
 * `npm run eval:links [--no-photos] [--write]`: audits each bundled sample export on its own (`npm run samples`
 * first) and counts how many planned items have a deep link, how many only exact find steps, and how many
 * neither. With --write the table goes into EVALUATION.md (section eval:links).
 */
const SAMPLES: readonly [string, string[]][] = [
  ['X archive (2026)', ['x-archive.zip']],
  ['X archive, newer (2026)', ['x-archive-newer.zip']],
  ['X archive (2019, folder)', ['x-archive-2019']],
  ['X Grailbird archive (2018)', ['x-archive-grailbird.zip']],
  ['Facebook (two zips)', ['facebook-export-part1.zip', 'facebook-export-part2.zip']],
  ['Facebook (2022, folder)', ['facebook-export-2022']],
  ['Instagram', ['instagram-export.zip']],
  ['Instagram (2021, folder)', ['instagram-export-2021']],
  ['LinkedIn', ['linkedin-export.zip']],
  ['LinkedIn (2021, folder)', ['linkedin-export-2021']],
];
const args = process.argv.slice(2);
const photos = !args.includes('--no-photos');
const config = configSchema.parse({}).audit;
const percent = (part: number, whole: number): string => (whole ? `${Math.round((part / whole) * 100)} %` : '–');

const rows: string[] = [];
const dir = mkdtempSync(join(tmpdir(), 'decorum-eval-links-'));
try {
  for (const [name, files] of SAMPLES) {
    const inputs = files.map((file) => join('samples', file));
    if (!inputs.every(existsSync)) {
      console.error(`missing ${inputs.join(', ')}: run npm run samples first`);
      process.exit(2);
    }
    const db = openStore(join(dir, `${rows.length}.db`));
    try {
      await runAudit({
        inputs,
        db,
        config,
        detectors: textDetectors(config),
        ...(photos ? { media: createPhotoAnalyzer({ db }) } : {}),
        now: new Date('2026-03-01T00:00:00Z'),
      });
      const coverage = linkCoverage(loadPlan(db).entries);
      rows.push(
        `| ${name} | ${coverage.items} | ${coverage.linked} (${percent(coverage.linked, coverage.items)}) | ${coverage.findStepsOnly} | ${coverage.neither} | ${percent(coverage.linked + coverage.findStepsOnly, coverage.items)} |`,
      );
    } finally {
      db.close();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const table = [
  '| Sample export | Planned items | Deep link | Find steps only | Neither | Link or steps |',
  '|---|---:|---:|---:|---:|---:|',
  ...rows,
].join('\n');
console.log(table);
if (args.includes('--write')) {
  writeMarkdownSection(
    'EVALUATION.md',
    'eval:links',
    `## A way to every item (\`npm run eval:links\`)

Each bundled sample export audited on its own (${photos ? 'text and photos' : 'text only'}, as of 2026-03-01); one
row per planned item of \`decorum plan\` (items the export lists as deleted are gone and not counted). A deep link
opens the item itself; find steps give the menu path, the day and the opening words.

${table}

Below the 90 % deep-link target: Facebook and Instagram, because their exports hold nothing to build a link from.
Facebook gives posts no id (\`docs/importers/facebook.md\`); only photos carry one, in their file name
(\`<a>_<photo id>_<b>_n.jpg\` → \`facebook.com/photo.php?fbid=\`), and the profile links to \`facebook.com/me/about\`.
Text posts, page likes without a \`url\`, comments and Messenger messages get the Activity log (or Messenger)
path, the day and the opening words instead. Instagram names media by ids that are not the codes
\`instagram.com/p/<code>\` takes, so no Instagram post, story or comment has a link: each gets the Your activity
path, the day and the opening words. Every planned item on every sample has a link or exact find steps.`,
  );
}
