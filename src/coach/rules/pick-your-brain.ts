import { findPhrases } from '../text.js';
import type { Rule } from '../types.js';
import { docsFor } from './shared.js';

export const rule: Rule = {
  meta: {
    id: 'pick-your-brain',
    severity: 'warning',
    description: '"Pick your brain": vague, one-sided, and a cliché busy people have learned to ignore.',
    docs: docsFor('pick-your-brain'),
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
