import { readFile, readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { decidePhoto } from '../../src/detectors/photo/decide.js';
import { workerAnalyser } from '../../src/detectors/photo/pool.js';
import { writeMarkdownSection } from '../lib/markdown-section.js';
import { evaluateDevSet, pixelsOnlyItem } from './photos-dev.js';

/**
 * `npm run eval:photos [--write]`: the held-out photo dev set (scripts/eval/photos-dev.ts).
 * `npm run eval:photos DIR [--write]`: runs the photo rules on a folder of labelled images and prints recall per
 * label and false flags on neutral ones. DIR holds subfolders named by label:
 *   alcohol/, party/ — should get `photo/party`;  nudity/ — `photo/nsfw`;  neutral/ — nothing.
 * Images are judged on their pixels alone (no caption, friends-only, no location clusters): the hardest case.
 * With --write the table goes into EVALUATION.md (section eval:photos); --note="…" says what the folder held.
 */
const LABELS = { alcohol: 'photo/party', party: 'photo/party', nudity: 'photo/nsfw', neutral: null } as const;
type Label = keyof typeof LABELS;
const IMAGE = /\.(?:jpe?g|png|webp|gif|tiff?|avif|heic|heif)$/i;

const args = process.argv.slice(2);
const dir = args.find((arg) => !arg.startsWith('--'));
const note = args.find((arg) => arg.startsWith('--note='))?.slice('--note='.length);
if (!dir) {
  const { markdown } = await evaluateDevSet();
  console.log(markdown);
  if (args.includes('--write'))
    writeMarkdownSection(
      'EVALUATION.md',
      'eval:photos dev set',
      `### Photo dev set (\`npm run eval:photos\`)\n\n${markdown}\n\n_Run ${new Date().toISOString().slice(0, 10)}._`,
      '# Evaluation',
    );
  process.exit(0);
}

const item = pixelsOnlyItem(dir);

const pool = await workerAnalyser(Math.min(2, availableParallelism()));
const rows: { label: Label; total: number; hit: number; flagged: number; skipped: number; misses: string[] }[] = [];
try {
  for (const label of Object.keys(LABELS) as Label[]) {
    let files: string[];
    try {
      files = (await readdir(join(dir, label))).filter((name) => IMAGE.test(name)).sort();
    } catch {
      continue;
    }
    const row = { label, total: 0, hit: 0, flagged: 0, skipped: 0, misses: [] as string[] };
    await Promise.all(
      files.map(async (name) => {
        const path = join(dir, label, name);
        const outcome = await pool.analyse(await readFile(path));
        if (!outcome.ok) {
          row.skipped++;
          return;
        }
        row.total++;
        const rules = decidePhoto({
          analysis: outcome.analysis,
          item,
          media: { path: name, type: 'photo' },
          spots: [],
        }).map((d) => d.ruleId);
        if (rules.length) row.flagged++;
        const wanted = LABELS[label];
        if (wanted && rules.includes(wanted)) row.hit++;
        else if (wanted) row.misses.push(basename(path));
      }),
    );
    rows.push(row);
  }
} finally {
  await pool.close();
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(0)} %` : '–');
const table = [
  '| folder | images | expected rule | recall | any finding | skipped |',
  '|---|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.label}/ | ${r.total} | ${LABELS[r.label] ?? 'none'} | ${LABELS[r.label] ? pct(r.hit, r.total) : '–'} | ${pct(r.flagged, r.total)}${r.label === 'neutral' ? ' (false flags)' : ''} | ${r.skipped} |`,
  ),
].join('\n');
console.log(table);
for (const r of rows) if (r.misses.length) console.log(`missed in ${r.label}/: ${r.misses.slice(0, 20).join(', ')}`);
if (args.includes('--write')) {
  writeMarkdownSection(
    'EVALUATION.md',
    'eval:photos',
    `### Photos (\`npm run eval:photos DIR\`)\n\n${note ? `${note}\n\n` : ''}Pixels only: no caption, friends-only audience, no location clusters.\n\n${table}\n\n_Run ${new Date().toISOString().slice(0, 10)}._`,
    '# Evaluation',
  );
}
