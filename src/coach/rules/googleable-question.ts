import { findPhrases } from '../text.js';
import type { Rule } from '../types.js';
import { OUTREACH_KINDS, dm, docsFor } from './shared.js';

const LOOK_IT_UP = 'Look this up on their careers page first, then ask something only they can answer.';

export const rule: Rule = {
  meta: {
    id: 'googleable-question',
    severity: 'info',
    description:
      'Asks what a careers page or a search answers ("what does your company do", "what positions are open").',
    kinds: OUTREACH_KINDS,
    docs: docsFor('googleable-question', {
      why: 'Asking what a careers page answers shows you did not look, and wastes the one question you get.',
      before: { text: 'Hi Ana, what does your company do?', options: dm },
      after: { text: 'Hi Ana, how did your team decide to move billing to events?', options: dm },
    }),
  },
  check(context) {
    return findPhrases(context, [
      {
        re: /\bwhat (?:does|do) (?:your|the) (?:company|team|firm|startup|organi[sz]ation) do\b/i,
        message: 'Asks what their company does: the website says',
        suggestion: LOOK_IT_UP,
      },
      {
        re: /\bwhat (?:positions|roles|jobs|openings|vacancies) (?:are|do you have)(?: open| available)?\b|\b(?:is|are) your (?:company|team|firm) hiring\b|\bwhat(?:'s| is| are) (?:the|your) (?:salary|pay|hiring criteria)\b|\bwhat are your hiring criteria\b/i,
        message: 'Asks what the careers page already answers',
        suggestion: LOOK_IT_UP,
      },
    ]);
  },
};
