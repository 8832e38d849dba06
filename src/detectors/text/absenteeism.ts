import { lexiconDetector } from './lexicon.js';

/** text/absenteeism: calling in sick to go out, skipping work, being late or unfit for work. */
export const absenteeismDetector = lexiconDetector({
  meta: {
    id: 'text/absenteeism',
    categories: ['absenteeism'],
    description:
      'Calling in sick to go out, faking sick, skipping work, sleeping or slacking on the job; not being genuinely ill.',
    docs: 'docs/detectors/text-absenteeism.md',
  },
  category: 'absenteeism',
  prefilter:
    /sick|skip|standup|stand-up|making it|ditch|hooky|hookey|bunk|work|shift|office|job|clock|boss|late|desk|call(?:ed|ing)? (?:in|out)/i,
  rules: [
    {
      pattern:
        /\b(?:(?:fak(?:e|ed|ing)|pretend(?:ed|ing)? to be|play(?:ed|ing)?) sick|(?:told|tell|texted|emailed) (?:my )?(?:boss|manager|work|supervisor|job) (?:i was|i'?m|that i was|i had|i have|that i had)\b[^.!?\n]{0,40}(?:[.!?\n]+\s*)?(?:actually|really|but|instead|lol|lmao|😂|🤣|at the|going to)|call(?:ed)? in with (?:a |an )?["'‘“][^"'’”]{2,30}["'’”]|sick day (?:at|on) the (?:beach|lake|slopes|game|concert|festival|river)|called (?:in|out)(?: sick)?[^.!?\n]{0,60}(?:beach|lake|concert|game|festival|party|bar|brunch|mimosas|day drinking|golf|fishing|road trip|vegas|lol|lmao|😂|🤣|😎|🍻|🍺|🏖|hungover|hangover|not (?:even |actually |really )?sick)|(?:hungover|hangover|drunk|wasted)[^.!?\n]{0,40}call(?:ed|ing)? (?:in|out)(?: sick)?|call(?:ed|ing)? (?:in|out)(?: sick)?[^.!?\n]{0,25}(?:hungover|hangover|still drunk|too drunk|so i can|to go|and went|and going)|(?:drunk|wasted|hammered|hungover|shots|drinks|beers|round of)[^.!?\n]{0,60}(?:not|never|no way i'?m|ain'?t) (?:making it|gonna make it|going to make it|getting up for) (?:to |in(?:to)? )?(?:standup|stand-up|work|the office|my shift|the meeting|the morning meeting))/gi,
      severity: 'high',
      clause: 'mentions calling in sick to go out or faking sick',
      confidence: 0.85,
    },
    {
      pattern:
        /\b(?:skipp(?:ed|ing)|skip|ditch(?:ed|ing)?|bail(?:ed|ing)? on|blow(?:ing)? off|blew off|bunk(?:ed|ing)? off) (?:work|my shift|the office|my job|the meeting|work today)\b|\bplay(?:ed|ing)? hook(?:e)?y\b|\b(?:not|aint|ain'?t) going (?:in )?to work (?:today|tomorrow)(?: lol| lmao| 😂| haha)|\b(?:no[- ]call,? no[- ]show|walked out (?:of|on) (?:my|the) shift|slept (?:through|in (?:and missed|through)) (?:my )?(?:shift|alarm for work|work)|clocked in (?:and|then) (?:then )?(?:went|left|bounced|dipped)(?: home)?)\b/gi,
      severity: 'high',
      clause: 'mentions skipping work',
      confidence: 0.8,
    },
    {
      pattern:
        /\b(?:(?:slept|sleeping|napp(?:ed|ing)|nap) (?:at|on) (?:my desk|work|the job|the clock)|(?:asleep|sleeping|napping) in (?:the|a) (?:meeting|bathroom stall|supply closet)|getting paid to do nothing|pretend(?:ing)? to work|do(?:ing)? nothing at work all day|(?:late|showed up late|rolled in late) (?:to|for) work (?:again|every day|for the \w+ time)|(?:(?:\w+ )?times? (?:this|a) week|again)[^.!?\n]{0,20}late (?:to|for) work|(?:still )?(?:drunk|hungover|high|stoned|wasted) [^.!?\n]{0,30}(?:at|to) work|(?:clock(?:ed)? in|clocked out) (?:for|then) (?:left|bounced|went home)|(?:high|stoned|drunk|wasted|hungover) (?:at|during|on) (?:work|my shift|the job)|(?:working|wfh|work from home)[^.!?\n]{0,20}(?:from the beach|(?:watching )?netflix all day|in bed all day|not working)|(?:leave|left|leaving|sneak(?:ing)? out) (?:work )?early (?:again )?(?:to|for) (?:drinks|the bar|happy hour|the game))\b/gi,
      severity: 'medium',
      clause: 'mentions slacking or being unfit for work',
      confidence: 0.7,
    },
  ],
  not: /\b(?:(?:my|a|his|her|our) (?:co-?worker|colleague|boss|manager|teammate|friend|partner)s? (?:called|calls|calling) (?:in|out)|(?:flu|fever|covid|migraine|stomach bug|food poisoning|sick (?:kid|child|son|daughter)|doctor|hospital|surgery|chemo)[^.!?\n]{0,40}call(?:ed|ing)? (?:in|out)|skip(?:ping)? (?:work )?(?:emails?|drinks|lunch|the line|the queue|the ads)|skip(?:ped|ping)? work (?:drinks|happy hour|party|lunch|event|social))\b/gi,
});
