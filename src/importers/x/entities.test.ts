import { describe, expect, it } from 'vitest';
import { textEntities } from './entities.js';

describe('X entities as offsets into the final text', () => {
  it('finds links, handles and tags again in the decoded text, in order, after an escaped "&"', () => {
    // X's indices count the raw, escaped text ("&amp;"); the item's text is decoded, so the offsets differ
    const text = 'Q&A with @Sam & @sam2 https://t.co/ab12 #DevLife https://t.co/cd34';
    const found = textEntities(text, {
      urls: [
        { url: 'https://t.co/ab12', expanded_url: 'https://example.com/qa', indices: [30, 53] },
        { url: 'https://t.co/cd34', expanded_url: 'https://example.com/more', indices: [63, 86] },
      ],
      user_mentions: [
        { screen_name: 'sam', indices: [13, 17] },
        { screen_name: 'Sam2', indices: [24, 29] },
      ],
      hashtags: [{ text: 'DevLife', indices: [54, 62] }],
    });
    const pieces = (spans: readonly { start: number; end: number }[] = []) =>
      spans.map((s) => text.slice(s.start, s.end));
    expect(pieces(found?.urls)).toEqual(['https://t.co/ab12', 'https://t.co/cd34']);
    expect(found?.urls?.map((u) => u.expanded)).toEqual(['https://example.com/qa', 'https://example.com/more']);
    expect(pieces(found?.mentions)).toEqual(['@Sam', '@sam2']);
    expect(pieces(found?.hashtags)).toEqual(['#DevLife']);
  });

  it('skips entities the text no longer holds (a trimmed media link) and bad records', () => {
    expect(textEntities('no links here', { urls: [{ url: 'https://t.co/zz' }, 'junk', null], hashtags: 3 })).toBe(
      undefined,
    );
    expect(textEntities('text', null)).toBe(undefined);
  });
});
