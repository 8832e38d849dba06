/**
 * `npm run eval:photos` (no folder): the photo rules on the held-out part of the photo dev set (eval-data/photos,
 * labels.jsonl `split: test`, never used by `npm run train:photos`). Model outputs come from the feature cache of
 * scripts/photos/features.ts, which runs the same decode and models as an audit; the shipped drinks head and the
 * rules of decide.ts are applied here exactly as in `analyseBytes`/`decidePhoto`. Pixels only: no caption,
 * friends-only audience, no location clusters. Prints recall per drinks tag, false flags per negative tag, the
 * confusion table before (objects-only rule) and after the head, and the head's time per photo.
 */
import type { Item } from '../../src/core/item.js';
import { modelFacts } from '../../src/detectors/photo/analyse.js';
import { decidePhoto } from '../../src/detectors/photo/decide.js';
import { drinksScore, loadDrinksHead } from '../../src/detectors/photo/drinks.js';
import { sceneOf } from '../../src/detectors/photo/scene.js';
import type { PhotoAnalysis } from '../../src/detectors/photo/types.js';
import { devFeatures, loadDevSet, type DevPhoto } from '../photos/features.js';

/** The post an evaluated photo belongs to: pixels only (no caption), friends-only, no location clusters. */
export const pixelsOnlyItem = (input: string): Item => ({
  platform: 'instagram',
  kind: 'photo',
  id: 'eval',
  text: '',
  createdAt: null,
  audience: 'friends',
  engagement: {},
  media: [],
  locator: { input, file: '' },
  flags: {},
});
const item = pixelsOnlyItem('eval-data/photos');

interface Judged {
  photo: DevPhoto;
  flagged: boolean;
  severity?: string;
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)} %` : '–');

function judge(photos: readonly DevPhoto[], analyses: Map<string, PhotoAnalysis>, threshold: number): Judged[] {
  return photos.map((photo) => {
    const party = decidePhoto(
      { analysis: analyses.get(photo.file)!, item, media: { path: photo.file, type: 'photo' }, spots: [] },
      threshold,
    ).find((d) => d.ruleId === 'photo/party');
    return { photo, flagged: Boolean(party), severity: party?.severity };
  });
}

function confusion(name: string, judged: readonly Judged[]): { row: string; recall: number; falseFlags: number } {
  const tp = judged.filter((j) => j.photo.label === 'drinks' && j.flagged).length;
  const fn = judged.filter((j) => j.photo.label === 'drinks' && !j.flagged).length;
  const fp = judged.filter((j) => j.photo.label === 'negative' && j.flagged).length;
  const tn = judged.filter((j) => j.photo.label === 'negative' && !j.flagged).length;
  return {
    row: `| ${name} | ${tp} | ${fn} | ${fp} | ${tn} | ${pct(tp, tp + fn)} | ${pct(tp, tp + fp)} | ${pct(fp, fp + tn)} |`,
    recall: tp / Math.max(1, tp + fn),
    falseFlags: fp / Math.max(1, fp + tn),
  };
}

/** The collection a photo comes from (SOURCES.md): its file name's prefix. */
const COLLECTIONS: Record<string, string> = {
  hb: 'Vietnamese beer outings (binh)',
  hk: 'beer products (khoa)',
  bc: 'household bottles and cups',
  co: 'COCO-style everyday photos',
};

function byTag(
  judged: readonly Judged[],
  label: DevPhoto['label'],
  tagsOf: (photo: DevPhoto) => readonly string[] = (photo) => photo.tags,
): string[] {
  const tags = new Map<string, { total: number; flagged: number }>();
  for (const j of judged.filter((j) => j.photo.label === label))
    for (const tag of tagsOf(j.photo)) {
      const t = tags.get(tag) ?? { total: 0, flagged: 0 };
      t.total++;
      if (j.flagged) t.flagged++;
      tags.set(tag, t);
    }
  return [...tags]
    .sort((a, b) => b[1].total - a[1].total || a[0].localeCompare(b[0]))
    .map(([tag, t]) => `| ${label} | ${tag} | ${t.total} | ${t.flagged} | ${pct(t.flagged, t.total)} |`);
}

export async function evaluateDevSet(): Promise<{ markdown: string; recall: number; falseFlags: number }> {
  const head = loadDrinksHead();
  if (!head) throw new Error('models/photo-drinks.json is missing: run npm run train:photos');
  const all = loadDevSet();
  const test = all.filter((p) => p.split === 'test');
  const features = await devFeatures(test);
  const analyses = new Map<string, PhotoAnalysis>();
  for (const photo of test) {
    const f = features.get(photo.file)!;
    const output = { nsfw: f.nsfw, objects: f.objects, embedding: Float32Array.from(f.embedding) };
    analyses.set(photo.file, { width: 320, height: 320, format: 'jpeg', ...modelFacts(output, f.brightness, head) });
  }
  const before = judge(test, analyses, Number.POSITIVE_INFINITY);
  const after = judge(test, analyses, head.threshold);
  const rows = [confusion('objects only (before)', before), confusion('with the drinks head', after)];

  const embeddings = test.map((p) => Float32Array.from(features.get(p.file)!.embedding));
  const rounds = 200;
  const started = performance.now();
  for (let r = 0; r < rounds; r++)
    test.forEach((p, i) => drinksScore(head, embeddings[i]!, features.get(p.file)!.objects, 0.5));
  const headMs = (performance.now() - started) / (rounds * test.length);
  const square = new Uint8Array(320 * 320 * 3).fill(97);
  const sceneStarted = performance.now();
  for (let r = 0; r < rounds; r++) sceneOf(square);
  const sceneMs = (performance.now() - sceneStarted) / rounds;

  const severities = ['medium', 'low']
    .map((s) => `${s} ${after.filter((j) => j.photo.label === 'drinks' && j.severity === s).length}`)
    .join(', ');
  const misses = after.filter((j) => j.photo.label === 'drinks' && !j.flagged).map((j) => j.photo.file);
  const falseFlags = after.filter((j) => j.photo.label === 'negative' && j.flagged).map((j) => j.photo.file);
  const markdown = [
    `Held-out part of the photo dev set (eval-data/photos, \`split: test\`): ${test.filter((p) => p.label === 'drinks').length} drinks/party photos, ${test.filter((p) => p.label === 'negative').length} other photos (bottles, mugs and cups, food, cafés, offices, sports, beaches, family events, everyday scenes, generated screenshots). Pixels only: no caption, friends-only audience. Head threshold ${head.threshold}.`,
    '',
    '| rule | drinks found | drinks missed | others flagged | others not flagged | recall | precision | false flags |',
    '|---|---|---|---|---|---|---|---|',
    ...rows.map((r) => r.row),
    '',
    `Severity of the drinks photos found: ${severities}.`,
    '',
    '| label | tag | photos | flagged | share |',
    '|---|---|---|---|---|',
    ...byTag(after, 'drinks'),
    ...byTag(after, 'negative'),
    '',
    '| label | collection | photos | flagged | share |',
    '|---|---|---|---|---|',
    ...(['drinks', 'negative'] as const).flatMap((label) =>
      byTag(after, label, (photo) => [
        photo.file.startsWith('ocr/')
          ? 'generated screenshots, chats, memes (eval-data/ocr)'
          : (COLLECTIONS[photo.file.split('-')[0]!] ?? 'other'),
      ]),
    ),
    '',
    'Caveat: 80 % of the drinks photos come from one collection (street beer gatherings in Vietnam); wine, cocktails, pubs and clubs elsewhere are few (see the collection rows), so recall there is measured on a handful of photos. Out of fold on the training split (5-fold, `npm run train:photos`) the head alone, without the object rule, kept 75 % recall at 3 % false flags.',
    '',
    `Head cost per photo: ${(headMs * 1000).toFixed(0)} µs for the head, ${(sceneMs * 1000).toFixed(0)} µs for the brightness cue; its 1280 image features come out of the nsfw pass that already ran (one more 5 kB read-back).`,
    '',
    `Missed: ${misses.join(', ') || 'none'}. Falsely flagged: ${falseFlags.join(', ') || 'none'}.`,
  ].join('\n');
  return { markdown, recall: rows[1]!.recall, falseFlags: rows[1]!.falseFlags };
}
