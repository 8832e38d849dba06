import type { Rule } from '../types.js';
import { docsFor, email } from './shared.js';

export const rule: Rule = {
  meta: {
    id: 'subject-missing',
    severity: 'error',
    description: 'An e-mail without a `Subject:` line (no subject: 14 % replies).',
    kinds: ['email'],
    languageNeutral: true,
    docs: docsFor('subject-missing', {
      why: 'E-mails without a subject got 14 % replies. LinkedIn InMail requires one.',
      before: { text: 'Hi Ana, could I ask one question?', options: email },
      after: { text: 'Subject: Question about your caching talk\n\nHi Ana, could I ask one question?', options: email },
    }),
  },
  check(context) {
    if (context.subject && context.subject.text.trim()) return [];
    const end = context.subject
      ? context.subject.end
      : Math.min(context.text.length, (context.text.indexOf('\n') + 1 || context.text.length + 1) - 1);
    return [
      {
        start: 0,
        end: Math.max(end, 0),
        message: 'The e-mail has no subject line',
        suggestion:
          'Start with a short, specific subject, e.g. "Subject: SFU alum - question about hydrology consulting".',
      },
    ];
  },
};
