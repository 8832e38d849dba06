import { findPhrases } from '../text.js';
import type { Rule } from '../types.js';
import { dm, docsFor } from './shared.js';

export const rule: Rule = {
  meta: {
    id: 'unfilled-placeholder',
    severity: 'error',
    description: 'A template placeholder was left in: `[First Name]`, `{{company}}`, `<Name>`, `XXX`.',
    languageNeutral: true,
    docs: docsFor('unfilled-placeholder', {
      why: 'A left-over `[First Name]` proves the message is a template, and undoes any personal touch.',
      before: { text: 'Hi [First Name], your talk was great.', options: dm },
      after: { text: 'Hi Ana, see [my post](https://example.com) on caching.', options: dm },
    }),
  },
  check(context) {
    return findPhrases(context, [
      {
        re: /\{\{\s*[\w .-]{1,30}\s*\}\}|\{\s*(?:first_?name|last_?name|name|company|title|role|position)\s*\}|\[(?:[A-Z][\w]*|first|last|your|their|company|name|recipient|insert)(?: [\w']+){0,3}\](?!\()|<(?:[A-Z][a-z]*|first|last|name|company)(?: [A-Za-z]+){0,3}>|\bX{3,}\b|\bTBD\b|\bFIRST_?NAME\b|\bCOMPANY_?NAME\b/,
        message: 'A template placeholder is still in the message',
        suggestion: 'Replace it with the real name or detail before sending.',
      },
    ]);
  },
};
