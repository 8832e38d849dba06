import { lexiconDetector } from './lexicon.js';

const HELP =
  'if this is how you feel now, you deserve support: in the US call or text 988, elsewhere findahelpline.com lists free lines';

/** text/self-harm: mentions of self-harm or suicide, worded with care and pointing to help. */
export const selfHarmDetector = lexiconDetector({
  meta: {
    id: 'text/self-harm',
    categories: ['self-harm'],
    description:
      'Mentions of self-harm or suicidal thoughts. Reported gently, with where to find help; never as something shameful.',
    docs: 'docs/detectors/text-self-harm.md',
  },
  category: 'self-harm',
  prefilter:
    /kill myself|suicid|end (?:it|my life)|want to die|wanna die|self.?harm|cutting|cut myself|hurt myself|kms|overdose|no reason to live|better off dead|don'?t want to (?:be here|live|wake up)|slit|take my (?:own )?life/i,
  rules: [
    {
      pattern:
        /\b(?:(?:want|wanna|going|gonna|thinking about|thought about|tried|trying) (?:to )?(?:kill myself|end (?:it all|my life)|take my (?:own )?life|die)|suicidal|suicide attempt|(?:cut|cutting|hurt|hurting|harm|harming) myself|self[- ]?harm(?:ing)?|no reason to live|better off dead|(?:don'?t|do not) want to (?:be here|live|exist|wake up)(?: anymore)?|overdos(?:e|ed|ing) on purpose|slit(?:ting)? my wrists?)\b/gi,
      severity: 'medium',
      clause: `mentions self-harm or suicidal thoughts (${HELP})`,
      confidence: 0.75,
    },
  ],
  not: /\b(?:(?:suicide|self[- ]harm) (?:prevention|awareness|hotline|helpline|lifeline|squad)|(?:i could|i'?m gonna|i'?ll|about to|gonna) (?:literally )?(?:kill myself|die)(?: laughing| of (?:laughter|embarrassment|cringe))|die (?:laughing|of laughter|of embarrassment)|want to die (?:laughing|of)|kill myself (?:laughing|at the gym|studying)|(?:die|died) (?:on|for) (?:this|that) hill)\b/gi,
  past: /\b(?:\d+ (?:years?|months?) (?:ago|clean|free|since)|used to|back (?:then|in)|recovered|in recovery|survivor|when i was (?:younger|\d+|in (?:high )?school))\b/i,
  pastClause: `talks about past self-harm or suicidal thoughts (${HELP})`,
});
