import { findPhrases } from '../text.js';
import type { Rule } from '../types.js';
import { dm, docsFor, OUTREACH_KINDS } from './shared.js';

const SPECIFIC =
  'Ask for one specific, small thing they can do in minutes, e.g. "Could I ask how you moved from retail into data analysis?", or name the role and place: "junior data analyst roles in Denver".';

export const rule: Rule = {
  meta: {
    id: 'vague-ask',
    severity: 'warning',
    description:
      'A vague ask nobody can act on: "help me find anything", "any job", "let me know if you hear of anything".',
    kinds: OUTREACH_KINDS,
    docs: docsFor('vague-ask', {
      why: 'A busy stranger can act on a small, specific ask ("15 minutes about how you moved from retail into data analysis"), not on "anything": an open-ended ask hands them the work of figuring out how to help, so most do nothing. Career centres (SFU, Northeastern) recommend one specific request, and naming the role and place you want.',
      before: { text: 'Hi Ana, I just moved to Denver. Can you help me find anything? Any job is fine.', options: dm },
      after: {
        text: 'Hi Ana, I just moved to Denver from retail management and saw you made the same switch into data analysis. Could I ask which course helped you most?',
        options: dm,
      },
    }),
  },
  check(context) {
    return findPhrases(context, [
      {
        re: /\b(?:help|assist) me (?:to )?(?:find|get|land|with) (?:anything|something|any(?:thing)?|work|a job)\b|\bhelp me (?:get started|figure (?:it|things) out|with my career)\b|\b(?:is there )?(?:literally )?anything (?:at all )?(?:you can|you could) do\b|\bany (?:help|advice|leads|pointers?|tips)(?: or (?:help|advice|leads|pointers?|tips))? (?:would|will|at all|you can)\b/i,
        message: 'A vague ask: they cannot tell what would help',
        suggestion: SPECIFIC,
      },
      {
        re: /\b(?:open to|looking for|interested in|keep me in mind for|consider me for) (?:anything|any (?:kind of |sort of |type of )?(?:job|role|position|work|opportunit(?:y|ies))s?)\b|\bany (?:kind of |sort of |type of )?(?:job|role|work|position)s?\b(?! (?:on|in|at|with) (?:your|the)\b)|\bany (?:opportunit(?:y|ies)|openings?) (?:in|at all)\b|\b(?:anything|something) (?:at all|really|will do)\b|\bif you (?:hear|know) of (?:anything|something)\b|\bwhatever (?:you have|is available|you['’]?ve got|comes up|there is)\b|\bfor anything\b(?! else)(?: at \p{Lu}\w*)?/iu,
        message: 'Asks for "anything": a stranger cannot act on an open-ended search',
        suggestion: SPECIFIC,
      },
    ]);
  },
};
