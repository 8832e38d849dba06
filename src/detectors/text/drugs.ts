import { lexiconDetector } from './lexicon.js';

/**
 * text/drugs: using, buying or being high on illegal drugs, with negation, hard negatives and past vs present. Words
 * with an everyday sense ("Molly" a name, "ecstasy" joy, "dab" a dance, "blunt" frank, "bong" a syllable of names)
 * count only in a drug context: a use verb or the drug sense spelled out.
 */
export const drugsDetector = lexiconDetector({
  meta: {
    id: 'text/drugs',
    categories: ['drugs'],
    description:
      'Using, buying or being high on illegal drugs; not medicine, "dope" as slang for great, or drug policy news.',
    docs: 'docs/detectors/text-drugs.md',
  },
  category: 'drugs',
  prefilter:
    /weed|blunt|joint|bong|dab|kush|420|stoned|high|bake|cocaine|coke|blow|molly|mdma|ecstasy|acid|lsd|shroom|ketamine|\bk-?hole|meth|heroin|crack|xanax|xans|percs?|oxy|lean|pills|edible|plug|dealer|snort|line|trip|smok|rolling|pot\b|marijuana|cannabis|ganja|420|vape|thc/i,
  rules: [
    {
      pattern:
        /\b(?:snort(?:ed|ing)?|did (?:a |some |a few |few )?lines?|lines? of (?:coke|blow|cocaine)|doing lines|(?:a )?line of coke|(?:some|do|did|doing|bumps? of|lines? of|grams? of|bag of) blow|(?:on|some|took|taking|popp(?:ed|ing)|do(?:ing)?|did) (?:(?:an? )?ecstasy pills?|molly|ecstasy)|rolling on|tripping on|acid trip|(?:dropped|dropping|took|taking|on) (?:acid|lsd|shrooms|molly|ecstasy|e)|smok(?:e|ed|ing) crack|popp(?:ed|ing) pills|sipp(?:ing|in) (?:on )?lean|lean ?(?:cup|sippin)|(?:shoot(?:ing)?|shot up|inject(?:ed|ing)?|us(?:e|ed|ing)|tr(?:y|ied|ying)|do(?:ing)?|did|on|took|taking|high on|smok(?:e|ed|ing)|cook(?:ed|ing)?) (?:some |a little |more )?(?:cocaine|coke|heroin|meth|crystal meth|ketamine|mdma|shrooms|xans|xanax|percs|oxys?))\b/gi,
      severity: 'high',
      clause: 'mentions using hard drugs',
      confidence: 0.85,
    },
    {
      // a hard drug named without anyone taking it: a headline, a lyric, a comparison ("addictive as meth")
      pattern:
        /\b(?:cocaine|coke ?head|mdma|ecstasy pills?|shrooms|ketamine|k-?hole|meth|heroin|crack ?(?:pipe|head|rock)|xans|xanax bars?|percs|percocets?|oxys?)\b/gi,
      severity: 'medium',
      clause: 'mentions hard drugs',
      confidence: 0.7,
    },
    {
      pattern:
        /\b(?:my (?:plug|dealer)|hit up (?:my|the) (?:plug|dealer)|buy(?:ing)? (?:some )?(?:weed|coke|molly|pills|xans|shrooms)|copp(?:ed|ing) (?:a|an|some) (?:8th|eighth|zip|gram|oz|ounce|bag|qp))\b/gi,
      severity: 'high',
      clause: 'mentions buying drugs',
      confidence: 0.85,
    },
    {
      pattern:
        /\b(?:smok(?:e|ed|ing|in) (?:weed|pot|a blunt|a joint|a bowl|some (?:weed|kush|pot|bud))|smoke (?:sesh|session)|(?:pass(?:ed|ing)?|light(?:ed|ing)?|lit|hit(?:ting)?|spark(?:ed|ing)?) (?:a |the |that |my )?(?:blunt|joint|bong|bowl)|joints? (?:rolled|lit)|roll(?:ed|ing)? (?:a |up )?(?:blunt|joint|one up)|bong ?(?:rips?|hits?)|wake and bake|weed|kush|ganja|marijuana|edibles?|(?:hit|hits|took|taking|doing|did|smok(?:e|ed|ing)) (?:a |some )?dabs?|dab (?:pens?|rigs?)|dabbing (?:wax|concentrates?)|(?:so|super|mad|hella|really|getting|got|gettin|was|im|i'?m) (?:high|stoned|baked|faded)|stoned|420 ?(?:friendly|blaze)|blaz(?:e|ing) it|thc (?:pen|cart|vape)s?|weed pen)\b/gi,
      severity: 'medium',
      clause: 'mentions smoking weed or being high',
      confidence: 0.8,
    },
  ],
  // People in general doing drugs ("you might find people dropping acid") describe a scene, not the author: the use
  // verb is blocked, so only a hard drug named outright still counts (as a mention).
  not: /\b(?:(?:people|folks|kids|teens|teenagers|students|hippies|rock ?stars|celebrities|everyone|everybody|someone|somebody|they)(?: (?:are|were|keep|kept|might be|would be|start(?:ed)?))? (?:dropping|taking|doing|snorting|popping|smoking|rolling on|tripping on)|high (?:school|five|score|way|light|lights|quality|end|five|tide|noon|street|heels?|speed|res|ground|hopes)|(?:mile|sky|knee|waist|record|all-time) high|coke (?:zero|can|bottle|float)|diet coke|coca-?cola|(?:pepsi|a) coke|(?:weed(?:s|ing)?|weeded) (?:the|my|out)|weeding|garden weeds?|blow (?:up|out|dry|dryer|away|off|the whistle|a kiss|my mind)|(?:ice|meth)(?:od|ane|yl)|acid (?:reflux|test|rain|wash|jazz)|(?:hyaluronic|citric|folic|lactic|amino|salicylic) acid|crack(?:ed|ing|s)? (?:a joke|a smile|the code|up|open|down)|lean (?:on|in|startup|management|meat|muscle|six sigma|mass|protein|back)|stay lean|(?:pain|allergy|birth control|vitamin|sleeping) pills?|joint (?:venture|statement|account|effort|pain|replacement|session|committee)|(?:knee|hip) joint|edible (?:plants|flowers|mushrooms|arrangements)|(?:war on|anti-?|legaliz(?:e|ing|ation) (?:of )?|decriminaliz(?:e|ing|ation) (?:of )?)(?:drugs|weed|marijuana|cannabis)|dab (?:dance|on (?:them|em|the haters)))\b/gi,
  past: /\b(?:used to|back in (?:college|uni|high school|the day)|years ago|when i was (?:younger|in college|\d+)|(?:\d+|years?|months?) (?:years? |months? )?clean|in recovery|recovering addict)\b/i,
  pastClause: 'mentions drug use in the past',
});
