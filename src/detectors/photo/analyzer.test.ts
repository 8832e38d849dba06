import { describe, expect, it } from 'vitest';
import { samplePhoto } from '../../../test/fixtures/samples/images.js';
import { EMPTY_CONTEXT } from '../../core/detector.js';
import type { Item, MediaRef } from '../../core/item.js';
import type { ExportSource } from '../../source/types.js';
import { openStore } from '../../store/db.js';
import { createPhotoAnalyzer } from './analyzer.js';
import { analyseBytes } from './analyse.js';
import { EMBEDDING_SIZE } from './drinks.js';
import type { PhotoModels } from './models.js';
import type { Analyser } from './pool.js';
import { badInputs } from '../../../test/fixtures/images.js';

/** An export held in memory. */
function memorySource(files: Record<string, Buffer>): ExportSource {
  const paths = Object.keys(files).sort();
  return {
    label: 'memory.zip',
    paths,
    has: (path) => path in files,
    inputOf: () => 'memory.zip',
    size: (path) => files[path]?.length,
    read: async (path) => {
      const bytes = files[path];
      if (!bytes) throw new Error(`no ${path}`);
      return bytes;
    },
    readText: async (path) => files[path]?.toString('utf8') ?? '',
    close: async () => {},
  };
}

/**
 * Real decoding and EXIF, fake models: every decoded image "shows" what `scene` says, so the pipeline's
 * plumbing (cache, progress, problems, thumbnails, location clustering) is tested without loading tfjs.
 */
function fakeAnalyser(scene: (bytes: Uint8Array) => Awaited<ReturnType<PhotoModels['run']>>) {
  let calls = 0;
  const timings = { nsfw: 0, detector: 0, images: 0 };
  const modelsFor = (bytes: Uint8Array): PhotoModels => ({ size: 320, timings, run: async () => scene(bytes) });
  const analyser: Analyser & { calls: () => number } = {
    analyse: (bytes) => {
      calls++;
      return analyseBytes(modelsFor(bytes), bytes);
    },
    timings: async () => timings,
    close: async () => {},
    calls: () => calls,
  };
  return analyser;
}

const party = {
  nsfw: { drawing: 0, hentai: 0, neutral: 0.95, porn: 0.02, sexy: 0.03 },
  objects: [
    { label: 'person', score: 0.8, box: [0.1, 0.1, 0.3, 0.8] as [number, number, number, number] },
    { label: 'person', score: 0.7, box: [0.5, 0.1, 0.3, 0.8] as [number, number, number, number] },
    { label: 'wine glass', score: 0.6, box: [0.45, 0.5, 0.05, 0.1] as [number, number, number, number] },
  ],
  embedding: new Float32Array(EMBEDDING_SIZE),
};
const nothing = {
  nsfw: { drawing: 0, hentai: 0, neutral: 0.99, porn: 0, sexy: 0.01 },
  objects: [],
  embedding: new Float32Array(EMBEDDING_SIZE),
};

const post = (id: string, text: string, media: MediaRef[], audience: Item['audience'] = 'friends'): Item => ({
  platform: 'instagram',
  kind: 'post',
  id,
  text,
  createdAt: '2025-11-14T22:45:00Z',
  audience,
  engagement: {},
  media,
  locator: { input: 'memory.zip', file: 'posts.json', index: Number(id) },
  flags: {},
});

describe('createPhotoAnalyzer', () => {
  it('flags the bar outing, not the neutral photo; caches; reports bad files and videos', async () => {
    const bar = await samplePhoto('bar-outing');
    const neutral = await samplePhoto('neutral');
    const bad = await badInputs();
    const files: Record<string, Buffer> = {
      'media/bar.jpg': bar,
      'media/neutral.jpg': neutral,
      'media/truncated.jpg': bad['truncated.jpg']!,
      'media/empty.jpg': bad['zero-byte.jpg']!,
      'media/clip.mp4': Buffer.from('not really a video'),
    };
    const source = memorySource(files);
    const items = [
      post('1', 'Shots shots shots! 🍻', [{ path: 'media/bar.jpg', type: 'photo' }], 'public'),
      post('2', 'New monitor setup', [{ path: 'media/neutral.jpg', type: 'photo' }], 'public'),
      post('3', '', [
        { path: 'media/truncated.jpg', type: 'photo' },
        { path: 'media/empty.jpg', type: 'photo' },
        { path: 'media/clip.mp4', type: 'video' },
        { path: null, type: 'photo' },
      ]),
    ];
    const analyser = fakeAnalyser((bytes) => (Buffer.from(bytes).equals(bar) ? party : nothing));
    const db = openStore(':memory:');
    const progress: [number, number][] = [];
    const photos = createPhotoAnalyzer({ db, analyser });
    const work = items.map((item) => ({ item, source }));
    const result = await photos.analyze(work, EMPTY_CONTEXT, (done, total) => progress.push([done, total]));

    const found = result.detections.map(({ item, detection }) => [item.id, detection.ruleId, detection.severity]);
    expect(found).toEqual([
      ['1', 'photo/party', 'medium'],
      ['1', 'photo/location', 'low'],
    ]);
    for (const { detection } of result.detections) {
      expect(detection.mediaPath).toBe('media/bar.jpg');
      expect(detection.details?.thumbnail).toMatch(/^data:image\/jpeg;base64,/);
    }
    expect(result.problems).toEqual([
      { file: 'media/clip.mp4', message: expect.stringMatching(/1 video was not analysed/) },
      { file: 'media/truncated.jpg', message: expect.stringMatching(/photo skipped: corrupt or truncated jpeg/) },
      { file: 'media/empty.jpg', message: expect.stringMatching(/photo skipped: empty file/) },
    ]);
    expect(progress[0]).toEqual([0, 4]);
    expect(progress.at(-1)).toEqual([4, 4]);
    expect(photos.stats).toMatchObject({ photos: 4, analysed: 4, cached: 0, skipped: 2, videos: 1 });

    // A re-run looks at nothing again and gives the same findings, thumbnails from the cache.
    const again = await photos.analyze(work, EMPTY_CONTEXT, () => {});
    expect(analyser.calls()).toBe(4);
    expect(photos.stats).toMatchObject({ analysed: 0, cached: 4 });
    expect(again.detections.map((d) => d.detection)).toEqual(result.detections.map((d) => d.detection));
  });

  it('reports photos taken where many others were taken (home), from file GPS and platform geo', async () => {
    const files: Record<string, Buffer> = {};
    const items: Item[] = [];
    for (let i = 0; i < 4; i++) {
      files[`media/home${i}.jpg`] = await samplePhoto('home', i); // a day apart, a few metres apart
      items.push(post(String(i), '', [{ path: `media/home${i}.jpg`, type: 'photo' }]));
    }
    files['media/plain.jpg'] = await samplePhoto('landscape');
    items.push(
      post('9', '', [{ path: 'media/plain.jpg', type: 'photo', geo: { latitude: 47.6151, longitude: -122.3196 } }]),
    );
    const analyser = fakeAnalyser(() => nothing);
    const result = await createPhotoAnalyzer({ analyser, thumbnails: false }).analyze(
      items.map((item) => ({ item, source: memorySource(files) })),
      EMPTY_CONTEXT,
      () => {},
    );
    expect(result.detections.map(({ item, detection }) => [item.id, detection.ruleId, detection.category])).toEqual([
      ['0', 'photo/location', 'location'],
      ['1', 'photo/location', 'location'],
      ['2', 'photo/location', 'location'],
      ['3', 'photo/location', 'location'],
      ['9', 'photo/location', 'location'],
    ]);
    expect(result.detections[0]?.detection.details).toMatchObject({ photosAtSpot: 5, source: 'GPS in the photo file' });
    expect(result.detections[4]?.detection.details).toMatchObject({ source: 'GPS the platform kept with the photo' });
    expect(result.detections[0]?.detection.details?.thumbnail).toBeUndefined();
  });

  it('with four photos at home it is not yet "home"', async () => {
    const files: Record<string, Buffer> = {};
    for (const i of [0, 1, 2, 3]) files[`h${i}.jpg`] = await samplePhoto('home', i);
    const items = Object.keys(files).map((path, i) => post(String(i), '', [{ path, type: 'photo' }]));
    const result = await createPhotoAnalyzer({ analyser: fakeAnalyser(() => nothing) }).analyze(
      items.map((item) => ({ item, source: memorySource(files) })),
      EMPTY_CONTEXT,
      () => {},
    );
    expect(result.detections).toEqual([]);
  });

  it('does not take one photo posted five times, or one night out, for home', async () => {
    const bar = await samplePhoto('bar-outing');
    const files: Record<string, Buffer> = {};
    for (let i = 0; i < 5; i++) files[`copy${i}.jpg`] = bar; // post, story, album, two messages
    for (let i = 0; i < 5; i++) files[`night${i}.jpg`] = Buffer.concat([bar, Buffer.from([i])]); // same EXIF day
    const items = Object.keys(files).map((path, i) => post(String(i), '', [{ path, type: 'photo' }]));
    const result = await createPhotoAnalyzer({ analyser: fakeAnalyser(() => nothing) }).analyze(
      items.map((item) => ({ item, source: memorySource(files) })),
      EMPTY_CONTEXT,
      () => {},
    );
    expect(result.detections).toEqual([]);
  });

  it('keeps going when the models cannot run: one problem, no crash, nothing cached', async () => {
    const files = { 'a.jpg': await samplePhoto('neutral'), 'b.jpg': await samplePhoto('landscape') };
    const items = Object.keys(files).map((path, i) => post(String(i), '', [{ path, type: 'photo' }]));
    const broken: Analyser = {
      analyse: async () => {
        throw new Error('photo models did not load: out of memory');
      },
      timings: async () => ({ nsfw: 0, detector: 0, images: 0 }),
      close: async () => {},
    };
    const db = openStore(':memory:');
    const result = await createPhotoAnalyzer({ db, analyser: broken }).analyze(
      items.map((item) => ({ item, source: memorySource(files) })),
      EMPTY_CONTEXT,
      () => {},
    );
    expect(result.detections).toEqual([]);
    expect(result.problems).toEqual([
      {
        file: expect.stringMatching(/^[ab]\.jpg$/),
        message: '2 photos were not analysed: photo models did not load: out of memory',
      },
    ]);
    expect((db.prepare('SELECT COUNT(*) AS n FROM photo_cache').get() as { n: number }).n).toBe(0);
  });
});
