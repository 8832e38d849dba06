import type { Rule, RuleReport } from '../types.js';
import { dm, docsFor } from './shared.js';

/** `RE`/`FWD` prefixes of a subject are not shouting. */
const isCaps = (word: string) => /^[\p{Lu}'’-]+$/u.test(word) && /\p{Lu}/u.test(word) && !/^(?:RE|FWD?)$/.test(word);

export const rule: Rule = {
  meta: {
    id: 'all-caps',
    severity: 'warning',
    description: 'Two or more consecutive all-caps words that are not acronyms: it reads as shouting.',
    languageNeutral: true,
    docs: docsFor('all-caps', {
      why: 'All caps reads as shouting; all-caps subjects get about 30 % fewer replies. Short acronyms (SFU, QA) are fine.',
      before: { text: 'Hi Ana, PLEASE READ this.', options: dm },
      after: { text: 'Hi Ana, Please read this.', options: dm },
    }),
  },
  check(context) {
    const reports: RuleReport[] = [];
    const words = context.words;
    let i = 0;
    while (i < words.length) {
      if (!isCaps(words[i]!.text)) {
        i++;
        continue;
      }
      let j = i;
      while (
        j + 1 < words.length &&
        isCaps(words[j + 1]!.text) &&
        !/\n\s*\n/.test(context.text.slice(words[j]!.end, words[j + 1]!.start))
      )
        j++;
      const run = words.slice(i, j + 1);
      // Acronyms are short (SFU, BBA, QA): a run counts when it has a long word, or three words or more.
      if (run.length >= 2 && (run.some((w) => w.text.length >= 5) || run.length >= 3)) {
        const phrase = context.text.slice(run[0]!.start, run[run.length - 1]!.end);
        reports.push({
          start: run[0]!.start,
          end: run[run.length - 1]!.end,
          message: 'All caps reads as shouting',
          replaces: true,
          suggestion: phrase
            .toLowerCase()
            .replace(/(^|[.!?]\s+)(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase()),
        });
      }
      i = j + 1;
    }
    return reports;
  },
};
