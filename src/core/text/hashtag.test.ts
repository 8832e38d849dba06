import { describe, expect, it } from 'vitest';
import { splitHashtag } from './hashtag.js';

const CASES: readonly [string, string[]][] = [
  ['recruitersbelike', ['recruiters', 'be', 'like']],
  ['MondayMotivation', ['Monday', 'Motivation']],
  ['recruitersBeLike', ['recruiters', 'Be', 'Like']],
  ['NoFilter', ['No', 'Filter']],
  ['worstbossever', ['worst', 'boss', 'ever']],
  ['hungoverAF', ['hungover', 'AF']],
  ['Top10', ['Top', '10']],
  ['throw_back', ['throw', 'back']],
  ['blessed', ['blessed']],
  ['fml', ['fml']],
  ['xqzvbnmwrt', ['xqzvbnmwrt']],
  ['日本', ['日本']],
  ['Köln', ['Köln']],
];

describe('splitHashtag', () => {
  it.each(CASES)('splits #%s', (body, words) => {
    const split = splitHashtag(body);
    expect(split.map((w) => body.slice(w.start, w.end))).toEqual(words);
  });
});
