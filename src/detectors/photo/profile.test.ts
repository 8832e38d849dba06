import { describe, expect, it } from 'vitest';
import { memorySource } from '../../../test/fixtures/memory-source.js';
import type { Analyser } from './pool.js';
import { avatarFactsOf, lookAtProfilePhotos } from './profile.js';
import { plainJpeg } from '../../../test/fixtures/images.js';
import type { PhotoAnalysis } from './types.js';

const analysis = (over: Partial<PhotoAnalysis>): PhotoAnalysis => ({
  width: 400,
  height: 400,
  format: 'jpeg',
  nsfw: { drawing: 0, hentai: 0, neutral: 0.9, porn: 0.02, sexy: 0.08 },
  objects: [],
  ...over,
});

describe('avatarFactsOf', () => {
  it.each([
    { name: 'one person', objects: [{ label: 'person', score: 0.9 }], people: 1, drinks: [] },
    {
      name: 'a group with beers; a weak person and cup are not counted',
      objects: [
        { label: 'person', score: 0.9 },
        { label: 'person', score: 0.7 },
        { label: 'person', score: 0.1 },
        { label: 'bottle', score: 0.6 },
        { label: 'cup', score: 0.1 },
      ],
      people: 2,
      drinks: ['bottle'],
    },
    { name: 'nothing', objects: [], people: 0, drinks: [] },
  ])('$name', ({ objects, people, drinks }) => {
    const facts = avatarFactsOf(
      'a.jpg',
      analysis({ objects: objects.map((o) => ({ ...o, box: [0, 0, 1, 1] as [number, number, number, number] })) }),
    );
    expect(facts).toMatchObject({ path: 'a.jpg', people, drinks, racy: { porn: 0.02, hentai: 0, sexy: 0.08 } });
    expect(facts.unreadable).toBeUndefined();
  });

  it('says when the models did not look at the pixels (HEIC)', () => {
    const { nsfw: _nsfw, ...heic } = analysis({ note: 'HEIC images cannot be decoded here' });
    expect(avatarFactsOf('a.heic', heic).unreadable).toBe('HEIC images cannot be decoded here');
  });
});

describe('lookAtProfilePhotos', () => {
  const fake = (outcome: Awaited<ReturnType<Analyser['analyse']>>): Analyser => ({
    analyse: async () => outcome,
    timings: async () => ({ nsfw: 0, detector: 0, images: 0 }),
    close: async () => {},
  });

  it('gives a thumbnail and the facts; a missing or broken photo is a problem, not a crash', async () => {
    const source = memorySource({ 'me.jpg': await plainJpeg(), 'broken.jpg': 'not an image' });
    const ok = fake({
      ok: true,
      analysis: analysis({ objects: [{ label: 'person', score: 0.8, box: [0, 0, 1, 1] }] }),
    });
    const { photos, problems } = await lookAtProfilePhotos(
      [
        { platform: 'x', path: 'me.jpg', source },
        { platform: 'instagram', path: 'gone.jpg', source },
      ],
      async () => ok,
    );
    expect(photos.x?.thumbnail).toMatch(/^data:image\/jpeg;base64,/);
    expect(photos.x?.facts?.people).toBe(1);
    expect(photos.instagram?.facts?.unreadable).toMatch(/does not contain it/);
    expect(problems.map((problem) => problem.file)).toEqual(['gone.jpg']);

    const broken = await lookAtProfilePhotos([{ platform: 'x', path: 'broken.jpg', source }], async () =>
      fake({ ok: false, message: 'not an image Decorum can read' }),
    );
    expect(broken.photos.x?.facts?.unreadable).toBe('not an image Decorum can read');
    expect(broken.photos.x?.thumbnail).toBeUndefined();
  });
});
