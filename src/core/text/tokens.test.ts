import { describe, expect, it } from 'vitest';
import { tokenize, type TokenizeOptions } from './tokens.js';

/** Each case: a text and the tokens that are not plain words, as `kind:text` in order. */
const SPECIAL: readonly [string, string[], TokenizeOptions?][] = [
  ['check https://t.co/aSsH1tXy now', ['url:https://t.co/aSsH1tXy']],
  ['RT @dev_guy: new post http://bit.ly/2xFuCk', ['markup:RT @dev_guy:', 'url:http://bit.ly/2xFuCk']],
  ['map https://maps.google.com/?q=52.5200,13.4050 here', ['url:https://maps.google.com/?q=52.5200,13.4050']],
  ['see www.example.com/path?a=1. ok', ['url:www.example.com/path?a=1', 'punctuation:.']],
  ['photo: instagram.com/p/Bx12 nice', ['punctuation::', 'url:instagram.com/p/Bx12']],
  ['Email: info@firma.de oder www.firma.de', ['punctuation::', 'email:info@firma.de', 'url:www.firma.de']],
  ['@anna_b @Bob thanks!', ['mention:@anna_b', 'mention:@Bob', 'punctuation:!']],
  ['me@home is no handle', ['punctuation:@']],
  ['¡Qué día! #España @usuario', ['punctuation:¡', 'punctuation:!', 'hashtag:#España', 'mention:@usuario']],
  ['C# and #1 are no tags', ['punctuation:#', 'punctuation:#', 'number:1']],
  ['Tagged @[100004716152062:2048:Jane Doe] here', ['markup:@[100004716152062:2048:Jane Doe]']],
  ['older @[100004716152062:Jane Doe] tag', ['markup:@[100004716152062:Jane Doe]']],
  ['I ❤️ NY 👩‍👩‍👧 🇩🇪', ['emoji:❤️', 'emoji:👩‍👩‍👧', 'emoji:🇩🇪']],
  ['costs 12.50 today', ['number:12.50']],
  ['so this is what they call amaz… https://t.co/x1', ['markup:amaz…', 'url:https://t.co/x1'], { truncated: true }],
  ['and then I was like…', ['punctuation:…']],
];

describe('tokenize', () => {
  it.each(SPECIAL.map((c) => [c[0], c] as const))('tokens of %j', (_text, [text, expected, options]) => {
    const tokens = tokenize(text, options);
    expect(tokens.filter((t) => t.kind !== 'word').map((t) => `${t.kind}:${t.text}`)).toEqual(expected);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it('keeps words whole with apostrophes and digits inside, and covers every non-space character once', () => {
    const text = "Don't say sh1t, l'ami — straße";
    const tokens = tokenize(text);
    expect(tokens.filter((t) => t.kind === 'word').map((t) => t.text)).toEqual([
      "Don't",
      'say',
      'sh1t',
      "l'ami",
      'straße',
    ]);
    const covered = tokens.reduce((n, t) => n + (t.end - t.start), 0);
    expect(covered).toBe(text.replace(/\s/g, '').length);
  });

  it('uses the platform entities where the export has them, and ignores ones that do not fit the text', () => {
    const text = 'thx @Sam see t.co/abc #DevLife';
    const tokens = tokenize(text, {
      entities: {
        mentions: [{ start: 4, end: 8, handle: 'Sam' }],
        urls: [{ start: 13, end: 21, expanded: 'https://example.com/long' }],
        hashtags: [
          { start: 22, end: 30 },
          { start: 0, end: 3 },
        ],
      },
    });
    const special = tokens.filter((t) => t.kind !== 'word');
    expect(special.map((t) => [t.kind, t.text, t.fromPlatform ?? false])).toEqual([
      ['mention', '@Sam', true],
      ['url', 't.co/abc', true],
      ['hashtag', '#DevLife', true],
    ]);
    expect(special[1]?.expanded).toBe('https://example.com/long');
    expect(special[2]?.words?.map((w) => text.slice(w.start, w.end))).toEqual(['Dev', 'Life']);
  });
});
