import { find } from '../text.js';
import type { Rule } from '../types.js';
import { docsFor } from './shared.js';

const JOB_RE =
  /\b(?:jobs?|roles?|positions?|openings?|hiring|career|r[eé]sum[eé]|cv|portfolio|opportunit(?:y|ies)|vacanc(?:y|ies)|recruit\w*|interview)\b/i;
const TIE_RE =
  /\bwe(?:'ve| have)? (?:met|chatted|spoke|talked|worked|studied|played|volunteered)\b|\bgroup\b|\b(?:our|a) (?:mutual|friend|neighbou?r)\b|\bfriend of\b|\bremember me\b|\bfellow\b|\bclassmates?\b|\b(?:your|the) post(?:ing)?\b|\bfor posting\b|\bfamily\b|\bcousin\b|\bschool together\b/i;

export const rule: Rule = {
  meta: {
    id: 'wrong-channel-personal',
    severity: 'warning',
    description:
      'A job message on Facebook or Instagram to someone with no personal tie: LinkedIn or e-mail fits better.',
    kinds: ['connection_note', 'first_message'],
    platforms: ['facebook', 'instagram'],
    requires: ['platform'],
    docs: docsFor('wrong-channel-personal', {
      why: 'On Facebook and Instagram a message from a non-friend lands in Message Requests, and a job pitch there feels intrusive. LinkedIn or e-mail fits work contacts.',
      before: {
        text: 'Hi Ana, I am applying for analyst jobs. Could we talk?',
        options: { platform: 'instagram', kind: 'first_message' },
      },
      after: {
        text: 'Hi Ana, we met at the climbing group. Is your team hiring analysts?',
        options: { platform: 'facebook', kind: 'first_message' },
      },
    }),
  },
  check(context) {
    if (TIE_RE.test(context.text)) return [];
    const job = find(context, JOB_RE)[0];
    if (!job) return [];
    return [
      {
        start: job.start,
        end: job.end,
        message: `A job message on ${context.platform === 'instagram' ? 'Instagram' : 'Facebook'} to someone you have no personal tie with lands in Message Requests and feels intrusive`,
        suggestion: 'Send it on LinkedIn or by e-mail, or mention how you know them.',
      },
    ];
  },
};
