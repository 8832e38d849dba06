import { findPhrases } from '../text.js';
import type { Rule, RuleReport } from '../types.js';
import { OUTREACH_KINDS, dm, docsFor } from './shared.js';

const TIME_BOX_RE =
  /\b\d+[- ]?min(?:ute)?s?\b|\b(?:fifteen|twenty|ten|thirty)[- ]minutes?\b|\bquick (?:call|chat|question)\b/i;
const REQUEST_VERBS =
  /\b(?:mentor|review|introduce|tell|show|share|refer|forward|help|send|look at|check out|teach|explain|read|recommend|connect me)\b/gi;
const SMALLER = 'Make it small and time-boxed, e.g. "Would you have 15 minutes for a call next week?"';

export const rule: Rule = {
  meta: {
    id: 'ask-too-big',
    severity: 'warning',
    description: 'An open-ended or heavy ask: coffee or lunch with no time box, an hour, mentoring, chained favours.',
    kinds: OUTREACH_KINDS,
    docs: docsFor('ask-too-big', {
      why: 'Career centres recommend a small, specific ask (15–20 minutes). Open-ended coffee, lunch or “an hour” is a large cost to a stranger.',
      before: { text: 'Hi Ana, can I grab you a coffee sometime?', options: dm },
      after: { text: 'Hi Ana, could I buy you a coffee for 20 minutes next week to ask about caching?', options: dm },
    }),
  },
  check(context) {
    const reports: RuleReport[] = [];
    if (!TIME_BOX_RE.test(context.text))
      reports.push(
        ...findPhrases(context, [
          {
            re: /\b(?:buy|grab|get|take) you (?:a )?(?:coffee|lunch|dinner|a drink|drinks)\b|\b(?:coffee|lunch|dinner|drinks) (?:sometime|some time|one day|soon)\b|\bmeet (?:up )?(?:sometime|some time)\b/i,
            message: 'An open-ended meeting with no time box is a big ask from a stranger',
            suggestion: SMALLER,
          },
        ]),
      );
    reports.push(
      ...findPhrases(context, [
        {
          re: /\b(?:an|one|a couple of|a few|two) hours?\b(?! ago)|\babout everything\b|\beverything (?:about|you know)\b/i,
          message: 'Asks for a lot of their time',
          suggestion: SMALLER,
        },
        {
          re: /\b(?:mentor me|be my mentor)\b/i,
          message: 'Asking a stranger to mentor you is a large, open-ended commitment',
          suggestion: 'Ask one specific question first; mentoring grows out of a relationship.',
        },
      ]),
    );
    for (const sentence of context.sentences) {
      if (!/\b(?:could|would|can|will) you\b|\bplease\b/i.test(sentence.text)) continue;
      const verbs = new Set([...sentence.text.matchAll(REQUEST_VERBS)].map((m) => m[0].toLowerCase()));
      if (verbs.size >= 3)
        reports.push({
          start: sentence.start,
          end: sentence.end,
          message: `Chains ${verbs.size} favours in one request`,
          suggestion: 'Pick the one favour that matters most and ask only for that.',
        });
    }
    return reports.filter((r, i) => reports.findIndex((o) => o.start === r.start && o.end === r.end) === i);
  },
};
