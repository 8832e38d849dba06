import { HAS_DETAIL, find } from '../text.js';
import type { Rule } from '../types.js';
import { OUTREACH_KINDS, dm, docsFor } from './shared.js';
import { sentenceAt } from '../text.js';

const FLATTERY_RE =
  /\b(?:visionary|genius|huge fan|big(?:gest)? fan|legend(?:ary)?|guru|rock ?star|thought leader|industry leaders? like (?:yourself|you)|(?:the )?most (?:inspiring|amazing|brilliant|talented|successful)|truly (?:amazing|inspiring|incredible)|absolute (?:genius|legend|inspiration)|idol|hero)\b/i;

export const rule: Rule = {
  meta: {
    id: 'empty-flattery',
    severity: 'warning',
    description: 'Superlatives ("visionary", "genius", "huge fan") with nothing concrete behind them.',
    kinds: OUTREACH_KINDS,
    docs: docsFor('empty-flattery', {
      why: 'Slight warmth helps (+10–15 %), excessive flattery does not. Praise something concrete instead.',
      before: { text: 'Hi Ana, you are a visionary and a genius.', options: dm },
      after: { text: 'Hi Ana, huge fan of your post on cache keys - it fixed our bug.', options: dm },
    }),
  },
  check(context) {
    const detail = HAS_DETAIL;
    return find(context, FLATTERY_RE)
      .filter((span) => {
        const sentence = sentenceAt(context, span.start);
        return !(sentence && detail.test(sentence.text));
      })
      .map((span) => ({
        start: span.start,
        end: span.end,
        message: `"${span.text}" is praise without substance: it reads as flattery`,
        suggestion:
          'Replace it with what exactly you admire, e.g. "your post on pricing experiments changed how I run A/B tests".',
      }));
  },
};
