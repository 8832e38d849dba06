import { describe, expect, it } from 'vitest';
import { platformLanguage, readsLanguage } from './language.js';
import { textLayer } from './layer.js';

describe('the reading text', () => {
  const READINGS: readonly [string, string][] = [
    ['RT @dev: my boss https://t.co/aSsH1t lol', '  my boss   lol'],
    ['@sam you idiot', '@user you idiot'],
    ['so true #recruitersbelike', 'so true  recruiters be like'],
    ['at @[100004716152062:2048:Jane Doe] home', 'at @user home'],
    ['mail me: jane@example.com', 'mail me:  '],
    ['plain text stays as it is', 'plain text stays as it is'],
  ];
  it.each(READINGS)('reads %j as %j', (text, reading) => {
    expect(textLayer(text).reading.text).toBe(reading);
  });

  it('maps every word of the reading back to the same word of the original', () => {
    const text = 'RT @x: #WorstBossEver strikes again at https://t.co/q1 @[123456789:2048:Ann]';
    const layer = textLayer(text);
    const reading = layer.reading.text;
    for (const m of reading.matchAll(/\p{L}+/gu)) {
      const { start, end } = layer.reading.toOriginal(m.index, m.index + m[0].length);
      const original = text.slice(start, end);
      if (m[0] === 'user') expect(original).toBe('@[123456789:2048:Ann]');
      else expect(original).toBe(m[0]);
    }
  });

  it('maps a phrase across hashtag words onto the whole stretch of the tag', () => {
    const text = 'ugh #recruitersbelike';
    const layer = textLayer(text);
    const at = layer.reading.text.indexOf('recruiters be like');
    const { start, end } = layer.reading.toOriginal(at, at + 'recruiters be like'.length);
    expect(text.slice(start, end)).toBe('recruitersbelike');
  });
});

describe('the language of a text', () => {
  const LANGUAGES: readonly [string, string | undefined, string][] = [
    ['anything at all', 'de', 'de'],
    ['whatever the text says', 'en-gb', 'en'],
    ['ok 👍', 'qme', 'und'],
    ['Was für ein Tag, mein Chef hat mich schon wieder angeschrien', undefined, 'de'],
    ['Qué día más largo en la oficina, mi jefe no para de gritar', undefined, 'es'],
    ["Quelle journée, mon patron m'a encore crié dessus ce matin", undefined, 'fr'],
    ['Che giornata, il mio capo mi ha urlato contro di nuovo', undefined, 'it'],
    ['Que dia longo no escritório, o meu chefe não para de gritar', undefined, 'pt'],
    ['Wat een dag, mijn baas heeft weer tegen me geschreeuwd', undefined, 'nl'],
    ['Had a great time at the beach with the family this weekend', undefined, 'en'],
    ['happy birthday bad girl, love you lots', undefined, 'en'],
    ['Привет всем', undefined, 'ru'],
    ['lol same', undefined, 'und'],
    ['@someone https://t.co/abc #tbt', undefined, 'und'],
  ];
  it.each(LANGUAGES)('%j (platform tag %j) is %j', (text, tag, code) => {
    expect(textLayer(text, tag ? { lang: tag } : {}).language.code).toBe(code);
  });

  it("normalises platform tags and drops X's no-language codes", () => {
    expect(['en', 'EN-US', 'in', 'iw', 'und', 'zxx', 'qam', '', 'not a tag'].map((t) => platformLanguage(t))).toEqual([
      'en',
      'en',
      'id',
      'he',
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('lets English detectors read English and undetermined text, language-free ones read everything', () => {
    const en = { code: 'en', source: 'detected' } as const;
    const und = { code: 'und', source: 'undetermined' } as const;
    const de = { code: 'de', source: 'platform' } as const;
    expect([en, und, de].map((l) => readsLanguage(['en'], l))).toEqual([true, true, false]);
    expect([en, und, de].map((l) => readsLanguage(['de', 'es'], l))).toEqual([false, false, true]);
    expect([en, und, de].map((l) => readsLanguage(undefined, l))).toEqual([true, true, true]);
  });
});
