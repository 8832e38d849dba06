import { findPhrases } from '../text.js';
import type { Rule } from '../types.js';
import { OUTREACH_KINDS, dm, docsFor } from './shared.js';

const PLAINLY =
  'State what you are looking for plainly, and what you bring, e.g. "I\'m looking for analyst roles where I can use SQL daily."';

export const rule: Rule = {
  meta: {
    id: 'needy-or-apologetic',
    severity: 'warning',
    description:
      'Desperation, guilt and hardship appeals, or over-apology: "I really need this job, my rent is due", "I\'m begging", "sorry to bother you".',
    kinds: OUTREACH_KINDS,
    docs: docsFor('needy-or-apologetic', {
      why: 'Desperation, hardship and guilt appeals ("my rent is due", "you are my last hope") make the reader uneasy rather than helpful: they put pressure on someone who cannot fix your situation. Apologising for writing undercuts the message before it starts. Slight warmth helps (+10–15 % replies); pressure does not.',
      before: { text: 'Hi Ana, I am desperate for work.', options: dm },
      after: { text: 'Hi Ana, thanks for reading. Could I ask one question?', options: dm },
    }),
  },
  check(context) {
    return findPhrases(context, [
      {
        // Hardship and guilt: a stranger cannot fix it, so it only weighs on them. The whole sentence is the appeal.
        re: /\b(?:my )?rent is (?:due|late|overdue)\b|\bpay (?:my|the) (?:rent|bills)\b|\b(?:kids|children|family|mouths?) to feed\b|\brunning out of (?:savings|money)\b|\b(?:my )?(?:savings|money) (?:are|is) (?:almost |nearly |all |completely )?(?:gone|running out|spent)\b|\b(?:about to |going to |might |could )?los(?:e|ing) my (?:apartment|house|home|flat|car)\b|\bnowhere (?:else )?to turn\b|\b(?:my )?(?:visa|permit|work permit) (?:expires|runs out|ends)\b|\b(?:my )?unemployment (?:runs|is running) out\b|\bonly earning member\b|\b(?:my )?(?:visa|family|kids|children|future|life) (?:depends|is depending) on\b|\b(?:save|saving|feed) my (?:family|kids|children)\b|\bat the end of my rope\b|\bat my wits['’]? end\b|\b(?:my|you['’]re|you are) (?:honestly |truly )?(?:my )?last hope\b|\bI (?:really )?need a win\b|\bcan['’]?t afford to (?:keep waiting|wait|lose)\b|\b(?:had|having) a (?:really )?(?:hard|rough|terrible|tough) (?:year|few months|time)\b|\bstruggling to (?:pay|make ends meet|get by)\b|\b(?:been )?(?:unemployed|out of work|jobless) for (?:over |almost |nearly |more than )?(?:\d+|a|an|one|two|three|four|five|six|eight|ten|twelve|several|many) (?:months?|years?)\b/i,
        message: 'An appeal to hardship or guilt: it weighs on a stranger, who cannot fix it',
        replacement: '',
        scope: 'sentence',
        suggestion: 'Leave your circumstances out; say what you do and the one small thing you would like.',
      },
      {
        re: /\bdesperate(?:ly)?\b|\bbegging\b|\bI(?:['’]ll| will| would|['’]d|['’]m willing to| am willing to) (?:take|do|accept) (?:literally )?(?:anything|whatever)\b|\bwilling to do anything\b|\bI['’]?m not picky\b|\bI (?:really,? )?(?:really )?need (?:this|a|the) job\b|\bneed (?:a|this) job (?:so )?(?:badly|urgently)\b|\bneed (?:something|work|a job) (?:soon|badly|urgently|now)\b|\bI (?:just|really|desperately) need (?:something|work|anything)\b|\b(?:in )?(?:very )?urgent need\b|\burgently\b|\b(?:please )?give me a chance\b|\bit (?:would|will) (?:literally )?mean (?:everything|the world|so much)(?: to me)?\b|\bforever grateful\b/i,
        message: 'Sounds desperate: it makes the reader uneasy rather than helpful',
        suggestion: PLAINLY,
      },
      {
        re: /\b(?:I['’]m |I am )?(?:so |very |really )?sorry (?:to|for) (?:bother|disturb|trouble|intrude)\w*(?: you)?(?: again)?\b(?:,? but)?[,.!]?\s*|\b(?:I['’]m |I am )?(?:so )?sorry if this is (?:weird|random|awkward|strange|too much)\b[,.!]?\s*|\bapologies for (?:the|this|my) (?:random|long|unsolicited|cold|sudden) (?:message|note|e-?mail|dm)\b[,.!]?\s*|\bsorry for (?:the|this) (?:long|random) (?:message|note)\b[,.!]?\s*|\bI know you(?:['’]re| are| must be) (?:very |really |so |super |extremely |incredibly )?busy\b(?:,? but)?[,.]?\s*|\bI know you must get (?:tons|lots|a lot|so many|hundreds|loads) of these\b[,.]?\s*/i,
        message: 'Opens with an apology, which undercuts the message',
        replacement: '',
        suggestion: 'Drop the apology; thank them at the end instead: "Thanks for reading."',
      },
      {
        re: /\b(?:please )?kindly (?:revert|do the needful|reply|respond)(?: back)?(?: (?:asap|soon|at the earliest|urgently))?\b|\b(?:please )?revert (?:back )?(?:asap|soon|at the earliest)\b/i,
        message: 'Demands a quick answer from someone who owes you none',
        replacement: 'I would be glad to hear from you whenever you have a moment',
        suggestion: 'Give them room to answer when they can.',
      },
      {
        re: /\basap\b/i,
        message: 'Demands a quick answer from someone who owes you none',
        replacement: 'when you have a moment',
        suggestion: 'Give them room to answer when they can.',
      },
    ]);
  },
};
