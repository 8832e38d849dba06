import { lexiconDetector } from './lexicon.js';

/** text/political: strong political statements. Off by default (having views is normal). */
export const politicalDetector = lexiconDetector({
  meta: {
    id: 'text/political',
    categories: ['political'],
    description: 'Strong political statements, slogans and attacks on politicians or parties. Off by default.',
    docs: 'docs/detectors/text-political.md',
  },
  category: 'political',
  prefilter:
    /trump|biden|harris|obama|clinton|maga|democrat|republican|\bgop\b|liberal|conservative|leftist|libtard|snowflake|socialis|communis|fascis|antifa|vote|election|congress|senat|president|abortion|pro-?life|pro-?choice|gun control|2a\b|immigra|border|brexit|tory|tories|labour|\bmp\b|parliament|woke|blm|black lives|all lives|blue lives|build the wall|#resist|impeach|qanon|deep state/i,
  rules: [
    {
      pattern:
        /(?:#?\b(?:maga|kag|trump ?20\d\d|biden ?20\d\d|harris ?20\d\d|build the wall|lock (?:her|him) up|#resist|libtards?|demonrats?|repugs?|rethuglicans?|snowflakes?|trumptards?|commies|antifa|qanon|deep state|stop the steal|abolish ice|defund the police|blue lives matter|all lives matter|black lives matter|blm|pro-?life|pro-?choice|abortion is (?:murder|healthcare)|not my president|impeach (?:him|her|\w+)|vote (?:them|him|her|\w+) out|(?:democrats|republicans|liberals|conservatives|leftists|the left|the right|tories|labour) (?:are|is) (?:destroying|ruining|evil|traitors|idiots|the enemy|scum|a disgrace|fascists|communists))\b)/gi,
      severity: 'low',
      clause: 'makes a strong political statement',
      confidence: 0.7,
      negatable: false,
    },
  ],
});
