import { PLATFORM_NAMES } from '../../core/item.js';
import { docsOf, type ProfileRule } from '../rule.js';
import { lookedAtPhotos, peopleIn } from './photo.js';

/** A profile photo with several people: a recruiter cannot tell which one is the candidate. */
export const photoGroupRule: ProfileRule = {
  meta: {
    id: 'profile/photo-group',
    description: 'The profile photo shows a group, not one person.',
    severity: 'low',
    docs: docsOf('photo-group'),
  },
  check(input) {
    return lookedAtPhotos(input)
      .filter(({ facts }) => peopleIn(facts) >= 2)
      .map(({ record, facts }) => ({
        platform: record.platform,
        detection: {
          ruleId: 'profile/photo-group',
          category: 'first-impression',
          severity: record.platform === 'linkedin' ? 'medium' : 'low',
          confidence: 0.7,
          mediaPath: facts.path,
          reason: `Your ${PLATFORM_NAMES[record.platform]} photo shows ${peopleIn(facts)} people: someone looking you up cannot tell which one is you`,
          evidence: [],
          action: 'review',
          details: { people: peopleIn(facts) },
        },
      }));
  },
};
