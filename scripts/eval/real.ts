/**
 * `npm run eval:real [--write] [--queue FILE]`: audits every real export in ../shared/data/real-exports (override
 * with DECORUM_REAL_EXPORTS) through the same pipeline as `decorum audit --no-photos`, matches the findings with the
 * hand labels in eval-data/real-labels/ and prints, per export and overall:
 *   - top-20 precision: of the 20 highest-priority flagged items (one entry per item), the share judged at least low;
 *   - false alarms: of the labelled items judged none, the share flagged medium or high;
 *   - recall: of the labelled items judged medium or high, the share that get any finding;
 *   - how many of each top 20 have no label yet (label those before quoting a number).
 * --queue FILE writes the unlabelled items among each export's top 20 and its 50 highest medium/high items (the
 * sampling rule of ../shared/labelling.md) as JSON lines with their text only (no severity, reason or category),
 * shuffled, so they can be labelled blind.
 * --write puts the table into the "Real exports" section of EVALUATION.md.
 *
 * The exports are real people's data: their texts are never printed here, only ids and counts.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { runAudit } from '../../src/audit/pipeline.js';
import { SEVERITY_RANK } from '../../src/core/categories.js';
import type { Finding } from '../../src/core/finding.js';
import type { Item } from '../../src/core/item.js';
import { configSchema } from '../../src/config/schema.js';
import { textDetectors } from '../../src/detectors/index.js';
import { DEFAULT_LIMITS } from '../../src/source/types.js';
import { openStore } from '../../src/store/db.js';
import { loadRunItems } from '../../src/store/items.js';
import { writeMarkdownSection } from '../lib/markdown-section.js';
import { loadRealLabels, textHashOf, type RealLabel } from './real-labels.js';

const ROOT = join(import.meta.dirname, '..', '..');
const EXPORTS_DIR = process.env.DECORUM_REAL_EXPORTS ?? join(ROOT, '..', 'shared', 'data', 'real-exports');
const LABELS_DIR = join(ROOT, 'eval-data', 'real-labels');
/** Recency weighs into priority: a fixed "now" keeps the top 20 reproducible from day to day. */
const AS_OF = new Date('2026-12-01T00:00:00Z');
const TOP = 20;
/** The labelling protocol's cap: the 50 highest medium/high items of each export are labelled (../shared/labelling.md). */
const FLAGGED_SAMPLE = 50;

const args = process.argv.slice(2);
const write = args.includes('--write');
const queueIndex = args.indexOf('--queue');
const queueFile = queueIndex >= 0 ? args[queueIndex + 1] : undefined;
if (queueIndex >= 0 && !queueFile) {
  console.error('usage: npm run eval:real [--write] [--queue FILE]');
  process.exit(2);
}

interface Counts {
  itemsRead: number;
  labelled: number;
  topItems: number;
  topLabelled: number;
  topRisky: number;
  topUnlabelled: number;
  none: number;
  noneFlaggedMedium: number;
  mediumPlus: number;
  mediumPlusFound: number;
}

interface QueueEntry {
  export: string;
  platform: string;
  kind: string;
  itemId: string;
  textHash: string;
  text: string;
}

const emptyCounts = (): Counts => ({
  itemsRead: 0,
  labelled: 0,
  topItems: 0,
  topLabelled: 0,
  topRisky: 0,
  topUnlabelled: 0,
  none: 0,
  noneFlaggedMedium: 0,
  mediumPlus: 0,
  mediumPlusFound: 0,
});

const itemKey = (item: { platform: string; kind: string; id: string }) =>
  `${item.platform}\u0000${item.kind}\u0000${item.id}`;
const findingKey = (finding: Finding) => `${finding.platform}\u0000${finding.kind}\u0000${finding.itemId}`;

/**
 * Pairs items with labels one to one: by item id (the kind breaks ties), then, for labels whose id no longer occurs
 * (an importer changed how it derives ids), by the hash of the text. Identical texts elsewhere in the export (a
 * hundred "Happy birthday!" messages) do not inherit a label: each label counts once.
 */
function pairLabels(items: readonly Item[], labels: readonly RealLabel[]): Map<Item, RealLabel> {
  const byId = new Map<string, RealLabel[]>();
  for (const label of labels) byId.set(label.itemId, [...(byId.get(label.itemId) ?? []), label]);
  const paired = new Map<Item, RealLabel>();
  const used = new Set<RealLabel>();
  for (const item of items) {
    const candidates = byId.get(item.id)?.filter((label) => !used.has(label));
    const label = candidates?.find((candidate) => candidate.kind === item.kind) ?? candidates?.[0];
    if (!label) continue;
    paired.set(item, label);
    used.add(label);
  }
  const byHash = new Map<string, RealLabel[]>();
  for (const label of labels.filter((candidate) => !used.has(candidate)))
    byHash.set(label.textHash, [...(byHash.get(label.textHash) ?? []), label]);
  for (const item of items) {
    if (paired.has(item)) continue;
    const label = byHash.get(textHashOf(item.text))?.shift();
    if (label) paired.set(item, label);
  }
  return paired;
}

async function auditExport(zip: string): Promise<{ items: Item[]; findings: Finding[] }> {
  const db = openStore(':memory:');
  try {
    const config = configSchema.parse({}).audit;
    const result = await runAudit({
      inputs: [zip],
      db,
      config,
      detectors: textDetectors(config),
      limits: DEFAULT_LIMITS,
      now: AS_OF,
    });
    return { items: loadRunItems(db, result.runId), findings: result.findings };
  } finally {
    db.close();
  }
}

function measure(name: string, items: readonly Item[], findings: readonly Finding[], labels: readonly RealLabel[]) {
  const counts = emptyCounts();
  counts.itemsRead = items.length;
  const paired = pairLabels(items, labels);
  const labelOf = (item: Item) => paired.get(item);
  const itemByKey = new Map(items.map((item) => [itemKey(item), item]));
  const worst = new Map<string, number>();
  const ranked: string[] = [];
  for (const finding of findings) {
    const key = findingKey(finding);
    if (!worst.has(key)) ranked.push(key);
    worst.set(key, Math.max(worst.get(key) ?? 0, SEVERITY_RANK[finding.severity]));
  }
  const queue: QueueEntry[] = [];
  const entryOf = (item: Item): QueueEntry => ({
    export: name,
    platform: item.platform,
    kind: item.kind,
    itemId: item.id,
    textHash: textHashOf(item.text),
    text: item.text,
  });

  const top = ranked.slice(0, TOP);
  counts.topItems = top.length;
  for (const key of top) {
    const item = itemByKey.get(key) as Item;
    const label = labelOf(item);
    if (!label) {
      counts.topUnlabelled++;
      queue.push(entryOf(item));
      continue;
    }
    counts.topLabelled++;
    if (label.risk !== 'none') counts.topRisky++;
  }
  const flaggedSample = ranked.filter((key) => (worst.get(key) ?? 0) >= SEVERITY_RANK.medium).slice(0, FLAGGED_SAMPLE);
  for (const key of flaggedSample) {
    const item = itemByKey.get(key) as Item;
    if (!top.includes(key) && !labelOf(item)) queue.push(entryOf(item));
  }

  for (const item of items) {
    const label = labelOf(item);
    if (!label) continue;
    counts.labelled++;
    const severity = worst.get(itemKey(item)) ?? 0;
    if (label.risk === 'none') {
      counts.none++;
      if (severity >= SEVERITY_RANK.medium) counts.noneFlaggedMedium++;
    } else if (label.risk === 'medium' || label.risk === 'high') {
      counts.mediumPlus++;
      if (severity > 0) counts.mediumPlusFound++;
    }
  }
  return { counts, queue };
}

const ratio = (part: number, whole: number) => (whole === 0 ? '–' : `${(part / whole).toFixed(2)} (${part}/${whole})`);
const percent = (part: number, whole: number) =>
  whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)} % (${part}/${whole})`;

function row(name: string, c: Counts): string {
  return `| ${name} | ${c.itemsRead} | ${c.labelled} | ${ratio(c.topRisky, c.topLabelled)} | ${c.topUnlabelled}/${c.topItems} | ${percent(c.noneFlaggedMedium, c.none)} | ${ratio(c.mediumPlusFound, c.mediumPlus)} |`;
}

function add(total: Counts, c: Counts): void {
  for (const key of Object.keys(total) as (keyof Counts)[]) total[key] += c[key];
}

function shuffled<T>(entries: readonly T[]): T[] {
  const out = [...entries];
  let seed = 0x9e3779b9;
  const next = () => {
    seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return seed / 2 ** 32;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

if (!existsSync(EXPORTS_DIR)) {
  console.log(`eval:real: skipped, no real exports at ${EXPORTS_DIR} (set DECORUM_REAL_EXPORTS)`);
  process.exit(0);
}

const started = Date.now();
const labels = loadRealLabels(LABELS_DIR);
const zips = readdirSync(EXPORTS_DIR)
  .filter((name) => name.endsWith('.zip'))
  .sort();
const rows: string[] = [];
const total = emptyCounts();
const queue: QueueEntry[] = [];
const unread: string[] = [];
for (const zip of zips) {
  const name = basename(zip, '.zip');
  const { items, findings } = await auditExport(join(EXPORTS_DIR, zip));
  if (items.length === 0) unread.push(name);
  const result = measure(name, items, findings, labels.get(name) ?? []);
  rows.push(row(name, result.counts));
  add(total, result.counts);
  queue.push(...result.queue);
}

const header = [
  '| export | items read | labelled | top-20 precision (≥ low) | top 20 unlabelled | false alarms (none → medium+) | recall (medium+ found) |',
  '|---|---|---|---|---|---|---|',
];
const table = [...header, ...rows, row('**overall**', total)].join('\n');
console.log(table);
if (unread.length > 0) console.log(`\n0 items read: ${unread.join(', ')}`);
console.log(
  `\n${total.topUnlabelled} of ${total.topItems} top-20 items are unlabelled; ran in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
);

if (queueFile) {
  writeFileSync(
    queueFile,
    shuffled(queue)
      .map((entry) => JSON.stringify(entry))
      .join('\n') + (queue.length ? '\n' : ''),
  );
  console.log(`wrote ${queue.length} unlabelled items to ${queueFile} (text only: label them blind)`);
}

if (write) {
  const section = `## Real exports (\`npm run eval:real\`)

The whole text audit (\`decorum audit --no-photos\`, default config, judged as of ${AS_OF.toISOString().slice(0, 10)}) on the
${zips.length} real exports in \`../shared/data/real-exports/\` (real people's data, read in place, never copied), scored
against the hand labels in \`eval-data/real-labels/\` (how they were made: its README). Top-20 precision is the share of
the 20 highest-priority flagged items (one entry per item) judged at least \`low\`; false alarms are the share of labelled
items judged \`none\` that are flagged medium or high; recall is the share of labelled items judged \`medium\` or \`high\`
that get any finding. Overall sums the counts of all exports. The labelled set over-samples flagged items (every
medium/high item up to 50 per export), so false alarms and recall describe the labelled set, not a random sample.

${table}
${unread.length > 0 ? `\n0 items read today: ${unread.join(', ')}.\n` : ''}
${total.topUnlabelled} of ${total.topItems} top-20 items are unlabelled: a number is final only when this is 0
(\`npm run eval:real -- --queue FILE\` lists them to label blind).`;
  writeMarkdownSection(join(ROOT, 'EVALUATION.md'), 'eval:real', section, '# Evaluation');
}
