import { HAS_DETAIL, STOPWORDS, WORD_RE } from '../text.js';
import type { Rule, RuleContext } from '../types.js';
import { FIRST_KINDS, dm, docsFor } from './shared.js';

/** Content words (4+ letters, not function words) of the pasted profile or post. */
function aboutTerms(about: string): Set<string> {
  const terms = new Set<string>();
  for (const match of about.matchAll(WORD_RE)) {
    const word = match[0].toLowerCase();
    if (word.length >= 4 && !STOPWORDS.has(word) && !GENERIC.has(word)) terms.add(word);
  }
  return terms;
}

/** Words that appear in every profile and say nothing specific. */
const GENERIC = new Set(
  'with from that this have your work working experience team teams company years year about more what will their help helping people passionate professional manager senior junior role roles skills linkedin connect connection message hiring looking open'.split(
    ' ',
  ),
);

/** The first recipient-specific detail: a cue phrase, or a word shared with their pasted profile or post. */
export function firstDetail(context: RuleContext): { start: number; end: number } | null {
  const body = context.body;
  const cue = HAS_DETAIL.exec(body.text);
  let best = cue ? { start: body.start + cue.index, end: body.start + cue.index + cue[0].length } : null;
  if (context.about) {
    const terms = aboutTerms(context.about);
    const name = context.recipientName?.toLowerCase().split(/\s+/) ?? [];
    const greetingEnd = context.greeting?.span.end ?? -1;
    for (const word of context.bodyWords) {
      const lower = word.text.toLowerCase();
      if (word.start < greetingEnd || name.includes(lower) || !terms.has(lower)) continue;
      if (!best || word.start < best.start) best = { start: word.start, end: word.end };
      break;
    }
  }
  return best;
}

export const rule: Rule = {
  meta: {
    id: 'no-recipient-detail',
    severity: 'warning',
    description: 'Nothing specific to the recipient: no post, talk, shared school, event, mutual contact or role.',
    kinds: FIRST_KINDS,
    docs: docsFor('no-recipient-detail', {
      why: 'Personalisation roughly doubles replies (Lavender); bulk messages do badly. One specific detail — their post, talk, school, group, a mutual contact — shows this is not a mass mailing. When their profile or post is pasted (`--about`), the coach looks for a word of it in the message.',
      before: { text: 'Hi Ana, I am a developer. Could I ask you a question?', options: dm },
      after: { text: 'Hi Ana, your post on caching helped me. Could I ask one question?', options: dm },
    }),
  },
  check(context) {
    const text = context.body.text.trim();
    if (!context.firstContact || !text || firstDetail(context)) return [];
    const start = context.body.start + (context.body.text.length - context.body.text.trimStart().length);
    return [
      {
        start,
        end: context.greeting ? context.greeting.span.end : start + Math.min(text.length, 40),
        message: context.about
          ? 'Nothing in this message ties it to their profile or post: it could go to anyone'
          : 'Nothing in this message is specific to them: it could go to anyone',
        suggestion:
          'Name one specific thing: their post or talk, a shared school or group, a mutual contact, e.g. "your post on X was…".',
      },
    ];
  },
};
