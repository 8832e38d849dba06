import { lexiconDetector } from './lexicon.js';

/** text/violence: describing or glorifying fights, assault and weapons use. */
export const violenceDetector = lexiconDetector({
  meta: {
    id: 'text/violence',
    categories: ['violence'],
    description: 'Glorifying or describing fights, assault or weapons use by the author; not sport, games or films.',
    docs: 'docs/detectors/text-violence.md',
  },
  category: 'violence',
  prefilter:
    /fight|punch|beat|stab|shot|shoot|brawl|knock|gun|knife|blood|jump|slap|smack|choke|fist|assault|brass|hands|scrap|strap/i,
  rules: [
    {
      pattern:
        /\b(?:(?:got|get|gettin|getting) (?:in|into) (?:a |another )?(?:fight|brawl|scrap)|bar fight|(?:punched|decked|socked|slapped|smacked|choked|stabbed|jumped|knocked out|beat up|beat the (?:shit|crap|hell) out of|curb ?stomped|pistol ?whipped) (?:him|her|them|this|that|some|a|the|my|his)\b|(?:beat|beating|whoop|whooped|whooping) (?:his|her|their|that|some) (?:\w+ )?ass|broke (?:his|her|their) (?:nose|jaw|face|arm)|(?:pulled|pull) (?:a|my) (?:gun|knife|piece|strap) on)/gi,
      severity: 'high',
      clause: 'describes hurting someone in a fight',
      confidence: 0.8,
    },
    {
      pattern:
        /\b(?:love (?:a good )?(?:fight|brawl)|fights? (?:are|is) (?:fun|lit|the best)|(?:let'?s|ready to|wanna) (?:fight|brawl|throw hands|scrap)|throw(?:ing)? hands|catch these hands|square up|(?:i'?m )?strapped|(?:packing|carrying) (?:heat|a gun|a strap)|blood (?:everywhere|on my (?:knuckles|hands)))\b/gi,
      severity: 'medium',
      clause: 'glorifies fighting or weapons',
      confidence: 0.7,
    },
  ],
  not: /\b(?:(?:ufc|mma|boxing|wrestling|hockey|movie|film|game|video ?game|fortnite|call of duty|cod|snowball|pillow|food|water ?gun|nerf|food) (?:\w+ )?(?:fight|match|gun)|fight (?:for|against) (?:justice|cancer|climate|rights|equality|change)|fight(?:ing)? (?:the|a) (?:cold|flu|urge|fire)|pillow fight|food fight|snowball fight)\b/gi,
  past: /\b(?:used to|back in (?:high school|school|the day)|years ago|when i was (?:younger|a kid|\d+))\b/i,
  pastClause: 'describes fighting in the past',
});
