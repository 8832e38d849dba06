import { findPhrases } from '../text.js';
import type { Rule } from '../types.js';
import { docsFor, redirect } from './shared.js';

const NEUTRAL = 'One neutral sentence is enough: "LinkedIn is where I stay in touch with work contacts."';

export const rule: Rule = {
  meta: {
    id: 'redirect-over-explains',
    severity: 'warning',
    description:
      'A redirect reply that over-explains: "we\'re not really friends", "don\'t take it personally", policy language.',
    kinds: ['redirect_reply'],
    docs: docsFor('redirect-over-explains', {
      why: 'When steering someone from Facebook to LinkedIn, one neutral sentence is enough (Emily Post; Arden Clise). Explaining a policy or the relationship makes it personal.',
      before: { text: "Thanks, but we're not really friends. I sent you a LinkedIn invite.", options: redirect },
      after: {
        text: 'Thanks for the request! LinkedIn is where I stay in touch with work contacts, so I sent you an invite there.',
        options: redirect,
      },
    }),
  },
  check(context) {
    return findPhrases(context, [
      {
        re: /\b(?:we(?:'re| are)|we aren'?t) not (?:really |exactly )?(?:friends|close)\b|\bwe aren'?t (?:really )?friends\b|\bdon'?t take (?:it|this) personal(?:ly)?\b|\bnothing personal\b|\bit(?:'s| is) not (?:about )?you\b/i,
        message: 'Over-explains the refusal: it makes a small thing personal',
        suggestion: NEUTRAL,
      },
      {
        re: /\b(?:per |as a matter of |it(?:'s| is) )?my (?:personal |strict )?(?:policy|rule)\b|\b(?:requests|invitations) (?:from [\w ]{1,20} )?are (?:declined|not accepted|ignored)\b|\bI (?:never|don'?t|do not|only) (?:use|accept|add|connect)\b[^.!?\n]{0,60}/i,
        message: 'Policy language sounds cold and formal',
        suggestion: NEUTRAL,
      },
    ]);
  },
};
