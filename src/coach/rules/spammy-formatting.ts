import { find, findPhrases } from '../text.js';
import type { Rule, RuleReport } from '../types.js';
import { count, dm, docsFor } from './shared.js';

const SHORTENERS =
  /\b(?:bit\.ly|tinyurl\.com|t\.co|goo\.gl|ow\.ly|buff\.ly|rebrand\.ly|is\.gd|cutt\.ly|shorturl\.at|tiny\.cc)\/\S*/gi;
const LINK_RE = /\bhttps?:\/\/\S+|\bwww\.\S+/gi;
const EMOJI_RE = /\p{Extended_Pictographic}/gu;

export const rule: Rule = {
  meta: {
    id: 'spammy-formatting',
    severity: 'warning',
    description:
      'Looks like spam: "!!", "??", many exclamation marks, emoji in a first contact, link shorteners, spam words.',
    languageNeutral: true,
    docs: docsFor('spammy-formatting', {
      why: 'Repeated punctuation, many exclamation marks, emoji, link shorteners and spam words trip filters and look like mass mail.',
      before: { text: 'Hi Ana, quick question!!', options: dm },
      after: { text: 'Hi Ana, thanks for the tip! It worked.', options: dm },
    }),
  },
  check(context) {
    const reports: RuleReport[] = findPhrases(context, [
      {
        re: /!{2,}|\?{2,}|[!?]{3,}/,
        message: 'Repeated punctuation looks like spam',
        suggestion: 'Use a single "." or "?".',
      },
      {
        re: /\b(?:urgent|act now|limited time|click here|100% free|guaranteed|don'?t miss out|once in a lifetime)\b/i,
        message: 'A spam-filter word: it reads as a mass mailing',
        suggestion: 'Say plainly what you would like, without urgency.',
      },
    ]);
    const words = context.words.length;
    const bangs = count(/!/, context.text);
    if (bangs > Math.max(2, words / 50) && !reports.some((r) => context.text.slice(r.start, r.end).includes('!'))) {
      const spans = find(context, /!/g);
      reports.push({
        start: spans[1]!.start,
        end: spans[spans.length - 1]!.end,
        message: `${bangs} exclamation marks in ${words} words`,
        suggestion: 'Keep at most one, at the warmest moment.',
      });
    }
    if (context.firstContact && count(EMOJI_RE, context.text) > 1) {
      const emoji = find(context, EMOJI_RE);
      reports.push({
        start: emoji[1]!.start,
        end: emoji[emoji.length - 1]!.end,
        message: 'More than one emoji in a first contact',
        suggestion: 'Drop the emoji.',
      });
    } else if (context.firstContact && count(EMOJI_RE, context.text) === 1 && context.kind !== 'redirect_reply') {
      const emoji = find(context, EMOJI_RE)[0]!;
      if (context.words.length < 40)
        reports.push({
          start: emoji.start,
          end: emoji.end,
          severity: 'info',
          message: 'An emoji in a short first contact reads as casual',
          suggestion: 'Drop the emoji.',
        });
    }
    for (const span of find(context, SHORTENERS))
      reports.push({
        start: span.start,
        end: span.end,
        message: 'Link shorteners hide where a link goes and trip spam filters',
        suggestion: 'Use the full link.',
      });
    const links = find(context, LINK_RE);
    if (links.length > 1)
      reports.push({
        start: links[1]!.start,
        end: links[links.length - 1]!.end,
        message: `${links.length} links: more than one looks like spam`,
        suggestion: 'Keep the one link that matters.',
      });
    return reports;
  },
};
