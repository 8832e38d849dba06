import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import type { Item } from '../../src/core/item.js';
import { TEXT_DETECTORS } from '../../src/detectors/index.js';
import { loadOcrEngine } from '../../src/detectors/photo/ocr.js';
import { PRECHECK, precheckOcr } from '../../src/detectors/photo/ocr-precheck.js';
import { detectImageText } from '../../src/detectors/photo/ocr-text.js';
import { writeMarkdownSection } from '../lib/markdown-section.js';
import { characterAccuracy } from '../ocr/accuracy.js';
import { readOcrLabels } from '../ocr/labels.js';

/**
 * `npm run eval:ocr [-- --write]`: the pre-check, PaddleOCR and the text detectors on eval-data/ocr (SOURCES.md
 * there): recall of risky text images, false flags on harmless ones (text and no-text), character accuracy, images
 * per second with OCR and the share of photos without text the pre-check skips. One image at a time on one core.
 * --write puts the tables into EVALUATION.md (eval:ocr) and BENCHMARKS.md (bench:ocr).
 */
const ROOT = fileURLToPath(new URL('../../eval-data/ocr/', import.meta.url));
const write = process.argv.includes('--write');

const item: Item = {
  platform: 'instagram',
  kind: 'photo',
  id: 'eval',
  text: '',
  createdAt: null,
  audience: 'public',
  engagement: {},
  media: [],
  locator: { input: ROOT, file: '' },
  flags: {},
};

const labels = await readOcrLabels(ROOT);
const engine = await loadOcrEngine();
const rows: {
  file: string;
  risky: boolean;
  hasText: boolean;
  read: boolean;
  reason: string;
  flagged: boolean;
  accuracy: number;
  seconds: number;
  categories: string[];
}[] = [];
let precheckSeconds = 0;
for (const label of labels) {
  const bytes = await readFile(join(ROOT, label.file));
  const t0 = performance.now();
  const meta = await sharp(bytes).metadata();
  const { data, info } = await sharp(bytes)
    .rotate()
    .resize({ width: PRECHECK.width })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const check = precheckOcr(data, info.width, info.height, meta.format ?? '');
  precheckSeconds += (performance.now() - t0) / 1000;
  let lines: Awaited<ReturnType<typeof engine.read>> = [];
  const t1 = performance.now();
  if (check.read) lines = await engine.read(bytes);
  const seconds = (performance.now() - t1) / 1000;
  const detections = detectImageText(lines, item, label.file, TEXT_DETECTORS, { employers: [], allowlist: [] });
  const readText = lines.map((line) => line.text).join('\n');
  rows.push({
    file: label.file,
    risky: label.risky,
    hasText: Boolean(label.text),
    read: check.read,
    reason: check.reason,
    flagged: detections.length > 0,
    accuracy: label.text ? characterAccuracy(readText, label.text) : 1,
    seconds,
    categories: [...new Set(detections.map((d) => `${d.category}:${d.severity}`))],
  });
  if (process.env.VERBOSE)
    console.log(
      label.file,
      check.reason,
      check.textRows.toFixed(2),
      JSON.stringify(readText.slice(0, 80)),
      rows.at(-1)?.categories,
    );
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)} %` : '–');
const risky = rows.filter((r) => r.risky);
const harmless = rows.filter((r) => !r.risky);
const textImages = rows.filter((r) => r.hasText);
const noText = rows.filter((r) => !r.hasText);
const readRows = rows.filter((r) => r.read);
const ocrSeconds = readRows.reduce((sum, r) => sum + r.seconds, 0);
const meanAccuracy = textImages.reduce((sum, r) => sum + r.accuracy, 0) / textImages.length;
const missed = risky.filter((r) => !r.flagged).map((r) => r.file);
const falseFlags = harmless.filter((r) => r.flagged).map((r) => `${r.file} (${r.categories.join(', ')})`);
const reasons = new Map<string, number>();
for (const r of rows) reasons.set(r.reason, (reasons.get(r.reason) ?? 0) + 1);

const evaluation = `## Words inside pictures (\`npm run eval:ocr\`)

${rows.length} images of \`eval-data/ocr\` (${risky.length} risky, ${harmless.length} harmless of which ${noText.length} without text; see its SOURCES.md): pre-check, then PaddleOCR PP-OCRv4, then the text detectors on what was read.

| measure | value |
|---|---|
| recall of risky text images | ${risky.filter((r) => r.flagged).length} / ${risky.length} = ${pct(risky.filter((r) => r.flagged).length, risky.length)} |
| false flags on harmless images | ${falseFlags.length} / ${harmless.length} = ${pct(falseFlags.length, harmless.length)} |
| character accuracy on text images (read by the pipeline, 0 when skipped) | ${meanAccuracy.toFixed(3)} |
| text images the pre-check sent to OCR | ${textImages.filter((r) => r.read).length} / ${textImages.length} |

Missed: ${missed.join(', ') || 'none'}. Falsely flagged: ${falseFlags.join(', ') || 'none'}.

_Run ${new Date().toISOString().slice(0, 10)}._`;

const bench = `## OCR cost (\`npm run eval:ocr\`, one core, shared 2-core machine)

| measure | value |
|---|---|
| images read by OCR | ${readRows.length} of ${rows.length} (${[...reasons].map(([k, v]) => `${k}: ${v}`).join(', ')}) |
| OCR speed on read images | ${(readRows.length / ocrSeconds).toFixed(2)} images/s (${(ocrSeconds / readRows.length).toFixed(2)} s/image) |
| pre-check cost | ${((1000 * precheckSeconds) / rows.length).toFixed(1)} ms/image |
| photos without text skipped by the pre-check | ${noText.filter((r) => !r.read).length} / ${noText.length} = ${pct(noText.filter((r) => !r.read).length, noText.length)} |

_Run ${new Date().toISOString().slice(0, 10)}._`;

console.log(`${evaluation}\n\n${bench}`);
if (write) {
  writeMarkdownSection(fileURLToPath(new URL('../../EVALUATION.md', import.meta.url)), 'eval:ocr', evaluation);
  writeMarkdownSection(fileURLToPath(new URL('../../BENCHMARKS.md', import.meta.url)), 'bench:ocr', bench);
}
