import { findPhrases } from '../text.js';
import type { Rule, RuleReport } from '../types.js';
import {
  APPLICATION_RE,
  OUTREACH_KINDS,
  businessDaysBetween,
  docsFor,
  followUp,
  followUpDueDate,
  unanswered,
} from './shared.js';

const DAY_MS = 24 * 3600 * 1000;

export const rule: Rule = {
  meta: {
    id: 'followup-too-soon',
    severity: 'warning',
    description:
      'A follow-up sooner than 3 business days (applications) or a week (networking) after the unanswered message (an error under half that).',
    kinds: OUTREACH_KINDS,
    languageNeutral: true,
    docs: docsFor('followup-too-soon', {
      why: 'Career centres advise following up about a week after a networking message, and no sooner than 3 business days after an application. Uses the contact tracker’s history when `--to` names a tracked contact; otherwise the wording (“I sent you a message yesterday”).',
      before: {
        text: 'Hi Ana, following up on my note.',
        options: {
          ...followUp,
          history: [{ direction: 'sent', at: '2026-01-10T10:00:00Z' }],
          now: new Date('2026-01-12T10:00:00.000Z'),
        },
      },
      after: {
        text: 'Hi Ana, I tried your caching tip and it worked. Could I ask one more question?',
        options: {
          ...followUp,
          history: [{ direction: 'sent', at: '2026-01-01T10:00:00Z' }],
          now: new Date('2026-01-12T10:00:00.000Z'),
        },
      },
    }),
  },
  check(context) {
    const pending = unanswered(context.history);
    const whole = { start: context.body.start, end: context.body.end };
    if (pending.length > 0) {
      const last = pending[pending.length - 1]!;
      const sent = new Date(last.at);
      if (Number.isNaN(sent.getTime())) return [];
      const application =
        last.purpose === 'application' || (last.purpose === undefined && APPLICATION_RE.test(context.text));
      const days = (context.now.getTime() - sent.getTime()) / DAY_MS;
      const business = businessDaysBetween(sent, context.now);
      const tooSoon = application ? business < 3 : days < 7;
      if (!tooSoon) return [];
      const wait = application ? '3 business days' : 'a week';
      const due = followUpDueDate(sent, application);
      // Under half the wait (a day or two after the first message) is pressure, not a reminder.
      const farTooSoon = application ? business < 2 : days < 3.5;
      const report: RuleReport = {
        ...whole,
        ...(farTooSoon ? { severity: 'error' as const } : {}),
        message: `Your last message (${last.at.slice(0, 10)}) is unanswered and only ${Math.floor(days)} day(s) old; wait ${wait}`,
        suggestion: `Send this on or after ${due.toISOString().slice(0, 10)}.`,
      };
      return [report];
    }
    if (context.kind !== 'follow_up') return [];
    return findPhrases(context, [
      {
        re: /\b(?:sent|messaged|emailed|e-mailed|wrote|texted|dm'?d|pinged|reached out to)\b[^.!?\n]{0,40}\b(?:yesterday|earlier today|this morning|last night|an hour ago|(?:a )?(?:few|couple of) (?:hours|days) ago|(?:2|3|two|three) days ago)\b/i,
        message: 'Following up within days of the first message is too soon',
        suggestion: 'Wait a week for networking messages (3 business days after an application) before following up.',
      },
    ]);
  },
};
