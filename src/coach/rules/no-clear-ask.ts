import type { Rule } from '../types.js';
import { ASK_RE, dm, docsFor } from './shared.js';

/** A message that gives (thanks, congratulations, an offer) needs no ask. */
const GIVES_RE =
  /\bcongrat(?:s|ulations)\b|\bthank(?:s| you)\b(?! for reading)|\b(?:glad|happy) to (?:share|send|help)\b|\bif it (?:would )?helps?\b/i;

export const rule: Rule = {
  meta: {
    id: 'no-clear-ask',
    severity: 'warning',
    description: 'A first message with no question and no request: the reader does not know what to do.',
    kinds: ['first_message', 'email'],
    docs: docsFor('no-clear-ask', {
      why: 'A message that asks nothing leaves the reader nothing to do, so they do nothing.',
      before: { text: 'Hi Ana, I read your post on caching. I work on caching too.', options: dm },
      after: { text: 'Hi Ana, I read your post on caching. Could I ask how you choose cache keys?', options: dm },
    }),
  },
  check(context) {
    const text = context.body.text.trim();
    if (!context.firstContact || !text || ASK_RE.test(text) || GIVES_RE.test(text)) return [];
    const last = context.sentences.filter(
      (s) => !/^(?:best|thanks|thank you|sincerely|regards|cheers)\b/i.test(s.text),
    );
    const target = last.length > 1 ? last[last.length - 2]! : (last[0] ?? context.body);
    return [
      {
        start: target.start,
        end: target.end,
        message: 'There is no question or request: what should they do after reading this?',
        suggestion: 'End with one small, specific ask, e.g. "Would you be open to a 15-minute call next week?"',
      },
    ];
  },
};
