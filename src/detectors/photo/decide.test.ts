import { describe, expect, it } from 'vitest';
import type { Item, MediaRef } from '../../core/item.js';
import { captionCue, decidePhoto } from './decide.js';
import { frequentSpots } from './location.js';
import type { DetectedObject, NsfwScores, PhotoAnalysis } from './types.js';

const media: MediaRef = { path: 'media/posts/1.jpg', type: 'photo' };
const item = (text: string, extra: Partial<Item> = {}): Item => ({
  platform: 'instagram',
  kind: 'post',
  id: '1',
  text,
  createdAt: '2025-11-14T22:45:00Z',
  audience: 'friends',
  engagement: {},
  media: [media],
  locator: { input: 'export.zip', file: 'posts.json' },
  flags: {},
  ...extra,
});
const neutral: NsfwScores = { drawing: 0.01, hentai: 0, neutral: 0.97, porn: 0.01, sexy: 0.01 };
const obj = (label: string, score: number): DetectedObject => ({ label, score, box: [0, 0, 0.1, 0.1] });
const analysis = (nsfw: Partial<NsfwScores>, objects: DetectedObject[] = [], extra: Partial<PhotoAnalysis> = {}) => ({
  width: 640,
  height: 480,
  format: 'jpeg',
  nsfw: { ...neutral, ...nsfw },
  objects,
  ...extra,
});
const home = { latitude: 47.61495, longitude: -122.31952 };
const bar = { latitude: 47.61371, longitude: -122.34598 };
const homeSpots = frequentSpots(Array.from({ length: 6 }, (_, i) => ({ ...home, latitude: home.latitude + i * 1e-4 })));

const people2 = [obj('person', 0.7), obj('person', 0.6)];
const people3 = [...people2, obj('person', 0.5)];
/** The drinks head's threshold in these cases (the shipped one comes from models/photo-drinks.json). */
const HEAD = 0.6;

/** [name, analysis, item, expected [ruleId, category, severity][]] */
const CASES: [string, PhotoAnalysis, Item, [string, string, string][]][] = [
  ['neutral photo, no text', analysis({}), item(''), []],
  ['explicit photo', analysis({ porn: 0.9, neutral: 0.05 }), item(''), [['photo/nsfw', 'nudity', 'high']]],
  ['drawn explicit', analysis({ hentai: 0.8, neutral: 0.1 }), item(''), [['photo/nsfw', 'nudity', 'high']]],
  ['tennis crowd, Sexy 0.91: not reported', analysis({ sexy: 0.91, neutral: 0.08 }), item(''), []],
  ['Sexy 0.97: review only', analysis({ sexy: 0.97, neutral: 0.02 }), item(''), [['photo/nsfw', 'sexual', 'low']]],
  ['porn 0.4: not reported', analysis({ porn: 0.4, neutral: 0.55 }), item(''), []],
  [
    'shots caption + glasses + people: strong party finding',
    analysis({}, [...people2, obj('wine glass', 0.6), obj('bottle', 0.5)]),
    item('Shots shots shots!'),
    [['photo/party', 'alcohol', 'medium']],
  ],
  [
    'glasses + people, no caption: a hint for review',
    analysis({}, [...people2, obj('wine glass', 0.5)]),
    item(''),
    [['photo/party', 'alcohol', 'low']],
  ],
  ['one person with a coffee cup, no caption', analysis({}, [obj('person', 0.8), obj('cup', 0.6)]), item(''), []],
  ['a bottle on a table, no people, no caption', analysis({}, [obj('bottle', 0.7)]), item(''), []],
  [
    'cup + person + beer caption',
    analysis({}, [obj('person', 0.8), obj('cup', 0.6)]),
    item('Beer o clock'),
    [['photo/party', 'alcohol', 'low']],
  ],
  ['drinks below the detector threshold', analysis({}, [...people2, obj('wine glass', 0.2)]), item(''), []],
  ['ginger beer is not a cue', analysis({}, [obj('person', 0.8), obj('cup', 0.6)]), item('ginger beer time'), []],
  ['models did not run (HEIC): no party, no nsfw', { width: 1, height: 1, format: 'heif' }, item('Shots!'), []],
  [
    'drinks head sure, three people, no drink detected: people drinking together, medium',
    analysis({}, people3, { drinks: 0.9, brightness: 0.5 }),
    item(''),
    [['photo/party', 'alcohol', 'medium']],
  ],
  [
    'drinks head sure, a wine glass at a dinner table for two: low',
    analysis({}, [...people2, obj('wine glass', 0.5), obj('dining table', 0.6)], { drinks: 0.8, brightness: 0.6 }),
    item(''),
    [['photo/party', 'alcohol', 'low']],
  ],
  [
    'the same pair in dim light: medium',
    analysis({}, [...people2, obj('wine glass', 0.5)], { drinks: 0.8, brightness: 0.2 }),
    item(''),
    [['photo/party', 'alcohol', 'medium']],
  ],
  [
    'drinks head below its threshold, a person with a cup: nothing',
    analysis({}, [obj('person', 0.8), obj('cup', 0.6)], { drinks: 0.55, brightness: 0.5 }),
    item(''),
    [],
  ],
  [
    'drinks head sure but no person or drink detected (a screenshot, a cartoon): nothing',
    analysis({}, [], { drinks: 0.99, brightness: 0.9 }),
    item(''),
    [],
  ],
  [
    'drinks head sure, one person, no drink detected: a low hint',
    analysis({}, [obj('person', 0.8)], { drinks: 0.7, brightness: 0.5 }),
    item(''),
    [['photo/party', 'alcohol', 'low']],
  ],
  [
    'many drinks on a table: medium',
    analysis({}, [obj('person', 0.8), obj('bottle', 0.5), obj('bottle', 0.4), obj('cup', 0.4)], { drinks: 0.7 }),
    item(''),
    [['photo/party', 'alcohol', 'medium']],
  ],
  [
    'a drink in a profile photo: medium',
    analysis({}, [obj('person', 0.9), obj('bottle', 0.5)], { drinks: 0.7, brightness: 0.5 }),
    item('', { kind: 'profile' }),
    [['photo/party', 'alcohol', 'medium']],
  ],
  [
    'a photo a friend tagged the user in weighs as the user own',
    analysis({}, people3, { drinks: 0.9, brightness: 0.5 }),
    item('', { kind: 'photo', author: 'Sam Friend' }),
    [['photo/party', 'alcohol', 'medium']],
  ],
  [
    'GPS in the file near home',
    analysis({}, [], { gps: { ...home, latitude: home.latitude + 2e-4 } }),
    item(''),
    [['photo/location', 'location', 'medium']],
  ],
  ['GPS at the bar, friends only: not reported', analysis({}, [], { gps: bar }), item(''), []],
  [
    'GPS at the bar on a public post',
    analysis({}, [], { gps: bar }),
    item('', { audience: 'public' }),
    [['photo/location', 'location', 'low']],
  ],
  [
    'GPS at the bar, audience unknown (Facebook)',
    analysis({}, [], { gps: bar }),
    item('', { audience: 'unknown' }),
    [['photo/location', 'location', 'low']],
  ],
  ['GPS at the bar in a private message', analysis({}, [], { gps: bar }), item('', { audience: 'private' }), []],
  [
    'platform exif_data geo near home (no GPS in file)',
    analysis({}),
    item('', { media: [{ ...media, geo: home }] }),
    [['photo/location', 'location', 'medium']],
  ],
];

describe('decidePhoto', () => {
  it.each(CASES)('%s', (_name, photo, post, expected) => {
    const detections = decidePhoto(
      { analysis: photo, item: post, media: post.media[0] ?? media, spots: homeSpots },
      HEAD,
    );
    expect(detections.map((d) => [d.ruleId, d.category, d.severity])).toEqual(expected);
    for (const d of detections) {
      expect(d.mediaPath).toBe('media/posts/1.jpg');
      expect(d.confidence).toBeGreaterThan(0);
      expect(d.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('quotes the caption cue as evidence and lists the objects in details', () => {
    const text = 'Friday! Shots shots shots!';
    const [d] = decidePhoto({
      analysis: analysis({}, [...people2, obj('wine glass', 0.6)]),
      item: item(text),
      media,
      spots: [],
    });
    expect(d?.evidence).toEqual([{ start: 8, end: 13, text: 'Shots' }]);
    expect(d?.confidence).toBeGreaterThanOrEqual(0.8);
    expect(d?.details).toMatchObject({ people: 2, drinks: [{ label: 'wine glass', score: 0.6 }], caption: 'Shots' });
    expect(d?.reason).toContain('two people with a wine glass');
  });

  it('says what it saw, where, and why it is medium', () => {
    const [d] = decidePhoto(
      {
        analysis: analysis({}, [...people3, obj('wine glass', 0.6), obj('dining table', 0.5)], {
          drinks: 0.87,
          brightness: 0.2,
        }),
        item: item(''),
        media,
        spots: [],
      },
      HEAD,
    );
    expect(d?.reason).toBe(
      'Photo of three people with a wine glass at a table, in dim light: looks like drinks or a party (image classifier 87 %); people drinking together',
    );
    expect(d?.action).toBe('restrict-audience');
    expect(d?.details).toMatchObject({ drinksScore: 0.87, brightness: 0.2, context: ['people drinking together'] });
  });

  it('finds caption cues and skips look-alikes', () => {
    expect(captionCue('Cheers to the weekend 🍻 #drunk')?.text).toBe('Cheers');
    expect(captionCue('New protein bar flavour')).toBeUndefined();
    expect(captionCue('Quarterly bar chart review')).toBeUndefined();
    expect(captionCue('Team offsite')).toBeUndefined();
    expect(captionCue('beer pong finals')?.text).toBe('beer pong');
  });
});
