import { describe, expect, it } from 'vitest';
import { allInside, quotedPassages } from './quotes.js';

const quoted = (text: string): string[] => quotedPassages(text).map((p) => text.slice(p.start, p.end));

describe('quotedPassages', () => {
  it.each([
    [
      'a lyric in curly quotes',
      '“Another day, another tale of woe / another bomb”',
      ['“Another day, another tale of woe / another bomb”'],
    ],
    ['curly quotes typed the wrong way round', '“Another day, another tale“', ['“Another day, another tale“']],
    [
      'a mishearing, in Italian',
      "Mishearing di oggi: “Boy I'm gonna stop you” che diventa “Boy I'm gonna STAB you”.",
      ["“Boy I'm gonna stop you”", "“Boy I'm gonna STAB you”"],
    ],
    [
      'straight quotes with a handle',
      '@wideawake_media translation:\n"punch yourself or we will punch you"',
      ['"punch yourself or we will punch you"'],
    ],
    ['German quotes', 'Er sagte „das ist doch Mist hier“ und ging', ['„das ist doch Mist hier“']],
    ['guillemets', 'Il a dit « va te faire voir » hier', ['« va te faire voir »']],
    ['Japanese corner brackets', '彼は「それは 本当に ひどい」と言った', ['「それは 本当に ひどい」']],
    [
      'a song after #NowPlaying, up to the link',
      '#NowPlaying Sick and Tired by Anastacia http://t.co/x',
      ['#NowPlaying Sick and Tired by Anastacia '],
    ],
    ['a song after a note sign', '♫ Highway to Hell – AC/DC', ['♫ Highway to Hell – AC/DC']],
  ])('finds %s', (_name, text, passages) => {
    expect(quoted(text)).toEqual(passages);
  });

  it.each([
    ['a scare-quoted phrase of two words', 'literally a "Garbage Human"...'],
    ['a lone quotation mark', 'he said "this is the worst day and left'],
    ['apostrophes', "it's the boss' fault, isn't it"],
    ['no quotes at all', 'I hate my boss so much'],
  ])('finds nothing in %s', (_name, text) => {
    expect(quoted(text)).toEqual([]);
  });

  it('tells spans inside a quotation from spans outside', () => {
    const text = 'He wrote "I will punch you" and I will punch him';
    const passages = quotedPassages(text);
    const at = (word: string, from = 0) => ({
      start: text.indexOf(word, from),
      end: text.indexOf(word, from) + word.length,
    });
    expect(allInside([at('punch')], passages)).toBe(true);
    expect(allInside([at('punch'), at('punch', 20)], passages)).toBe(false);
    expect(allInside([], passages)).toBe(false);
  });
});
