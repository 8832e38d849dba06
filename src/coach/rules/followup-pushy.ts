import { findPhrases } from '../text.js';
import type { Rule } from '../types.js';
import { docsFor, OUTREACH_KINDS } from './shared.js';

const GRACIOUS = 'Give them an easy way out: "I know things get busy — if now isn\'t a good time, no worries."';

export const rule: Rule = {
  meta: {
    id: 'followup-pushy',
    severity: 'error',
    description: 'Guilt or demands: "haven\'t heard back", "saw you read my DM", "reply today".',
    kinds: OUTREACH_KINDS,
    docs: docsFor('followup-pushy'),
  },
  check(context) {
    return findPhrases(context, [
      {
        re: /\b(?:still )?(?:haven'?t|have not|never) (?:heard back|heard from you|got(?:ten)? a (?:reply|response|answer))\b|\bwhy (?:no|haven'?t you|didn'?t you|won'?t you|aren'?t you)\b[^.!?\n]{0,20}|\bignoring me\b|\bno (?:reply|response) yet\b/i,
        message: 'Blames them for not answering',
        suggestion: GRACIOUS,
      },
      {
        re: /\b(?:saw|see|noticed|know) (?:that )?(?:you|u) (?:read|opened|seen|viewed|saw) (?:my|the)\b[^.!?\n]{0,15}|\bread my (?:dm|message|e-?mail)\b/i,
        message: 'Tells them you saw they read it: it reads as surveillance',
        suggestion: GRACIOUS,
      },
      {
        re: /\b(?:please )?(?:reply|respond|answer|get back to me|confirm)\b[^.!?\n]{0,40}\b(?:today|now|asap|immediately|right away|by (?:tomorrow|tonight|end of day|eod))\b|\bsurely you can\b|\bi expect (?:a|your) (?:reply|response|answer)\b|\bwaiting (?:for|on) your (?:reply|response|answer)\b/i,
        message: 'Demands an answer from someone who owes you none',
        suggestion: GRACIOUS,
      },
    ]);
  },
};
