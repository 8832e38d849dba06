import { findPhrases } from '../text.js';
import type { Rule } from '../types.js';
import { OUTREACH_KINDS, docsFor, note } from './shared.js';

const BETTER =
  'Say why them, in one line, e.g. "Hi Dana, your FrontConf talk on accessible forms helped our team — I\'d like to stay in touch." Or send no note at all.';

export const rule: Rule = {
  meta: {
    id: 'default-invite-text',
    severity: 'error',
    description:
      'LinkedIn\'s default invitation ("I\'d like to add you to my professional network") or "join my network".',
    kinds: OUTREACH_KINDS,
    docs: docsFor('default-invite-text', {
      why: 'LinkedIn’s default note says nothing about why you are connecting. Personalised notes roughly double acceptance and replies (Lavender); no note is better than the default.',
      before: { text: "I'd like to add you to my professional network on LinkedIn.", options: note },
      after: { text: 'Hi Ana, your talk on caching was great; I would like to connect.', options: note },
    }),
  },
  check(context) {
    return findPhrases(context, [
      {
        re: /\bI(?:'d|’d| would) like to add you to my professional network(?: on LinkedIn)?\.?/i,
        message: "LinkedIn's default invitation text says nothing about why you are connecting",
        suggestion: BETTER,
      },
      {
        re: /\bjoin my (?:professional )?network\b|\bI(?:'d|’d| would) like to connect with you on LinkedIn\b/i,
        message: 'A boilerplate invitation says nothing about why you are connecting',
        suggestion: BETTER,
      },
    ]);
  },
};
