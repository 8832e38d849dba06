import { findPhrases } from '../text.js';
import type { Rule } from '../types.js';
import { docsFor, FIRST_KINDS } from './shared.js';

const BETTER = 'Build the connection first: ask one question about their work; a referral can come later, if offered.';

export const rule: Rule = {
  meta: {
    id: 'referral-ask-stranger',
    severity: 'error',
    description: 'Asks a stranger for a referral, an introduction or to forward a résumé.',
    kinds: FIRST_KINDS,
    docs: docsFor('referral-ask-stranger'),
  },
  check(context) {
    if (!context.firstContact) return [];
    return findPhrases(context, [
      {
        re: /\brefer me\b|\b(?:a|your) referral\b(?! from)/i,
        message: 'Asks a stranger for a referral',
        suggestion: BETTER,
      },
      {
        re: /\bintroduce me to\b|\b(?:an )?intro(?:duction)? to (?:your|the) (?:team|manager|recruiter|hiring manager|boss)\b/i,
        message: 'Asks a stranger for an introduction',
        suggestion: BETTER,
      },
      {
        re: /\b(?:forward|pass(?: along| on)?|send|share) my (?:r[eé]sum[eé]|cv|application|profile|portfolio)(?: (?:along|on|to))?\b|\bput in a (?:good )?word\b/i,
        message: 'Asks a stranger to pass your résumé on',
        suggestion: BETTER,
      },
    ]);
  },
};
