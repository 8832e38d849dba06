import { findPhrases } from '../text.js';
import type { Rule } from '../types.js';
import { APPLICATION_RE, docsFor, OUTREACH_KINDS, unanswered } from './shared.js';

export const rule: Rule = {
  meta: {
    id: 'followup-too-many',
    severity: 'error',
    description: 'Three or more unanswered messages to one person, or more than one follow-up on a networking request.',
    kinds: OUTREACH_KINDS,
    languageNeutral: true,
    docs: docsFor('followup-too-many'),
  },
  check(context) {
    const pending = unanswered(context.history);
    const application = pending.some((h) => h.purpose === 'application') || APPLICATION_RE.test(context.text);
    // This draft would be message number pending + 1. Networking: the first message and one follow-up at most.
    const limit = application ? 3 : 2;
    if (pending.length + 1 > limit)
      return [
        {
          start: context.body.start,
          end: context.body.end,
          message: `This would be unanswered message number ${pending.length + 1} to them`,
          suggestion: 'Stop here: silence is an answer. Reach out again only with real news, months from now.',
        },
      ];
    if (context.kind !== 'follow_up' && pending.length === 0) return [];
    return findPhrases(context, [
      {
        re: /\b(?:missed|ignored|didn'?t see) (?:the|my) (?:last|previous|other) (?:two|three|four|several|few|\d+)\b|\b(?:third|fourth|fifth|3rd|4th|5th) (?:time|message|e-?mail|attempt|follow-?up|try)\b|\b(?:several|many|multiple|numerous) (?:times|messages|e-?mails|follow-?ups)\b/i,
        message: 'The message itself says it is one of many unanswered ones',
        suggestion: 'Stop here: silence is an answer. Reach out again only with real news, months from now.',
      },
    ]);
  },
};
