import type { Rule, RuleReport } from '../types.js';
import { dm, docsFor, email } from './shared.js';

export const rule: Rule = {
  meta: {
    id: 'wall-of-text',
    severity: 'warning',
    description: 'More than ~60 words without a line break, or a paragraph of more than 5 sentences.',
    languageNeutral: true,
    docs: docsFor('wall-of-text', {
      why: 'Most messages are read on a phone, where an unbroken block of 60+ words is skimmed or skipped.',
      before: {
        text: 'Hi Ana, we ship the data to our team and it works. well for the people who use it every day we. ship the data to our team and it works well. for the people who use it every day we ship. the data to our team and it works well for. the people who use it every day we ship the. data to our team and it works well for the.',
        options: dm,
      },
      after: {
        text: 'Hi Ana,\n\nwe ship the data to our team and it works. well for the people who use it every day we. ship the data to our team and it works well. for the people who use it every day we ship.\n\nwe ship the data to our team and it works. well for the people who use it every day we. ship the data to our team and it works well. for the people who use it every day we ship.',
        options: email,
      },
    }),
  },
  check(context) {
    const reports: RuleReport[] = [];
    for (const paragraph of context.paragraphs) {
      // Greeting and signature lines ("Hi Dana,", "Lena Park") are not sentences of the paragraph.
      const sentences = context.sentences.filter(
        (s) =>
          s.start >= paragraph.start &&
          s.end <= paragraph.end &&
          (/[.!?]$/.test(s.text) || (s.text.match(/\S+/g)?.length ?? 0) >= 4),
      );
      let longestLine = 0;
      let count = 0;
      let previousEnd = paragraph.start;
      for (const word of context.words) {
        if (word.start < paragraph.start) continue;
        if (word.end > paragraph.end) break;
        count = context.text.slice(previousEnd, word.start).includes('\n') ? 1 : count + 1;
        longestLine = Math.max(longestLine, count);
        previousEnd = word.end;
      }
      if (longestLine > 60 || sentences.length > 5)
        reports.push({
          start: paragraph.start,
          end: paragraph.end,
          message:
            sentences.length > 5
              ? `A paragraph of ${sentences.length} sentences is hard to read on a phone`
              : `${longestLine} words without a line break is hard to read on a phone`,
          suggestion: 'Break it into short paragraphs of one to three sentences each.',
        });
    }
    return reports;
  },
};
