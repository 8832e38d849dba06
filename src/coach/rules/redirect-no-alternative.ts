import type { Rule } from '../types.js';
import { docsFor, redirect } from './shared.js';

const CHANNEL_RE =
  /\blinked ?in\b|\bsent you (?:a |an )?(?:request|invite|invitation|connection)\b|\b(?:request|invite|invitation) (?:there|on)\b|\bhttps?:\/\/\S+|\bwww\.\S+|\b[\w.+-]+@[\w-]+\.[\w.]+\b|\b(?:e-?mail|call|reach) me\b|\bwork e-?mail\b|\bconnect (?:with me )?(?:on|via|at|there)\b/i;

export const rule: Rule = {
  meta: {
    id: 'redirect-no-alternative',
    severity: 'warning',
    description:
      'A redirect reply that declines without offering a concrete professional channel (invite sent, link, e-mail).',
    kinds: ['redirect_reply'],
    docs: docsFor('redirect-no-alternative', {
      why: 'A redirect without a concrete professional channel (invite sent, link, e-mail) is just a rejection.',
      before: { text: 'Thanks for the request, but I keep Facebook for family.', options: redirect },
      after: { text: 'Thanks! You can reach me at ana@example.com.', options: redirect },
    }),
  },
  check(context) {
    const text = context.body.text.trim();
    if (!text || CHANNEL_RE.test(text)) return [];
    return [
      {
        start: context.body.start + (context.body.text.length - context.body.text.trimStart().length),
        end: context.body.end,
        message: 'Declines without offering another way to stay in touch',
        suggestion:
          'Offer the professional channel: "LinkedIn is where I keep work contacts — I\'ve sent you an invite there."',
      },
    ];
  },
};
