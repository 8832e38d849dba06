import { OUTREACH_KINDS, count, dm, docsFor } from './shared.js';
import { find } from '../text.js';
import type { Rule, RuleReport } from '../types.js';

const EMOJI_RE = /\p{Extended_Pictographic}/gu;
const FAMILIAR_RE =
  /\b(?:hun|hon|bro|bruh|dude|babe|buddy|mate|fam|sweetie|sweetheart|darling|dearest|bestie|pal|my man|girl|xoxo|xo)\b|\b(?:hey{3,}|hi{3,}|heyy+a|yo{2,})\b|(?:^|\n|\. )love, \p{Lu}/iu;
const TEXT_SPEAK_RE =
  /\b(?:u|ur|lmk|pls|plz|thx|wanna|gonna|gotta|lol|omg|btw|idk|imo|tbh|ya|yo|r u|cuz|coz|k|haha|hehe|sup)\b/;

export const rule: Rule = {
  meta: {
    id: 'overly-familiar',
    severity: 'warning',
    description: 'Too casual for a professional contact: "hun", "bro", text-speak (u, ur, lmk), lowercase "i", emoji.',
    kinds: OUTREACH_KINDS,
    docs: docsFor('overly-familiar', {
      why: 'Pet names, text-speak and a lowercase “i” read as careless in a professional message.',
      before: { text: 'hey bro, can u help?', options: dm },
      after: { text: 'Hi Ana, I would like to ask you a question.', options: dm },
    }),
  },
  check(context) {
    const reports: RuleReport[] = [];
    for (const span of find(context, FAMILIAR_RE))
      reports.push({
        start: span.start,
        end: span.end,
        message: `"${span.text}" is too familiar for someone you are networking with`,
        suggestion: 'Use their name instead.',
      });
    for (const span of find(context, new RegExp(TEXT_SPEAK_RE.source, 'gi')))
      reports.push({
        start: span.start,
        end: span.end,
        message: `Text-speak ("${span.text}") reads as careless in a professional message`,
        suggestion: spellOut(span.text),
      });
    for (const span of find(context, /(?<![\p{L}'’])i(?![\p{L}])/gu))
      reports.push({
        start: span.start,
        end: span.end,
        message: 'Lowercase "i" reads as careless',
        suggestion: 'I',
        replaces: true,
      });
    if (count(EMOJI_RE, context.text) >= 2) {
      const emoji = find(context, EMOJI_RE);
      reports.push({
        start: emoji[0]!.start,
        end: emoji[emoji.length - 1]!.end,
        message: `${emoji.length} emoji: too casual for a first professional contact`,
        suggestion: 'Drop the emoji; let the words carry the warmth.',
      });
    }
    return reports;
  },
};

const SPELLED: Record<string, string> = {
  u: 'you',
  ur: 'your',
  lmk: 'let me know',
  pls: 'please',
  plz: 'please',
  thx: 'thanks',
  wanna: 'would you like to',
  gonna: 'going to',
  gotta: 'have to',
  btw: 'by the way',
  idk: "I don't know",
  imo: 'in my view',
  tbh: 'honestly',
  ya: 'you',
  cuz: 'because',
  coz: 'because',
  k: 'OK',
  'r u': 'are you',
  sup: 'how are you',
};

function spellOut(word: string): string {
  return SPELLED[word.toLowerCase()] ?? 'Write the words out in full.';
}
