import type { Severity } from '../../core/categories.js';
import type { Platform } from '../../core/item.js';
import type { MismatchField } from '../../core/profile/mismatch.js';
import { PLATFORM_NAMES } from '../../core/item.js';
import { findMismatches } from '../mismatches.js';
import { docsOf, type ProfileDetection, type ProfileRule } from '../rule.js';

const SEVERITY: Record<MismatchField, Severity> = {
  name: 'low',
  employer: 'medium',
  title: 'low',
  location: 'low',
  dates: 'medium',
};

const NOUN: Record<MismatchField, string> = {
  name: 'name',
  employer: 'current employer',
  title: 'job title',
  location: 'location',
  dates: 'job dates',
};

/**
 * Employer, title, job dates, location and name compared across networks, LinkedIn first: a recruiter who sees
 * "Contoso" on LinkedIn and "Fabrikam" on Facebook wonders which one is true.
 */
export const consistencyRule: ProfileRule = {
  meta: {
    id: 'profile/consistency',
    description: 'Current employer, title, job dates, location and name differ between networks.',
    severity: 'medium',
    docs: docsOf('consistency'),
  },
  check({ records }) {
    const detections: ProfileDetection[] = [];
    for (const mismatch of findMismatches(records)) {
      const [reference, ...rest] = mismatch.values;
      if (!reference) continue;
      const others = new Set<Platform>(rest.map((said) => said.platform).filter((p) => p !== reference.platform));
      for (const platform of others) {
        const theirs = mismatch.values.filter((said) => said.platform === platform).map((said) => said.value);
        const mine = mismatch.values.filter((said) => said.platform === reference.platform).map((said) => said.value);
        detections.push({
          platform,
          detection: {
            ruleId: 'profile/consistency',
            category: 'first-impression',
            severity: SEVERITY[mismatch.field],
            confidence: 0.9,
            reason: `Your ${PLATFORM_NAMES[platform]} ${NOUN[mismatch.field]} (${theirs.join('; ')}) differs from your ${PLATFORM_NAMES[reference.platform]} (${mine.join('; ')})`,
            evidence: [],
            action: 'review',
            details: { field: mismatch.field, values: mismatch.values },
          },
        });
      }
    }
    return detections;
  },
};
