import { findPhrases } from '../text.js';
import type { Rule } from '../types.js';
import { APPLICATION_RE, OUTREACH_KINDS, docsFor, followUp, unanswered } from './shared.js';

export const rule: Rule = {
  meta: {
    id: 'followup-too-many',
    severity: 'error',
    description: 'Three or more unanswered messages to one person, or more than one follow-up on a networking request.',
    kinds: OUTREACH_KINDS,
    languageNeutral: true,
    docs: docsFor('followup-too-many', {
      why: 'Follow up once on a networking request; after three unanswered messages, silence is an answer. Uses the contact tracker’s history, or the wording (“in case you missed the last three”).',
      before: {
        text: 'Hi Ana, one more thought on caching.',
        options: {
          ...followUp,
          history: [
            { direction: 'sent', at: '2026-01-01T10:00:00Z' },
            { direction: 'sent', at: '2026-01-09T10:00:00Z' },
          ],
        },
      },
      after: {
        text: 'Hi Ana, one more thought on caching.',
        options: { ...followUp, history: [{ direction: 'sent', at: '2026-01-01T10:00:00Z' }] },
      },
    }),
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
        re: /\b(?:missed|ignored|didn'?t see) (?:the|my) (?:last|previous|other) (?:two|three|four|several|few|\d+)\b|\b(?:third|fourth|fifth|3rd|4th|5th) (?:time|message|e-?mail|attempt|follow-?up|try)\b|\b(?:several|many|multiple|numerous) (?:times|messages|e-?mails|follow-?ups)\b|\b(?:called|phoned|rang|written|wrote|emailed|e-mailed|messaged|texted|tried|reached out)(?: (?:to )?(?:you|your (?:office|phone|team)|the office))?(?: (?:two|three|four|five|six|\d+) (?:times|messages|e-?mails))\b|\b(?:my|the) (?:last|previous|earlier) (?:few|several|couple of|two|three|four) (?:messages|e-?mails|notes|dms)\b|\bleft (?:you )?(?:two |three |several |multiple )?voicemails\b/i,
        message: 'The message itself says it is one of many unanswered ones',
        suggestion: 'Stop here: silence is an answer. Reach out again only with real news, months from now.',
      },
    ]);
  },
};
