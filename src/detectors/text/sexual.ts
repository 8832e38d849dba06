import { lexiconDetector } from './lexicon.js';

/** text/sexual: sexual remarks and innuendo (explicit words are also caught by text/profanity). */
export const sexualDetector = lexiconDetector({
  meta: {
    id: 'text/sexual',
    categories: ['sexual'],
    description: 'Sexual remarks, innuendo and hookup talk; not health, education or relationships news.',
    docs: 'docs/detectors/text-sexual.md',
  },
  category: 'sexual',
  prefilter:
    /sex|hook|smash|laid|bang|nude|naked|horny|thirst|booty|tits|boobs|dtf|netflix and chill|one night|threesome|nsfw|onlyfans|sugar daddy|f\*?ck (?:her|him|me)|hit it|body count|kinky|bj\b|head\b/i,
  rules: [
    {
      pattern:
        /\b(?:(?:got|getting|get) laid(?! off)|hook(?:ed|ing)? up with|one night stands?|threesomes?|booty calls?|dtf|netflix and chill|sexting|send (?:me )?nudes|(?:her|his|your|ur|my) nudes|horny|so thirsty for|onlyfans|sugar (?:daddy|baby)|(?:would|i'?d) (?:smash|bang|hit (?:it|that))|body count|kinky|(?:gave|got|give|get) (?:me |him |her )?(?:head|a bj))\b/gi,
      severity: 'medium',
      clause: 'makes sexual remarks',
      confidence: 0.7,
    },
    {
      // a content warning says what is linked, not what the user says: a weak cue on its own
      pattern: /\bnsfw\b/gi,
      severity: 'low',
      clause: 'is marked not safe for work',
      confidence: 0.6,
    },
  ],
  not: /\b(?:sex (?:education|ed|trafficking|offender|abuse|discrimination)|(?:safe|sex) ?(?:ed|education)|get (?:a )?head ?start|head (?:of|coach|office|count)|hook(?:ed|ing)? up (?:the|a|my|with (?:a|the) (?:new )?(?:tv|printer|speaker|console|charger|laptop|router)))\b/gi,
});
