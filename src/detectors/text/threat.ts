import { lexiconDetector } from './lexicon.js';

/** text/threat: threatening or wishing harm on someone. */
export const threatDetector = lexiconDetector({
  meta: {
    id: 'text/threat',
    categories: ['threat'],
    description: 'Threatening someone or wishing them harm ("I\'ll kill you", "hope you die", "watch your back").',
    docs: 'docs/detectors/text-threat.md',
  },
  category: 'threat',
  prefilter:
    /kill|murder|die|dead|hurt|beat|punch|stab|shoot|slap|smack|choke|burn|watch your|find you|hunt|bury|end you|know where|break your|rape|bomb|deserve|hang|lynch|shot/i,
  rules: [
    {
      pattern:
        /\b(?:i(?:'?ll| will|'?m (?:gonna|going to)| gonna| am going to)|we(?:'?ll| will| gonna| are going to)|gonna|going to|someone (?:should|needs to)|somebody (?:should|needs to)|i want to|i wanna|i'?d (?:love to|like to))\s+(?:\w+\s+){0,2}?(?:kill|murder|stab|shoot|strangle|choke|punch|beat|slap|smack|hurt|bury|end|destroy|break|burn|hang|lynch|rape|bomb)\s+(?:(?:you|u|ya|him|her|them|that|this|those|these|ur|your|his|their|every|all|the)\b)/gi,
      severity: 'high',
      clause: 'threatens to hurt someone',
      confidence: 0.85,
    },
    {
      pattern:
        /\b(?:(?:i )?hope (?:you|u|he|she|they|she|ya|that \w+) (?:\w+ )?(?:die|dies|get (?:shot|stabbed|hit by a|cancer|raped)|burns? in hell|rots?)|(?:you|u|he|she|they)(?:'?re| are| is)? (?:so |already )?dead (?:meat|man)|watch your (?:back|mouth)|i know where (?:you|u) live|(?:gonna|i will|i'?ll) find (?:you|u)|(?:you|u)(?:'?re| are| r) (?:gonna|going to) (?:regret|pay for) (?:this|that)|should be (?:shot|hanged|hung|killed|executed|lynched)|deserves? to (?:die|be (?:shot|killed|raped|beaten))|kys\b|kill yourself|go die)\b/gi,
      severity: 'high',
      clause: 'wishes harm on someone',
      confidence: 0.8,
    },
  ],
  not: /\b(?:kill(?:ing)? (?:it|time|the (?:game|vibe|mood|lights?|engine|process)|me now)|killed it|(?:dying|died) (?:laughing|of laughter)|i'?m dead\b|dead (?:tired|serious|ass|wrong)|beat (?:the (?:traffic|rush|odds|record|heat|game|level|boss)|my (?:record|time|pr))|shoot (?:me a|a (?:message|text|photo|video|email)|for the)|break (?:a leg|the ice|the news|the record|the bank)|destroy(?:ed|ing)? (?:the (?:competition|game|workout)|my (?:diet|workout))|punch ?line|burn (?:calories|fat))\b/gi,
});
