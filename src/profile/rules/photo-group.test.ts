import { describe, expect, it } from 'vitest';
import { avatarFacts, photoFindings } from '../../../test/fixtures/profile.js';
import { photoGroupRule } from './photo-group.js';

describe('profile/photo-group', () => {
  it.each([
    { name: 'one person', platform: 'linkedin', facts: { people: 1 }, found: [] },
    { name: 'nobody', platform: 'x', facts: { people: 0 }, found: [] },
    { name: 'three friends on X', platform: 'x', facts: { people: 3 }, found: ['low'] },
    { name: 'a group on LinkedIn', platform: 'linkedin', facts: { people: 2 }, found: ['medium'] },
    { name: 'faces decide over the object detector', platform: 'x', facts: { people: 2, faces: 1 }, found: [] },
    { name: 'an unreadable photo', platform: 'x', facts: { people: 4, unreadable: 'corrupt' }, found: [] },
  ] as const)('$name', ({ platform, facts, found }) => {
    expect(photoFindings(photoGroupRule, platform, avatarFacts(facts)).map((hit) => hit.severity)).toEqual(found);
  });
});
