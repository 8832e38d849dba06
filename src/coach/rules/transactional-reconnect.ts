import { find } from '../text.js';
import type { Rule } from '../types.js';
import { OUTREACH_KINDS, dm, docsFor } from './shared.js';

const DORMANT_RE =
  /\blong time no (?:talk|see|speak|chat)\b|\bit(?:'s|’s| has) been (?:a while|ages|forever|too long|years|a long time)\b|\bhaven'?t (?:talked|spoken|caught up) in (?:ages|years|forever|a while)\b/i;
const FAVOUR_RE =
  /\brefer(?:ral)?\b|\bintroduce me\b|\b(?:a|big|huge|quick) favou?r\b|\b(?:forward|pass along|send) my (?:r[eé]sum[eé]|cv)\b|\bare you hiring\b|\bget me (?:a job|an interview|in)\b|\bput in a (?:good )?word\b|\bhire me\b/i;

export const rule: Rule = {
  meta: {
    id: 'transactional-reconnect',
    severity: 'warning',
    description: 'A dormant-contact opener ("long time no talk") followed straight away by a big favour.',
    kinds: OUTREACH_KINDS,
    docs: docsFor('transactional-reconnect', {
      why: 'Reviving a dormant tie only to ask a big favour reads as using the person. Reconnect first; ask later.',
      before: { text: 'Hi Ana, long time no talk! Could you refer me for the open role?', options: dm },
      after: {
        text: "Hi Ana, long time no talk! I saw your promotion news - congratulations. How's the new team?",
        options: dm,
      },
    }),
  },
  check(context) {
    const opener = find(context, DORMANT_RE)[0];
    if (!opener) return [];
    const favour = find(context, FAVOUR_RE).find((s) => s.start > opener.start);
    if (!favour) return [];
    return [
      {
        start: opener.start,
        end: favour.end,
        message: 'Reconnects after a long silence only to ask a big favour',
        suggestion: 'Reconnect first (a real update, a question about them); ask for the favour in a later message.',
      },
    ];
  },
};
