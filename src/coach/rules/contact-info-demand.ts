import { findPhrases } from '../text.js';
import type { Rule } from '../types.js';
import { FIRST_KINDS, dm, docsFor } from './shared.js';

export const rule: Rule = {
  meta: {
    id: 'contact-info-demand',
    severity: 'warning',
    description: 'Asks a stranger for a personal e-mail address or phone number.',
    kinds: FIRST_KINDS,
    docs: docsFor('contact-info-demand', {
      why: 'A stranger asking for a personal number or e-mail is intrusive; offer yours instead.',
      before: { text: "Hi Ana, what's your personal email?", options: dm },
      after: { text: 'Hi Ana, if a call is easier, my number is 555-0100.', options: dm },
    }),
  },
  check(context) {
    if (!context.firstContact) return [];
    return findPhrases(context, [
      {
        re: /\b(?:send|give|share|dm|text) me (?:your|ur) (?:personal |private |work )?(?:e-?mail|number|phone(?: number)?|cell|mobile|whats ?app)\b|\bwhat(?:'s| is) (?:your|ur) (?:personal |private )?(?:e-?mail|number|phone(?: number)?|cell|whats ?app)\b|\b(?:can|could|may) i (?:get|have) (?:your|ur) (?:personal |private )?(?:e-?mail|number|phone(?: number)?|cell|whats ?app)\b/i,
        message: 'Asks a stranger for their personal contact details',
        suggestion: 'Offer yours instead and let them choose: "If a call is easier, I\'m at 555-0100."',
      },
    ]);
  },
};
