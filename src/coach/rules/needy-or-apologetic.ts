import { findPhrases } from '../text.js';
import type { Rule } from '../types.js';
import { docsFor, OUTREACH_KINDS } from './shared.js';

export const rule: Rule = {
  meta: {
    id: 'needy-or-apologetic',
    severity: 'warning',
    description:
      'Desperate or over-apologetic wording: "desperate", "any job", "I\'ll do anything", "sorry to bother".',
    kinds: OUTREACH_KINDS,
    docs: docsFor('needy-or-apologetic'),
  },
  check(context) {
    return findPhrases(context, [
      {
        re: /\bdesperate(?:ly)?\b|\bany (?:kind of )?job\b|\bI(?:'ll|’ll| will) do anything\b|\bbegging\b|\b(?:need|want) (?:a|this) job (?:so )?(?:badly|urgently)\b|\burgently\b|\bplease give me a chance\b|\bgive me a chance\b/i,
        message: 'Sounds desperate: it makes the reader uneasy rather than helpful',
        suggestion:
          'State what you are looking for plainly, and what you bring, e.g. "I\'m looking for analyst roles where I can use SQL daily."',
      },
      {
        re: /\bsorry (?:to|for) (?:bother|disturb|trouble|intrude)\w*(?: you)?\b|\bI know you(?:'re| are) (?:very |really |so )?busy,? but\b|\bsorry for (?:the|this) (?:long|random) (?:message|note)\b/i,
        message: 'Opens with an apology, which undercuts the message',
        suggestion: 'Drop the apology and thank them instead: "Thanks for reading."',
      },
      {
        re: /\bkindly (?:revert|do the needful|reply|respond)\b|\brevert (?:back )?(?:asap|soon|at the earliest)\b|\basap\b/i,
        message: 'Demands a quick answer from someone who owes you none',
        suggestion: 'Give them room: "Whenever you have a moment."',
      },
    ]);
  },
};
