/**
 * The photo dev set (eval-data/photos) and its model outputs, cached: `npx tsx scripts/photos/features.ts` fills
 * the cache, and `npm run train:photos` / `npm run eval:photos` read it. Each image goes through the same decode
 * and models as an audit (src/detectors/photo), so the features are exactly what the head sees at run time.
 * The cache (.cache/photo-features.json, ~6 MB, not committed) is keyed by each file's SHA-256 and the analysis
 * version, so relabelling costs nothing and changed images or models are recomputed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { decodeImage } from '../../src/detectors/photo/image.js';
import { loadPhotoModels } from '../../src/detectors/photo/models.js';
import { sceneOf } from '../../src/detectors/photo/scene.js';
import { ANALYSIS_VERSION, type DetectedObject, type NsfwScores } from '../../src/detectors/photo/types.js';

const ROOT = join(import.meta.dirname, '..', '..');
export const DEV_SET = join(ROOT, 'eval-data', 'photos');
const CACHE = join(ROOT, '.cache', 'photo-features.json');

export interface DevPhoto {
  file: string;
  /** `drinks`: drinks, people drinking or a party; `negative`: everything else (many of them hard cases). */
  label: 'drinks' | 'negative';
  tags: string[];
  split: 'train' | 'test';
}

export interface PhotoFeatures {
  sha256: string;
  version: number;
  embedding: number[];
  nsfw: NsfwScores;
  objects: DetectedObject[];
  brightness: number;
}

/** Generated screenshots, chats, memes and cards of the OCR set (issue #18): negatives the photos lack. */
const SCREENSHOTS = join(ROOT, 'eval-data', 'ocr', 'generated');

/**
 * The labelled photos, plus the OCR set's generated screenshots as negatives (tag `screenshot`): social exports
 * are full of them, and a head that never saw one scored some 1.0. Their split follows the same file-name hash.
 */
export function loadDevSet(): DevPhoto[] {
  const read = (dir: string) =>
    readFileSync(join(dir, 'labels.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  const photos = read(DEV_SET) as unknown as DevPhoto[];
  const screenshots = read(SCREENSHOTS).map((row): DevPhoto => {
    const file = `ocr/${String(row.file)}`;
    const split = createHash('sha256').update(file).digest()[0]! % 3 === 0 ? 'test' : 'train';
    return { file, label: 'negative', tags: ['screenshot', String(row.kind)], split };
  });
  return [...photos, ...screenshots];
}

export const imagePath = (photo: DevPhoto) =>
  photo.file.startsWith('ocr/')
    ? join(SCREENSHOTS, '..', photo.file.slice('ocr/'.length))
    : join(DEV_SET, 'images', photo.file);

/** Features for every photo, from the cache where its bytes and the analysis version match. */
export async function devFeatures(photos: readonly DevPhoto[]): Promise<Map<string, PhotoFeatures>> {
  const cache: Record<string, PhotoFeatures> = existsSync(CACHE)
    ? (JSON.parse(readFileSync(CACHE, 'utf8')) as Record<string, PhotoFeatures>)
    : {};
  const out = new Map<string, PhotoFeatures>();
  let models: Awaited<ReturnType<typeof loadPhotoModels>> | undefined;
  let computed = 0;
  for (const photo of photos) {
    const bytes = readFileSync(imagePath(photo));
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const cached = cache[photo.file];
    if (cached?.sha256 === sha256 && cached.version === ANALYSIS_VERSION) {
      out.set(photo.file, cached);
      continue;
    }
    models ??= await loadPhotoModels();
    const decoded = await decodeImage(bytes, models.size);
    if (!decoded.rgb) throw new Error(`${photo.file}: ${decoded.note ?? 'not decodable'}`);
    const { nsfw, objects, embedding } = await models.run(decoded.rgb);
    const features: PhotoFeatures = {
      sha256,
      version: ANALYSIS_VERSION,
      embedding: Array.from(embedding, (v) => Math.round(v * 1e4) / 1e4),
      nsfw,
      objects,
      brightness: sceneOf(decoded.rgb).brightness,
    };
    cache[photo.file] = features;
    out.set(photo.file, features);
    if (++computed % 50 === 0) console.error(`features: ${computed} images computed`);
  }
  if (computed) {
    mkdirSync(dirname(CACHE), { recursive: true });
    writeFileSync(CACHE, JSON.stringify(cache));
  }
  return out;
}

if (import.meta.filename === process.argv[1]) {
  const started = performance.now();
  const photos = loadDevSet();
  await devFeatures(photos);
  console.log(`${photos.length} photos' features in ${((performance.now() - started) / 1000).toFixed(1)} s (${CACHE})`);
}
