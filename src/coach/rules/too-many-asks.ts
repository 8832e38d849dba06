import type { Rule } from '../types.js';
import { ASK_RE, OUTREACH_KINDS, count, dm, docsFor } from './shared.js';

export const rule: Rule = {
  meta: {
    id: 'too-many-asks',
    severity: 'warning',
    description: 'More than 3 question marks, or 2 or more separate requests: one small ask gets answered.',
    kinds: OUTREACH_KINDS,
    docs: docsFor('too-many-asks', {
      why: 'One to three questions raise replies by about 50 % over none; more than that lowers them (Boomerang).',
      before: { text: 'Hi Ana, how do you cache? Why? Where? When?', options: dm },
      after: { text: 'Hi Ana, could I ask one question about caching? Thanks!', options: dm },
    }),
  },
  check(context) {
    const questions = count(/\?+/, context.body.text);
    const asking = context.sentences.filter((s) => ASK_RE.test(s.text));
    if (questions <= 3 && asking.length < 3) return [];
    const first = asking[1] ?? asking[0] ?? context.body;
    const last = asking[asking.length - 1] ?? context.body;
    return [
      {
        start: first.start,
        end: last.end,
        message:
          questions > 3
            ? `${questions} questions in one message; one to three get the most replies`
            : `${asking.length} separate requests in one message`,
        suggestion: 'Keep the single most important ask and drop the rest.',
      },
    ];
  },
};
