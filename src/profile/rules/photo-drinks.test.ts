import { describe, expect, it } from 'vitest';
import { avatarFacts, photoFindings } from '../../../test/fixtures/profile.js';
import { photoDrinksRule } from './photo-drinks.js';

describe('profile/photo-drinks', () => {
  it.each([
    { name: 'a plain headshot', facts: { drinks: [] }, found: [] },
    { name: 'a beer bottle', facts: { drinks: ['bottle'] }, found: ['alcohol'] },
    {
      name: 'a group with wine glasses',
      facts: { people: 4, drinks: ['wine glass', 'wine glass'] },
      found: ['alcohol'],
    },
    { name: 'an unreadable photo', facts: { drinks: ['bottle'], unreadable: 'corrupt' }, found: [] },
  ])('$name', ({ facts, found }) => {
    expect(photoFindings(photoDrinksRule, 'instagram', avatarFacts(facts)).map((hit) => hit.category)).toEqual(found);
  });
});
