import type { Severity } from '../../core/categories.js';
import { PLATFORM_NAMES, type Platform } from '../../core/item.js';
import { docsOf, type ProfileDetection, type ProfileRule } from '../rule.js';
import { lookedAtPhotos, peopleIn } from './photo.js';

/** LinkedIn is read as a CV: a profile there without a face looks unfinished; elsewhere it is a choice. */
const SEVERITY: Record<Platform, Severity> = { linkedin: 'medium', x: 'low', facebook: 'low', instagram: 'low' };

/**
 * No profile photo, or one with nobody in it (a logo, a landscape, a pet). A LinkedIn export never carries the
 * photo (Profile.csv names none), so there only a photo the export does give is judged; X, Facebook and
 * Instagram exports carry it whenever the profile has one, so a profile read without one has none.
 */
export const photoMissingRule: ProfileRule = {
  meta: {
    id: 'profile/photo-missing',
    description: 'No profile photo, or one without a person in it (a logo, a landscape); medium on LinkedIn.',
    severity: 'medium',
    docs: docsOf('photo-missing'),
  },
  check(input) {
    const detections: ProfileDetection[] = [];
    const base = (platform: Platform) => ({
      ruleId: 'profile/photo-missing',
      category: 'first-impression' as const,
      severity: SEVERITY[platform],
      evidence: [],
      action: 'review' as const,
    });
    for (const record of input.records) {
      // A record with no profile file read says nothing about the photo.
      if (record.avatar || record.platform === 'linkedin' || record.files.length === 0) continue;
      detections.push({
        platform: record.platform,
        detection: {
          ...base(record.platform),
          confidence: 0.8,
          reason: `Your ${PLATFORM_NAMES[record.platform]} profile has no photo: someone looking you up sees the default avatar`,
          details: { photo: 'none' },
        },
      });
    }
    for (const { record, facts } of lookedAtPhotos(input)) {
      if (peopleIn(facts) > 0) continue;
      detections.push({
        platform: record.platform,
        detection: {
          ...base(record.platform),
          confidence: 0.6,
          mediaPath: facts.path,
          reason: `Your ${PLATFORM_NAMES[record.platform]} photo shows no person (a logo, a place, a pet?): ${record.platform === 'linkedin' ? 'recruiters expect to see your face there' : 'people looking you up cannot tell it is you'}`,
          details: { photo: 'no-person' },
        },
      });
    }
    return detections;
  },
};
