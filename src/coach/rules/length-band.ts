import type { Rule } from '../types.js';
import { HAS_DETAIL } from '../text.js';
import { docsFor, note } from './shared.js';

const SIGN_OFF_RE =
  /^(?:best|thanks|thank you|many thanks|regards|best regards|kind regards|sincerely|cheers|warmly)\b/i;

export const rule: Rule = {
  meta: {
    id: 'length-band',
    severity: 'warning',
    description: 'Longer than replies reward: notes over 2 sentences, DMs over 400 characters, e-mails over 125 words.',
    kinds: ['connection_note', 'first_message', 'follow_up', 'email'],
    docs: docsFor('length-band', {
      why: 'E-mails of 50–125 words get the most replies (Boomerang, ~40 M e-mails); InMails under 400 characters do 22 % better than average. A connection note has room for two sentences.',
      before: {
        text: 'Hi Ana, I saw your talk. I work on caching. I have questions. Would you connect?',
        options: note,
      },
      after: { text: 'Hi Ana, your caching talk at DevDays helped my team. I would like to connect.', options: note },
    }),
  },
  check(context) {
    const { kind, body, bodyWords, sentences, platform } = context;
    const text = body.text.trim();
    const start = body.start + (body.text.length - body.text.trimStart().length);
    const end = start + text.length;
    if (!text) return [];
    const isEmail = kind === 'email' || platform === 'email' || context.subject !== null;
    if (kind === 'connection_note') {
      const counted = sentences.filter((s) => !/^(?:hi|hello|hey|dear)\b[^.!?]{0,25}[,!]?$/i.test(s.text));
      if (counted.length > 2) {
        const third = counted[2]!;
        return [
          {
            start: third.start,
            end,
            message: `A connection note reads best in two sentences; this one has ${counted.length}`,
            suggestion: 'Keep who you are plus the specific reason to connect; save the rest for after they accept.',
          },
        ];
      }
      return [];
    }
    if (isEmail) {
      const words = bodyWords.filter((w) => !SIGN_OFF_RE.test(w.text)).length;
      if (words > 125)
        return [
          {
            start: bodyWords[125]?.start ?? start,
            end,
            message:
              words > 200
                ? `At ${words} words this e-mail is far past the 50–125 words that get the most replies`
                : `At ${words} words this e-mail is past the 50–125 words that get the most replies`,
            suggestion: 'Cut to who you are, the one specific reason you are writing to them, and one small ask.',
          },
        ];
      if (context.firstContact && words < 25 && !HAS_DETAIL.test(text))
        return [
          {
            start,
            end,
            severity: 'info',
            message: `At ${words} words with no context this e-mail gives them nothing to go on`,
            suggestion: 'Add one or two sentences: who you are, why them in particular, and what you would like.',
          },
        ];
      return [];
    }
    if (text.length > 400)
      return [
        {
          start: start + 400,
          end,
          message: `${text.length} characters; direct messages under 400 characters get more replies`,
          suggestion: 'Trim to the specific reason you are writing and one question.',
        },
      ];
    return [];
  },
};
