import { describe, expect, it } from 'vitest';
import { EMPTY_CONTEXT } from '../../core/detector.js';
import { TEXT_DETECTORS } from '../index.js';
import { detectItem } from '../run.js';
import { alcoholDetector } from './alcohol.js';
import { drugsDetector } from './drugs.js';
import { itemOf } from '../../../test/fixtures/items.js';
import { personalDataDetector } from './personal-data.js';
import { profanityDetector } from './profanity.js';
import { runTable } from '../../../test/fixtures/detector-table.js';

// Every detector reads the item's text layer: nothing inside a link, a handle, a mention tag or the retweet prefix;
// hashtags count as their words.
describe('profanity over the text layer', () => {
  runTable(profanityDetector, 'profanity', {
    valid: [
      'great read https://t.co/aSsH1tAsS',
      'thanks @bitchin_kitchen for dinner',
      'RT @fuckjerry: a nice photo of a dog',
      'see you at @[100004716152062:2048:Dick Smith] tomorrow',
      'mail me at shitake.farm@example.com',
    ],
    invalid: [
      { text: 'this is #bullshit', evidence: 'shit' },
      { text: '@sam what the fuck https://t.co/x', evidence: 'fuck' },
    ],
  });
});

describe('alcohol and drugs over the text layer', () => {
  runTable(alcoholDetector, 'alcohol', {
    valid: ['shoutout to @drunkpanda for the design', 'new post at https://example.com/beer-pong-rules', '#tbt'],
    invalid: [
      { text: '#hungoverAF at work again', evidence: 'hungover', severity: 'high' },
      { text: 'so #drunk last night https://t.co/abc', evidence: 'drunk' },
    ],
  });
  runTable(drugsDetector, 'drugs', {
    valid: ['follow @weedmaps_news for the story', 'https://www.reddit.com/r/trees/comments/weed'],
    invalid: [{ text: '#wakeandbake with @dan', evidence: 'wakeandbake' }],
  });
});

describe('personal data over the text layer', () => {
  runTable(personalDataDetector, 'personal-data', {
    valid: [
      'Tagged @[100004716152062:2048:Jane Doe] at the lake',
      'we met here https://maps.google.com/?q=52.5200,13.4050',
      'photo https://www.facebook.com/photo.php?fbid=10153242452345&set=a.4155',
    ],
    invalid: [
      { text: 'call me at 415-555-0132 https://t.co/abc', evidence: '415-555-0132' },
      { text: 'write to jane.doe@posteo.net', evidence: 'jane.doe@posteo.net' },
    ],
  });
});

describe('a truncated word is not read', () => {
  it('drops the cut-off last word of a long repost, keeps it in a short own post', () => {
    const long = `RT @someone: ${'a very long story about the week and the weather and the trains '.repeat(2)}and ass…`;
    const repost = itemOf(long, { kind: 'repost' });
    expect(detectItem([profanityDetector], repost, EMPTY_CONTEXT).detections).toEqual([]);
    const own = itemOf('kick his ass…');
    expect(detectItem([profanityDetector], own, EMPTY_CONTEXT).detections.map((d) => d.category)).toEqual([
      'profanity',
    ]);
  });
});

describe('English lexicons read English only', () => {
  const FOREIGN: readonly [string, string][] = [
    ['Die Party gestern war super, mein Chef hat sogar getanzt und alle haben gelacht', 'de'],
    ['Me encanta este sitio, son muy amables y la comida es buenísima', 'es'],
    ['Je suis allé au bar avec des amis après le travail, on a bien rigolé', 'fr'],
    ['Ho bevuto un caffè con il mio capo stamattina prima della riunione', 'it'],
    ['Привет всем, я сегодня очень устал на работе', 'ru'],
  ];
  it.each(FOREIGN)('does not read %j with English lists (%s)', (text, code) => {
    const found = detectItem(TEXT_DETECTORS, itemOf(text), EMPTY_CONTEXT);
    expect(found.language.code).toBe(code);
    expect(found.detections.filter((d) => d.ruleId !== 'text/personal-data')).toEqual([]);
  });

  it('marks an item in a language no detector reads as not assessed', () => {
    expect(detectItem(TEXT_DETECTORS, itemOf('Привет всем, я сегодня очень устал'), EMPTY_CONTEXT).assessed).toBe(
      false,
    );
    expect(detectItem(TEXT_DETECTORS, itemOf('so hungover at work today'), EMPTY_CONTEXT).assessed).toBe(true);
    expect(detectItem(TEXT_DETECTORS, itemOf('lol'), EMPTY_CONTEXT).assessed).toBe(true);
  });
});
