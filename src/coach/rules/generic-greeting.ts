import { findPhrases } from '../text.js';
import type { Rule } from '../types.js';
import { dm, docsFor } from './shared.js';

export const rule: Rule = {
  meta: {
    id: 'generic-greeting',
    severity: 'warning',
    description: '"To whom it may concern", "Dear Sir/Madam", "Dear Hiring Manager", "Hi there": use their name.',
    kinds: ['connection_note', 'first_message', 'follow_up', 'email'],
    docs: docsFor('generic-greeting', {
      why: 'Any greeting beats none, and “Hi/Hello” does better than “Dear” (Boomerang); “To whom it may concern” says you did not find out who they are.',
      before: { text: 'To whom it may concern, I read your post.', options: dm },
      after: { text: 'Hi Ana, quick question about your post.', options: dm },
    }),
  },
  check(context) {
    const name = context.recipientName?.split(/\s+/)[0];
    const better = name ? `Hi ${name},` : 'Use their name: "Hi Dana," (find it on their profile or the posting).';
    const reports = findPhrases(context, [
      {
        re: /\bto whom it may concern\b|\bdear (?:sir|madam|sirs)(?:\s*(?:\/|or)\s*(?:madam|sir))?\b|\bdear hiring (?:manager|team)\b|\bdear recruiter\b|^\s*(?:hi|hello|hey) (?:there|all|everyone|sir|ma'?am)\b|^\s*(?:greetings|hello)(?=[!,.])/im,
        message: 'A generic greeting tells them this message could have gone to anyone',
        suggestion: better,
      },
    ]);
    // With their name known the fix is word for word: the greeting phrase becomes "Hi Dana".
    if (name) for (const report of reports) Object.assign(report, { suggestion: `Hi ${name}`, replaces: true });
    if (reports.length === 0 && name && context.greeting && !context.greeting.name) {
      const { span } = context.greeting;
      const parts = /^(\s*[\p{L}]+)([\s\S]*)$/u.exec(span.text);
      reports.push({
        start: span.start,
        end: span.end,
        message: 'You know their name: use it',
        ...(parts ? { suggestion: `${parts[1]} ${name}${parts[2]}`, replaces: true } : { suggestion: better }),
      });
    }
    return reports;
  },
};
