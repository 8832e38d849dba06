import { PLATFORM_NAMES } from '../../core/item.js';
import { docsOf, type ProfileRule } from '../rule.js';
import { lookedAtPhotos } from './photo.js';

/**
 * A bottle or a glass in the profile photo (the post photo detector's COCO labels): the drink is the first thing
 * a recruiter sees next to the name. The detector cannot tell beer from soda, so it asks for a look.
 */
export const photoDrinksRule: ProfileRule = {
  meta: {
    id: 'profile/photo-drinks',
    description: 'The profile photo shows bottles or glasses (a drink or party scene).',
    severity: 'medium',
    docs: docsOf('photo-drinks'),
  },
  check(input) {
    return lookedAtPhotos(input)
      .filter(({ facts }) => facts.drinks.length > 0)
      .map(({ record, facts }) => ({
        platform: record.platform,
        detection: {
          ruleId: 'profile/photo-drinks',
          category: 'alcohol',
          severity: 'medium',
          confidence: 0.6,
          mediaPath: facts.path,
          reason: `Your ${PLATFORM_NAMES[record.platform]} photo shows ${[...new Set(facts.drinks)].join(' and ')}: a drink is the first thing someone looking you up sees`,
          evidence: [],
          action: 'review',
          details: { objects: facts.drinks },
        },
      }));
  },
};
