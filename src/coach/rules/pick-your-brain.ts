import { findPhrases } from '../text.js';
import type { Rule } from '../types.js';
import { dm, docsFor } from './shared.js';

export const rule: Rule = {
  meta: {
    id: 'pick-your-brain',
    severity: 'warning',
    description: '"Pick your brain": vague, one-sided, and a cliché busy people have learned to ignore.',
    docs: docsFor('pick-your-brain', {
      why: 'The phrase is vague, one-sided and so common that busy people have learned to ignore it.',
      before: { text: 'Hi Ana, could I pick your brain about caching?', options: dm },
      after: { text: 'Hi Ana, could I ask you two questions about caching?', options: dm },
    }),
  },
  check(context) {
    return findPhrases(context, [
      {
        re: /\bpick (?:your|ur|yer) brains?\b/i,
        message: '"Pick your brain" is vague and asks for free advice with nothing specific',
        suggestion:
          'Ask one specific question, e.g. "ask you two questions about how you moved into product marketing".',
      },
    ]);
  },
};
