import { findPhrases } from '../text.js';
import type { Rule } from '../types.js';
import { docsFor, OUTREACH_KINDS } from './shared.js';

const ASKED_RE =
  /\bas (?:you |your (?:post|posting|ad|listing) )?(?:asked|requested)\b|\bas requested\b|\byou asked (?:for|me)\b|\bper your request\b/i;
const RESUME = '(?:r[eé]sum[eé]s?|cv)';

export const rule: Rule = {
  meta: {
    id: 'unsolicited-resume',
    severity: 'error',
    description: 'Attaches a résumé nobody asked for (error in a first contact, warning later).',
    kinds: OUTREACH_KINDS,
    docs: docsFor('unsolicited-resume'),
  },
  check(context) {
    if (ASKED_RE.test(context.text)) return [];
    const reports = findPhrases(context, [
      {
        re: new RegExp(
          `\\b(?:attach(?:ed|ing)|enclos(?:ed|ing)) (?:is |are )?(?:my |a copy of my |the )?${RESUME}\\b|\\bmy ${RESUME} (?:is |are )?(?:attached|enclosed)\\b|\\b${RESUME} (?:attached|enclosed)\\b|\\b(?:i'?ve|i have) attached (?:it|them|a copy)\\b`,
          'i',
        ),
        message: 'Sends a résumé nobody asked for',
        suggestion: 'Leave the résumé out; offer it instead: "Happy to send my résumé if it would help."',
      },
    ]);
    return context.firstContact ? reports : reports.map((r) => ({ ...r, severity: 'warning' as const }));
  },
};
