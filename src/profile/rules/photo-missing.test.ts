import { describe, expect, it } from 'vitest';
import { avatarFacts, inputOf, photoFindings, record } from '../../../test/fixtures/profile.js';
import { photoMissingRule } from './photo-missing.js';

describe('profile/photo-missing', () => {
  it.each([
    { name: 'one person on LinkedIn', platform: 'linkedin', facts: { people: 1 }, found: [] },
    { name: 'a face the object detector missed', platform: 'linkedin', facts: { people: 0, faces: 1 }, found: [] },
    { name: 'a logo on LinkedIn', platform: 'linkedin', facts: { people: 0 }, found: ['medium'] },
    { name: 'a landscape on X', platform: 'x', facts: { people: 0 }, found: ['low'] },
    { name: 'an unreadable photo is not judged', platform: 'x', facts: { people: 0, unreadable: 'HEIC' }, found: [] },
  ] as const)('$name', ({ platform, facts, found }) => {
    const hits = photoFindings(photoMissingRule, platform, avatarFacts(facts));
    expect(hits.map((hit) => hit.severity)).toEqual(found);
    for (const hit of hits) expect(hit).toMatchObject({ category: 'first-impression', mediaPath: 'profile.jpg' });
  });

  it.each([
    { name: 'X profile read without a photo', records: [record('x', { files: ['data/profile.js'] })], found: ['x'] },
    // LinkedIn exports never carry the photo: its absence says nothing.
    { name: 'LinkedIn export', records: [record('linkedin', { files: ['Profile.csv'] })], found: [] },
    { name: 'an export without profile files', records: [record('facebook')], found: [] },
    {
      name: 'a photo the export names but does not carry',
      records: [record('instagram', { files: ['p.json'], avatar: { path: null } })],
      found: [],
    },
  ])('no photo: $name', ({ records, found }) => {
    expect(photoMissingRule.check(inputOf(records)).map((hit) => hit.platform)).toEqual(found);
  });
});
