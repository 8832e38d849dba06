import { findPhrases } from '../text.js';
import type { Rule } from '../types.js';
import { dm, docsFor, followUp } from './shared.js';

const KEEP_IT_PROFESSIONAL = 'Remove it: comment on their work, never on how they look.';

export const rule: Rule = {
  meta: {
    id: 'personal-appearance',
    severity: 'error',
    description: 'Comments on looks, or romantic language: never appropriate in professional outreach.',
    docs: docsFor('personal-appearance', {
      why: 'Comments on looks or romantic language are harassment on a professional network (LinkedIn’s community policies prohibit them).',
      before: { text: 'Hi Ana, you look gorgeous in your photo.', options: dm },
      after: { text: 'Hi Ana, your talk on caching was stunning work.', options: followUp },
    }),
  },
  check(context) {
    return findPhrases(context, [
      {
        re: /\b(?:hey|hi|hello) (?:gorgeous|beautiful|handsome|cutie|sexy|pretty|stunning|babe|sweetheart|darling)\b|\b(?:you(?:'re| are)?|u r|ur|you look) (?:so |very |really |super )?(?:gorgeous|beautiful|handsome|cute|sexy|hot|pretty|stunning|attractive)\b|\bsexy\b|\byou look (?:so |very |really )?\w+ in (?:your|that|the) (?:photo|picture|pic|profile)\b/i,
        message: 'Comments on their looks: inappropriate in a professional message',
        suggestion: KEEP_IT_PROFESSIONAL,
      },
      {
        re: /\b(?:profile )?(?:pic|picture|photo|smile|eyes)\b[^.!?\n]{0,20}\b(?:caught my eye|is (?:beautiful|stunning|cute|lovely)|made my day)\b|\bare you single\b|\b(?:go on a )?date with me\b|\bdinner date\b|\bget to know you better\b/i,
        message: 'Romantic or personal remarks: inappropriate in a professional message',
        suggestion: KEEP_IT_PROFESSIONAL,
      },
      {
        re: /😍|😘|💋|🥰|😻|❤️|💕|💘/u,
        message: 'A romantic emoji: inappropriate in a professional message',
        suggestion: KEEP_IT_PROFESSIONAL,
      },
    ]);
  },
};
