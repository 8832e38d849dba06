import type { Rule } from '../types.js';
import { FIRST_KINDS, dm, docsFor } from './shared.js';
import { firstDetail } from './no-recipient-detail.js';

const GREETING_ONLY = /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[^.!?]{0,30}[,!.]?$/i;

export const rule: Rule = {
  meta: {
    id: 'reason-buried',
    severity: 'info',
    description: 'The connection or the reason for writing first appears after the second sentence.',
    kinds: FIRST_KINDS,
    docs: docsFor('reason-buried', {
      why: 'Readers decide in the first line or two; the reason you chose them should be there.',
      before: {
        text: 'Hi Ana, I am a developer. I work in Leeds. I build apps. I loved your post on caching. Could I ask a question?',
        options: dm,
      },
      after: {
        text: 'Hi Ana, your post on caching helped me. I am a developer. Could I ask one question?',
        options: dm,
      },
    }),
  },
  check(context) {
    const detail = firstDetail(context);
    if (!detail) return [];
    const sentences = context.sentences.filter((s) => !GREETING_ONLY.test(s.text));
    const index = sentences.findIndex((s) => detail.start >= s.start && detail.start < s.end);
    if (index < 2) return [];
    const sentence = sentences[index]!;
    return [
      {
        start: sentence.start,
        end: sentence.end,
        message: `Why you are writing to them only shows up in sentence ${index + 1}`,
        suggestion: 'Move this sentence to the top, right after the greeting.',
      },
    ];
  },
};
