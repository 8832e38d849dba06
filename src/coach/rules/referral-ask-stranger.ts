import { findPhrases } from '../text.js';
import type { Rule } from '../types.js';
import { FIRST_KINDS, dm, docsFor } from './shared.js';

const BETTER = 'Build the connection first: ask one question about their work; a referral can come later, if offered.';

export const rule: Rule = {
  meta: {
    id: 'referral-ask-stranger',
    severity: 'error',
    description: 'Asks a stranger for a referral, an introduction or to forward a résumé.',
    kinds: FIRST_KINDS,
    docs: docsFor('referral-ask-stranger', {
      why: 'A referral puts the referrer’s reputation on the line; a stranger cannot vouch for you yet.',
      before: { text: 'Hi Ana, could you refer me to your recruiter?', options: dm },
      after: {
        text: 'Hi Ana, Sam Lee referred me to your post on caching. Could I ask one question about it?',
        options: dm,
      },
    }),
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
        re: /\b(?:forward(?:ing)?|pass(?:ing)?(?: along| on)?|send(?:ing)?|shar(?:e|ing)|get(?:ting)?|put(?:ting)?) my (?:r[eé]sum[eé]|cv|application|profile|portfolio|name)(?: (?:along|on))?(?: (?:to|in front of|with))?\b|\bput in a (?:good )?word\b|\bforward (?:it|this|them) (?:on )?to (?:hr|your (?:hiring|recruit|talent|hr|manager|boss)|the (?:hiring|recruit|hr|right))\w*|\bput(?:ting)? me forward to\b/i,
        message: 'Asks a stranger to pass your résumé on',
        suggestion: BETTER,
      },
    ]);
  },
};
