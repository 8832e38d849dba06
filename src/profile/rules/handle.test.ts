import { describe, expect, it } from 'vitest';
import { inputOf, record } from '../../../test/fixtures/profile.js';
import { handleRule, handleWords } from './handle.js';

const cases = [
  { handle: 'alexmorgan_dev', name: 'Alex Morgan', categories: [] },
  { handle: 'jane.doe', name: 'Jane Doe', categories: [] },
  { handle: 'drunkmonkey420', name: 'Sam', categories: ['alcohol'] },
  { handle: 'weedsmoker', name: 'Sam', categories: ['drugs'] },
  { handle: 'hornyhank', name: 'Hank', categories: ['sexual'] },
  { handle: 'kushking420', name: 'Sam', categories: [] }, // a word no list knows stays unjudged
  { handle: 'fuckthisjob', name: 'Sam', categories: ['profanity'] },
  { handle: 'samlee', name: 'Sam "Shithead" Lee', categories: ['profanity'] },
];

describe('profile/handle', () => {
  it.each(cases)('@$handle / $name → $categories', ({ handle, name, categories }) => {
    const found = handleRule.check(inputOf([record('x', { handle, name })]));
    expect(found.map((hit) => hit.detection.category).sort()).toEqual([...categories].sort());
    for (const hit of found) {
      for (const span of hit.detection.evidence)
        expect([handle, name].some((v) => v.slice(span.start, span.end) === span.text)).toBe(true);
    }
  });

  it('splits a handle like a hashtag, keeping each word where it was', () => {
    const split = handleWords('@beerPong_king');
    expect(split.text).toBe('beer pong king');
    expect(split.starts).toEqual([1, 5, 10]);
  });
});
