import type { Rule } from '../types.js';
import { ASK_RE, docsFor } from './shared.js';

export const rule: Rule = {
  meta: {
    id: 'no-clear-ask',
    severity: 'warning',
    description: 'A first message with no question and no request: the reader does not know what to do.',
    kinds: ['first_message', 'email'],
    docs: docsFor('no-clear-ask'),
  },
  check(context) {
    const text = context.body.text.trim();
    if (!context.firstContact || !text || ASK_RE.test(text)) return [];
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
