import type { Phrase } from '../text.js';
import { findPhrases } from '../text.js';
import type { Rule } from '../types.js';
import { FIRST_KINDS, dm, docsFor } from './shared.js';

const BETTER =
  'Ask about their work instead, e.g. "Would you be open to a 15-minute call about how your team approaches X?"';
/** The drop-in small ask that replaces a job question. */
const SMALL_ASK = 'Would you be open to a 15-minute call about how you got into your role?';

export const JOB_ASK_PHRASES: readonly Phrase[] = [
  {
    re: /\b(?:are|is) (?:you|your (?:company|team|firm|org(?:anization)?)|they|anyone|there anyone)(?: currently| still)? hiring\b/i,
    message: 'Asks whether they are hiring in a first contact',
    replacement: SMALL_ASK,
    scope: 'sentence',
    suggestion: BETTER,
  },
  {
    re: /\bany (?:job |open |current )?(?:openings|vacancies|open (?:roles|positions))\b/i,
    message: 'Asks for openings in a first contact',
    replacement: SMALL_ASK,
    scope: 'sentence',
    suggestion: BETTER,
  },
  { re: /\bconsider me for\b/i, message: 'Asks to be considered for a job in a first contact', suggestion: BETTER },
  {
    re: /\b(?:get|got) me (?:an interview|a job|hired|in(?:to)? (?:ur|your|the) (?:company|team|firm))\b/i,
    message: 'Asks them to get you a job or an interview',
    suggestion: BETTER,
  },
  {
    re: /\b(?:give|offer) me (?:a job|a chance|an interview|a position|work)\b/i,
    message: 'Asks for a job in a first contact',
    suggestion: BETTER,
  },
  { re: /\bhire me\b|\binterview me\b/i, message: 'Asks them to hire you in a first contact', suggestion: BETTER },
  {
    re: /\bhow (?:to|do i|can i|could i) get hired\b|\byour hiring criteria\b/i,
    message: 'Asks how to get hired there in a first contact',
    suggestion: BETTER,
  },
  {
    re: /\brefer me (?:for|to)\b/i,
    message: 'Asks to be put forward for a job in a first contact',
    suggestion: BETTER,
  },
  {
    re: /\b(?:i(?:'m| am)?|i’m) (?:currently |actively |really |desperately |urgently |now )*(?:looking for|seeking|searching for|in need of|need) (?:(?!on\b|about\b|into\b|in\b|for\b|with\b|to\b|of\b|advice\b)[\p{L}-]+\s+){0,4}?(?:jobs?|work|employment|positions?|roles?|opportunit(?:y|ies)|internships?|placements?)\b|\b(?:looking for|seeking) (?:new |any |more )?opportunities\b/iu,
    message: 'Announces a job hunt in a first contact: it reads as a request for a job',
    replacement: '',
    scope: 'sentence',
    suggestion: 'Lead with the specific reason you are writing to them; mention your search only once they reply.',
  },
  {
    re: /\b(?:help|get) me (?:get )?(?:in|into|hired|a job|a foot in the door)\b|\bi(?:'d|’d)? (?:really )?(?:want|wanna|would love|love|hope|am hoping) to (?:work|get a job) (?:at|for|with)\b|\b(?:hook|set) me up with (?:a |an )?(?:gig|job|role|position|interview)\b/i,
    message: 'Asks them to get you in: a job request in a first contact',
    suggestion: BETTER,
  },
  {
    // Case-sensitive: "into Meta" names a company, "into the field" does not.
    re: /\b[Hh]ow (?:to|I can|I could|do I|could I|can I) get (?:in(?:to)?|hired) (?:at )?\p{Lu}/u,
    message: 'Asks how to get into their company: a job request in a first contact',
    suggestion: BETTER,
  },
  {
    re: /\b(?:have|got) anything for me\b/i,
    message: 'Asks whether they have a job for you',
    suggestion: BETTER,
  },
  {
    // The same request dressed as a question: "would your team have room for someone like me?"
    re: /\b(?:room|space|a place|a spot|an opening) (?:on|in|at) (?:your|the) (?:team|company|firm|department|studio|practice|store)s? for (?:someone like me|me|a junior|another)\b|\b(?:have|has|be) (?:room|space|a place|a spot) for (?:someone|me|a person)\b[^.!?\n]{0,40}|\b(?:do you know|wondering|wondered|curious) (?:if|whether) (?:there(?:['’]s| is| are| might be)|you have|your (?:team|company|firm) (?:has|is|might))\b[^.!?\n]{0,40}\b(?:open|opening|openings|available|hiring|going|roles?|positions?|vacanc(?:y|ies))\b|\banything (?:open|going|available) (?:on|in|at) (?:your|the)\b|\b(?:any )?jobs? going\b|\b(?:is|are) (?:your|the) (?:team|company|firm|department|studio|group)s? (?:growing|expanding|taking on|bringing on|adding|recruiting|looking for (?:someone|people|a|an|new))\b|\bany chance (?:you|your (?:team|company|firm))(?:['’]re| are| is)? (?:looking for|hiring|in need of|need)\b|\b(?:does|do|would|will|could) (?:your|the|ur) (?:company|team|firm|studio|practice|store|shop|department) (?:ever )?(?:hire|need|take on|bring on|be open to (?:bringing|taking|hiring)|have (?:room|openings?|a need))\b|\bdo (?:you|they) (?:ever )?hire\b|\bif (?:your|ur) (?:company|team|studio|firm|store|shop|practice|startup) (?:needs|is looking for|could use)\b|\b(?:could|would|might|can) (?:be|make) a (?:good |strong |great )?fit (?:at|for|on|in) (?:your|the)\b|\b(?:be|is|are) (?:open to|interested in) (?:bringing|taking) on\b|\bkeep me in mind\b|\bbe part of (?:it|your team|the team)\b|\b(?:roles|positions|openings|jobs) I(?:['’]d| would| could| might)? (?:fit|suit|be (?:a fit|good) for)\b|\bany suitable (?:roles|positions|openings|vacancies|jobs)\b|\b(?:talk|chat) about (?:job )?opportunities\b|\bopportunities (?:with you|at your|on your)\b|\b(?:your|the|ur) (?:team|company|firm|studio|practice|store|shop) (?:needs?|could use) (?:a|an|any|another) (?:junior|intern|interns|new|extra)\b|\b(?:if )?(?:your|the) (?:company|team|firm|studio|store) has (?:any )?(?:openings?|roles?|positions?|vacanc(?:y|ies)|jobs?)\b|\bany (?:positions|roles|openings|jobs|vacancies) (?:you|your team|they) (?:might|may|could) have\b|\bmake me an offer\b|\b(?:looking for|need|needs) (?:a|an) (?:project coordinator|[\p{L}-]+ (?:artist|developer|designer|analyst|engineer|coordinator|assistant|manager|intern))\b|\b(?:a )?foot in the door\b|\bput(?:ting)? me forward for\b|\b(?:would|could|will) you (?:please |be able to |be willing to )?consider (?:me|hiring me)\b/iu,
    message: 'A job request dressed as a question: in a first contact it puts them on the spot',
    replacement: SMALL_ASK,
    scope: 'sentence',
    suggestion: BETTER,
  },
];

const APPLIED_RE = /\b(?:i(?:'ve| have)?|i’ve) (?:just |recently )?applied\b|\bmy application\b/i;

export const rule: Rule = {
  meta: {
    id: 'job-ask-first-contact',
    severity: 'error',
    description: 'A first contact asks for a job ("are you hiring", "any openings", "consider me for").',
    kinds: FIRST_KINDS,
    docs: docsFor('job-ask-first-contact', {
      why: 'Career centres (SFU, Northeastern) are unanimous: no mention of jobs in a first networking contact. Asking a stranger for a job puts them on the spot. If you already applied and write to that role’s recruiter, the coach only notes it.',
      before: { text: 'Hi Ana, are you hiring? I would love to join.', options: dm },
      after: {
        text: 'Hi Ana, your post on caching helped me. Would you be open to a 15-minute call about how your team tests?',
        options: dm,
      },
    }),
  },
  check(context) {
    if (!context.firstContact) return [];
    const reports = findPhrases(context, JOB_ASK_PHRASES);
    if (APPLIED_RE.test(context.text))
      return reports.map((r) => ({
        ...r,
        severity: 'info' as const,
        message: `${r.message}; you have applied, so to the role's recruiter this is fine — keep it about the role`,
      }));
    return reports;
  },
};
