import { PLATFORM_NAMES } from '../../core/item.js';
import { docsOf, type ProfileRule } from '../rule.js';
import { lookedAtPhotos, PHOTO_THRESHOLDS } from './photo.js';

/** An explicit or very revealing profile photo (nsfwjs), judged stricter than a post: everyone sees it first. */
export const photoRacyRule: ProfileRule = {
  meta: {
    id: 'profile/photo-racy',
    description: 'The profile photo is explicit or very revealing (nsfwjs).',
    severity: 'high',
    docs: docsOf('photo-racy'),
  },
  check(input) {
    return lookedAtPhotos(input).flatMap(({ record, facts }) => {
      const explicit = facts.racy.porn + facts.racy.hentai;
      const label = PLATFORM_NAMES[record.platform];
      if (explicit < PHOTO_THRESHOLDS.explicit && facts.racy.sexy < PHOTO_THRESHOLDS.revealing) return [];
      const isExplicit = explicit >= PHOTO_THRESHOLDS.explicit;
      return [
        {
          platform: record.platform,
          detection: {
            ruleId: 'profile/photo-racy',
            category: isExplicit ? 'nudity' : 'sexual',
            severity: isExplicit ? 'high' : 'medium',
            confidence: Math.round(Math.max(explicit, facts.racy.sexy) * 100) / 100,
            mediaPath: facts.path,
            reason: isExplicit
              ? `Your ${label} photo looks explicit: change it before anyone looks you up`
              : `Your ${label} photo looks revealing for a profile photo: it is the first thing a recruiter sees`,
            evidence: [],
            action: 'review',
            details: { scores: facts.racy },
          },
        },
      ];
    });
  },
};
