import { findPhrases } from '../text.js';
import type { Rule, RuleReport } from '../types.js';
import { OUTREACH_KINDS, dm, docsFor } from './shared.js';

export const rule: Rule = {
  meta: {
    id: 'self-centred',
    severity: 'warning',
    description:
      'About the sender, not the reader: I/me/my over ~3× you/your, or self-praise ("passionate", "results-driven").',
    kinds: OUTREACH_KINDS,
    docs: docsFor('self-centred', {
      why: 'A message about you, full of self-praise (“passionate”, “results-driven”), gives the reader no reason to care. Counts I/me/my against you/your.',
      before: { text: 'Hi Ana, I am a passionate engineer.', options: dm },
      after: { text: 'Hi Ana, your post on caching helped me. Could you tell me how you test it?', options: dm },
    }),
  },
  check(context) {
    const reports: RuleReport[] = findPhrases(context, [
      {
        re: /\b(?:passionate|results[- ]driven|team player|hard[- ]?working|hard worker|detail[- ]oriented|self[- ]starter|go[- ]getter|highly (?:motivated|skilled)|self[- ]motivated|dynamic professional|rock ?star|ninja|proven track record|think outside the box|best candidate|perfect (?:fit|candidate))\b/i,
        message: 'Self-praise that every applicant uses tells them nothing',
        suggestion:
          'Show it with one concrete fact instead, e.g. "I cut our report run time from 2 hours to 10 minutes".',
      },
    ]);
    const lower = context.bodyWords.map((w) => w.text.toLowerCase());
    const self = lower.filter((w) =>
      ['i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'd", "i'll"].includes(w),
    ).length;
    const other = lower.filter((w) =>
      ['you', 'your', 'yours', 'yourself', "you're", "you've", "you'd", 'u', 'ur'].includes(w),
    ).length;
    if (self >= 5 && self > 3 * Math.max(other, 1)) {
      const first = context.sentences[0] ?? context.body;
      reports.push({
        start: first.start,
        end: context.body.end,
        message: `${self} mentions of yourself against ${other} of them: the message is about you`,
        suggestion: 'Turn one "I" sentence into one about them: their work, their team, their question.',
      });
    }
    return reports;
  },
};
