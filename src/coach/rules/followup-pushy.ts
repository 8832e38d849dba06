import { findPhrases } from '../text.js';
import type { Rule } from '../types.js';
import { OUTREACH_KINDS, docsFor, followUp } from './shared.js';

/** The drop-in sentence that replaces pressure: it gives the reader an easy way out. */
export const GRACIOUS = "I know things get busy, so if now isn't a good time, no worries at all.";
const WHY = 'Pressure ends the conversation; an easy way out is what gets a reply.';

export const rule: Rule = {
  meta: {
    id: 'followup-pushy',
    severity: 'error',
    description:
      'Pressure, impatience or blame: "still waiting… not very professional", "saw you read my DM", "reply today", "I have other offers".',
    kinds: OUTREACH_KINDS,
    docs: docsFor('followup-pushy', {
      why: 'Impatience and blame ("still waiting… not very professional", "saw you read my DM", "reply by Friday", "I have other offers") end the conversation for good. Career centres advise one polite follow-up about a week later that gives the reader an easy way out.',
      before: { text: "Hi Ana, I still haven't heard back.", options: followUp },
      after: {
        text: "Hi Ana, I know things get busy, so if now isn't a good time, no worries at all.",
        options: followUp,
      },
    }),
  },
  check(context) {
    return findPhrases(context, [
      {
        re: /\b(?:still )?(?:haven['’]?t|have not|never) (?:heard back|heard from you|heard anything|got(?:ten)? (?:a|any|so much as)\b|received (?:a|any)\b)|\bwhy (?:no|haven['’]?t you|didn['’]?t you|won['’]?t you|aren['’]?t you)\b[^.!?\n]{0,20}|\bignoring me\b|\bno (?:reply|response|answer) yet\b|\bstill (?:waiting|nothing|no (?:reply|response|word|answer))\b|\b(?:not (?:very )?|un)professional\b|\bdisrespectful\b|\b(?:the )?(?:courtesy|decency) (?:of|to)\b|\b(?:should|do|shall) I take (?:that|this|it|your silence) as a no\b|\b(?:why|how) (?:is it|it['’]s) so hard\b|\bI (?:really )?don['’]?t understand why\b|\ba simple (?:reply|response|answer|yes or no)\b|\bwasn['’]?t (?:important|good) enough\b|\bI guess I was wrong\b|\bI thought\b[^.!?\n]{0,40}\bsupposed to\b|\bI['’]?d expect (?:a|an|the|you|someone)\b|\bleav(?:e|ing) (?:people|candidates|me|us) hanging\b|\bI['’]?ve been (?:very |more than |extremely |really )?patient\b|\bfollowing up (?:yet )?again\b|\bhello\?|(?:^|\s)\?{3,}/i,
        message: 'Blames them or shows impatience: it ends the conversation',
        replacement: GRACIOUS,
        scope: 'sentence',
        suggestion: WHY,
      },
      {
        re: /\b(?:saw|see|noticed|know) (?:that )?(?:you|u)(?:['’]ve| have)? (?:read|opened|seen|viewed|saw|been (?:active|online|posting))\b[^.!?\n]{0,15}|\bread my (?:dm|message|e-?mail)\b|\bit says (?:seen|read)\b/i,
        message: 'Tells them you saw they read it or were online: it reads as surveillance',
        replacement: GRACIOUS,
        scope: 'sentence',
        suggestion: WHY,
      },
      {
        re: /\b(?:please )?(?:reply|respond|answer|get back to me|confirm|hear (?:back )?from you|need to know|need to hear(?: back)?|need an answer|need you to)\b[^.!?\n]{0,60}\b(?:today|tonight|now|asap|immediately|right away|by (?:tomorrow|tonight|end of (?:the )?day|eod|the end of the week|monday|tuesday|wednesday|thursday|friday|\d{1,2}(?:st|nd|rd|th)?)|this week|before then)\b|\bsurely you can\b|\bi expect (?:a|your) (?:reply|response|answer)\b|\bwaiting (?:for|on) your (?:reply|response|answer)\b|\b(?:a|your) (?:quick|prompt|speedy|fast|immediate) (?:reply|response|answer)\b/i,
        message: 'Demands an answer on your schedule from someone who owes you none',
        replacement: 'Whenever you have a moment, I would be grateful for your thoughts.',
        scope: 'sentence',
        suggestion: WHY,
      },
      {
        re: /\bI have (?:other|another|several|two|three) (?:options|offers?|companies|interviews)\b[^.!?\n]{0,40}|\b(?:another|other) offers? on the table\b|\btalking to (?:two|three|four|several|other|a few) other companies\b|\b(?:you['’]ll|you will) (?:need|have) to move fast\b|\bneed to decide by\b/i,
        message: 'Pressures them with other offers or a deadline',
        replacement: '',
        scope: 'sentence',
        suggestion:
          'Leave the leverage out; if a deadline is real, tell a recruiter plainly once you are in their process.',
      },
    ]);
  },
};
