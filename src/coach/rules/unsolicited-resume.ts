import { findPhrases } from '../text.js';
import type { Rule } from '../types.js';
import { OUTREACH_KINDS, dm, docsFor } from './shared.js';

const ASKED_RE =
  /\bas (?:you |your (?:post|posting|ad|listing) )?(?:asked|requested)\b|\bas requested\b|\byou asked (?:for|me)\b|\bper your request\b|\b(?:the )?(?:posting|listing|ad) (?:asks|asked) for\b/i;
/** An offer to send it later is what the rule recommends, not an attachment. */
const OFFER_RE =
  /\b(?:happy|glad|can|could|would be (?:happy|glad)|I['’]d be (?:happy|glad)) to (?:send|share|forward)\b|\bif (?:it (?:would )?helps?|you['’]?d like|that['’]?s (?:useful|helpful)|useful|helpful)\b|\b(?:up)?on request\b/i;
const DOCUMENT =
  '(?:r[eé]sum[eé]s?|cvs?|cover letters?|transcripts?|reference letters?|references|portfolio|application documents)';
const DOCUMENTS = `(?:my |a copy of my |the |you my |over my )?${DOCUMENT}(?:(?:,| and| &) (?:my |a |three |two )?${DOCUMENT})*`;

/** The sentence that replaces an attachment: the offer career centres recommend. */
export const OFFER = 'Happy to send my résumé if it would help.';

export const rule: Rule = {
  meta: {
    id: 'unsolicited-resume',
    severity: 'error',
    description:
      'Attaches or sends a résumé, CV or portfolio nobody asked for (error in a first contact, warning later).',
    kinds: OUTREACH_KINDS,
    docs: docsFor('unsolicited-resume', {
      why: 'A résumé nobody asked for turns a conversation into an application. Offer it instead.',
      before: { text: 'Hi Ana, I have attached my resume for you.', options: dm },
      after: { text: 'Hi Ana, Happy to send my résumé if it would help.', options: dm },
    }),
  },
  check(context) {
    if (ASKED_RE.test(context.text)) return [];
    const reports = findPhrases(context, [
      {
        re: new RegExp(
          `\\b(?:attach(?:ed|ing)?|enclos(?:ed|ing|e)|upload(?:ed|ing)?|send(?:ing)?|sent|forward(?:ing)?|includ(?:ed|ing)|shar(?:ing)|here['’]?s|here is|here are|find attached) (?:is |are |to this message )?${DOCUMENTS}\\b|\\b(?:my )?${DOCUMENT} (?:is |are )?(?:attached|enclosed|in the attachment|below|linked)\\b|\\b(?:i['’]?ve|i have) (?:attached|enclosed|uploaded) (?:it|them|a copy)\\b|\\bin the attachment\\b`,
          'i',
        ),
        message: 'Sends a résumé nobody asked for: it turns a conversation into an application',
        replacement: OFFER,
        scope: 'sentence',
        suggestion: 'Leave the résumé out; offer it instead.',
      },
    ]).filter((report) => !OFFER_RE.test(context.text.slice(report.start, report.end)));
    return context.firstContact ? reports : reports.map((r) => ({ ...r, severity: 'warning' as const }));
  },
};
