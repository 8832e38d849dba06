import type { Rule } from '../types.js';
import { ASK_RE, THANKS_RE, dm, docsFor } from './shared.js';

const WARMTH_RE =
  /\b(?:great|nice|lovely|glad|good) to (?:meet|hear|see|connect)\b|\blooking forward\b|\bwarm(?:ly|est)?\b|\bkind(?:ly)? (?:of you|regards)\b|\bhope you(?:'re| are)? well\b/i;

export const rule: Rule = {
  meta: {
    id: 'no-thanks',
    severity: 'info',
    description: 'An ask with no thanks (thanking raises replies), or a redirect reply with no thanks or warmth.',
    kinds: ['first_message', 'follow_up', 'email', 'redirect_reply'],
    docs: docsFor('no-thanks', {
      why: 'Thanking in the sign-off raised replies from 47.5 % to ~62 % (Boomerang); gratitude doubled help in Grant & Gino (2010).',
      before: { text: 'Hi Ana, could I ask one question?', options: dm },
      after: { text: 'Hi Ana, could I ask one question? Thank you!', options: dm },
    }),
  },
  check(context) {
    const text = context.body.text;
    if (!text.trim() || THANKS_RE.test(text)) return [];
    const redirect = context.kind === 'redirect_reply';
    if (redirect ? WARMTH_RE.test(text) : !ASK_RE.test(text)) return [];
    const end = context.body.end;
    const last = context.sentences[context.sentences.length - 1] ?? context.body;
    return [
      {
        start: last.start,
        end,
        message: redirect
          ? 'No thanks and no warmth: it reads as a rebuff'
          : 'You ask for something but never say thank you',
        suggestion: redirect ? 'Start with "Thanks for the request!"' : 'Close with "Thank you for your time."',
      },
    ];
  },
};
