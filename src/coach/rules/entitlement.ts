import { findPhrases } from '../text.js';
import type { Rule } from '../types.js';
import { dm, docsFor, OUTREACH_KINDS } from './shared.js';

const ASK = 'Would you be open to a 15-minute call about your team?';

export const rule: Rule = {
  meta: {
    id: 'entitlement',
    severity: 'error',
    description:
      'Claims a right to their help or tells them what to do: "I deserve", "you owe me", "you should hire me".',
    kinds: OUTREACH_KINDS,
    docs: docsFor('entitlement', {
      why: 'Nobody owes a stranger a job, an interview or a referral. Claiming one ("I deserve", "you owe me") or giving orders ("you should hire me") turns a request into a demand; the etiquette the coach stands for is the opposite: no pressure, about the recipient, easy to decline. Career centres (SFU, Northeastern) advise one small, specific ask the reader can say no to.',
      before: {
        text: 'Hi Ana, with ten years in sales I deserve a senior role. You should pass my profile to your VP.',
        options: dm,
      },
      after: {
        text: 'Hi Ana, your post on pricing enterprise deals was sharp. Would you be open to a 15-minute call about your team?',
        options: dm,
      },
    }),
  },
  check(context) {
    return findPhrases(context, [
      {
        re: /\bI (?:really |truly |think I |feel (?:like )?I )?deserve\b|\bI (?:think I |feel (?:like )?I )?(?:['’]ve|have) earned\b|\byou owe (?:me|it to)\b|\b(?:it['’]s|it is|that['’]s) the least you (?:could|can) do\b|\b(?:it['’]s|it is) only fair (?:that |for )?(?:you|to)\b|\b(?:I['’]m|I am) (?:better|more qualified) than (?:half|most|many|all|any|anyone|everyone)\b|\b(?:the )?best candidate you['’]?(?:ll| will)? (?:ever )?(?:find|get|see)\b|\bafter (?:all|everything) I(?:['’]ve)? (?:gave|given|did|done)\b/i,
        message: 'Claims a right to their help: nobody owes a stranger a job or a favour',
        replacement: '',
        scope: 'sentence',
        suggestion: 'Say what you offer and ask; let them decide what you deserve.',
      },
      {
        re: /\byou (?:really |definitely |seriously )?(?:should|need to|have to|must)(?! not\b) (?:really |definitely )?(?:hire|refer|pass|forward|consider|give|interview|know|look|check|call|contact|talk to|meet|see)\b|\bjust tell (?:hr|them|your \w+|the \w+)\b[^.!?\n]{0,20}\bto (?:hire|interview|call)\b/i,
        message: 'Tells them what to do: an order, not a request',
        replacement: ASK,
        scope: 'sentence',
        suggestion: 'Ask, and make it easy to say no.',
      },
    ]);
  },
};
