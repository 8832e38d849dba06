import { describe, expect, it } from 'vitest';
import { avatarFacts, photoFindings } from '../../../test/fixtures/profile.js';
import { photoRacyRule } from './photo-racy.js';

describe('profile/photo-racy', () => {
  it.each([
    { name: 'a neutral photo', racy: { porn: 0.01, hentai: 0, sexy: 0.05 }, found: [] },
    { name: 'beachwear, just under the line', racy: { porn: 0.05, hentai: 0, sexy: 0.65 }, found: [] },
    { name: 'revealing', racy: { porn: 0.1, hentai: 0, sexy: 0.8 }, found: ['medium sexual'] },
    { name: 'explicit', racy: { porn: 0.7, hentai: 0.05, sexy: 0.2 }, found: ['high nudity'] },
  ])('$name', ({ racy, found }) => {
    const hits = photoFindings(photoRacyRule, 'x', avatarFacts({ racy }));
    expect(hits.map((hit) => `${hit.severity} ${hit.category}`)).toEqual(found);
  });
});
