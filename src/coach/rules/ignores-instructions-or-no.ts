import { findPhrases } from '../text.js';
import type { Rule, RuleReport } from '../types.js';
import { OUTREACH_KINDS, dm, docsFor, followUp } from './shared.js';

const INSTRUCTION_RE =
  /\bno (?:dms?|direct messages|messages|calls|recruiters|agencies)\b|\b(?:do not|don'?t|please don'?t) (?:dm|message|contact|call|email|e-mail|reach out)\b|\bapply (?:only )?(?:via|through|on|at) (?:the |our )?(?:portal|website|site|link|careers page|ats)\b|\bapplications? (?:only )?(?:via|through) (?:the |our )?(?:portal|website|link)\b/i;

export const rule: Rule = {
  meta: {
    id: 'ignores-instructions-or-no',
    severity: 'error',
    description: 'Writes anyway where the posting said "apply via the portal / no DMs", or after the person declined.',
    kinds: OUTREACH_KINDS,
    docs: docsFor('ignores-instructions-or-no', {
      why: 'Writing anyway when the posting said “apply via the portal / no DMs”, or after a no, shows you do not listen. Paste the posting with `--about` to check it.',
      before: { text: 'Hi Ana, I know you said no DMs, but could I ask one question?', options: dm },
      after: {
        text: 'Hi Ana, I applied through the portal as your post asked.',
        options: { ...followUp, about: 'Apply via the portal. No DMs please.' },
      },
    }),
  },
  check(context) {
    const reports: RuleReport[] = findPhrases(context, [
      {
        re: /\bI know (?:you|your post|the post(?:ing)?) (?:said|asked|says)\b[^.!?\n]{0,40}|\b(?:even though|although|despite) (?:you|your post|the post(?:ing)?) (?:said|saying|asked|declined)\b[^.!?\n]{0,40}|\bI know you (?:said no|declined|passed)\b|\bI know you(?:'re| are) not (?:hiring|taking)\b/i,
        message: 'Admits to going against what they asked',
        suggestion: 'Respect it: apply through the channel they named, or take the no and do not send this.',
      },
    ]);
    if (
      context.about &&
      INSTRUCTION_RE.test(context.about) &&
      context.kind !== 'follow_up' &&
      context.platform !== 'email'
    ) {
      const instruction = INSTRUCTION_RE.exec(context.about)![0];
      reports.push({
        start: context.body.start,
        end: context.body.end,
        message: `Their post says "${instruction}": a direct message ignores that`,
        suggestion: 'Follow their instructions (e.g. apply through the portal) instead of messaging.',
      });
    }
    return reports;
  },
};
