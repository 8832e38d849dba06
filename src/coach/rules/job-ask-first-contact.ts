import type { Phrase } from '../text.js';
import { findPhrases } from '../text.js';
import type { Rule } from '../types.js';
import { docsFor, FIRST_KINDS } from './shared.js';

const BETTER =
  'Ask about their work instead, e.g. "Would you be open to a 15-minute call about how your team approaches X?"';

export const JOB_ASK_PHRASES: readonly Phrase[] = [
  {
    re: /\b(?:are|is) (?:you|your (?:company|team|firm|org(?:anization)?)|they|anyone|there anyone)(?: currently| still)? hiring\b/i,
    message: 'Asks whether they are hiring in a first contact',
    suggestion: BETTER,
  },
  {
    re: /\bany (?:job |open |current )?(?:openings|vacancies|open (?:roles|positions))\b/i,
    message: 'Asks for openings in a first contact',
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
  { re: /\bhire me\b/i, message: 'Asks them to hire you in a first contact', suggestion: BETTER },
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
    re: /\b(?:i(?:'m| am)?|i’m) (?:currently |actively )?(?:looking for|seeking|searching for|in need of|need) (?:a |an |new |any |my next )*(?:jobs?|work|employment|positions?|roles?|opportunit(?:y|ies))\b|\b(?:looking for|seeking) (?:new )?opportunities\b/i,
    message: 'Announces a job hunt in a first contact: it reads as a request for a job',
    suggestion: 'Lead with the specific reason you are writing to them; mention your search only once they reply.',
  },
  {
    re: /\b(?:help|get) me (?:get )?(?:in|into|hired|a job|a foot in the door)\b|\bi(?:'d|’d)? (?:really )?(?:want|wanna|would love|love|hope|am hoping) to (?:work|get a job) (?:at|for|with)\b/i,
    message: 'Asks them to get you in: a job request in a first contact',
    suggestion: BETTER,
  },
  {
    re: /\b(?:have|got) anything for me\b/i,
    message: 'Asks whether they have a job for you',
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
    docs: docsFor('job-ask-first-contact'),
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
