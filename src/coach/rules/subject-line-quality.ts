import type { Rule, RuleReport } from '../types.js';
import { docsFor, email } from './shared.js';

const VAGUE = new Set(
  'hi hello hey job jobs question questions career careers quick inquiry enquiry request help opportunity opportunities application interested interest introduction intro resume cv position role meeting hiring follow up my a an the in for of about'.split(
    ' ',
  ),
);

export const rule: Rule = {
  meta: {
    id: 'subject-line-quality',
    severity: 'warning',
    description: 'A subject too long (> 8 words / 60 characters), too short or vague, all caps, or a fake "RE:".',
    docs: docsFor('subject-line-quality', {
      why: 'Three-to-four-word subjects got the most replies (Boomerang); over 60 characters is cut off on phones. A fake “RE:” is a trick the reader sees through.',
      before: { text: 'Subject: Job\n\nHi Ana,', options: email },
      after: { text: 'Subject: Question about your caching talk\n\nHi Ana,', options: email },
    }),
  },
  check(context) {
    const subject = context.subject;
    if (!subject || !subject.text.trim()) return [];
    const reports: RuleReport[] = [];
    const at = (message: string, suggestion: string, start = subject.start, end = subject.end) =>
      reports.push({ start, end, message, suggestion });
    const re = /^(?:\s*(?:re|fwd?)\s*:\s*)+/i.exec(subject.text);
    const rest = subject.text.slice(re ? re[0].length : 0);
    const words = rest.match(/[\p{L}\d][\p{L}\d'’.-]*/gu) ?? [];
    if (re) {
      const stacked = (re[0].match(/:/g) ?? []).length;
      if (context.firstContact)
        at(
          'A fake "RE:" on a first message looks like a trick',
          'Drop "RE:".',
          subject.start,
          subject.start + re[0].length,
        );
      else if (stacked >= 2)
        at(
          `${stacked} stacked "RE:" prefixes look like a chain of unanswered nudges`,
          'Write a fresh, specific subject.',
          subject.start,
          subject.start + re[0].length,
        );
    }
    if (words.length > 8 || rest.length > 60)
      at(
        `A subject of ${words.length} words / ${rest.length} characters gets cut off; 3–4 words get the most replies`,
        'Cut it to the 3–6 words that say why you are writing.',
      );
    else if (words.length < 2)
      at(
        'A one-word subject says nothing',
        'Say why you are writing in 3–6 words, e.g. "SFU alum - question about UX research".',
      );
    else if (words.every((w) => VAGUE.has(w.toLowerCase())))
      at(
        'A vague subject gives them no reason to open it',
        'Name the specific reason, e.g. "Question about your floodplain mapping work".',
      );
    const letters = rest.replace(/[^\p{L}]/gu, '');
    if (letters.length >= 4 && letters === letters.toUpperCase())
      at(
        'An all-caps subject gets about 30 % fewer replies',
        rest.toLowerCase().replace(/^\p{Ll}/u, (c) => c.toUpperCase()),
      );
    else if (/^\p{Ll}/u.test(rest.trim()) && rest === rest.toLowerCase())
      at(
        'An all-lowercase subject looks careless',
        rest.trim().replace(/^\p{Ll}/u, (c) => c.toUpperCase()),
      );
    if (/[!?]{2,}/.test(rest)) at('Repeated punctuation in a subject looks like spam', 'Drop the extra "!" and "?".');
    return reports;
  },
};
