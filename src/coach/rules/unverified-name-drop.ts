import { findPhrases } from '../text.js';
import type { Rule } from '../types.js';
import { OUTREACH_KINDS, dm, docsFor } from './shared.js';

const NAME = "\\p{Lu}[\\p{Ll}'’-]+(?: \\p{Lu}[\\p{Ll}'’-]+)?";

export const rule: Rule = {
  meta: {
    id: 'unverified-name-drop',
    severity: 'warning',
    description: 'Names a mutual contact ("X suggested…"): make sure they agreed; error on "X said you\'d hire me".',
    kinds: OUTREACH_KINDS,
    docs: docsFor('unverified-name-drop', {
      why: 'Naming a mutual contact opens doors, but only if they agreed; claiming they promised a job is worse than no name at all.',
      before: { text: 'Hi Ana, Sam Lee suggested I contact you.', options: dm },
      after: { text: 'Hi Ana, I read your post on caching.', options: dm },
    }),
  },
  check(context) {
    const reports = findPhrases(context, [
      {
        re: new RegExp(
          `\\b${NAME} (?:said|told me|promised|mentioned) (?:that )?you(?:'d|’d| would| will| could| can)? (?:[\\p{L}']+ ){0,4}?(?:hire|give me|get me|take me|interview|find me|refer)\\w*`,
          'u',
        ),
        message: 'Claims a third person promised something on their behalf',
        suggestion: 'Say only what is true and agreed: "Ana Ruiz suggested I contact you about clinical data roles."',
      },
    ]).map((r) => ({ ...r, severity: 'error' as const }));
    if (reports.length) return reports;
    return findPhrases(context, [
      {
        re: new RegExp(
          `\\b${NAME} (?:suggested|recommended|told me|said|mentioned|thought)(?: that)? (?:I|we|you)\\b`,
          'u',
        ),
        message: 'Names a mutual contact: make sure they agreed to be mentioned',
        suggestion: 'Check with them first, or copy them in ("Ana, cc\'d, suggested I contact you").',
      },
    ]);
  },
};
