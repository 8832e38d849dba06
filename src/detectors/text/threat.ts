import { lexiconDetector } from './lexicon.js';

/**
 * Whom a threat is aimed at: a person pronoun or a determiner with a word for a person ("that guy", "the
 * ref"). "I will burn this data center" or "destroy the competition" aim at a thing, which is hyperbole.
 */
const PERSON = String.raw`(?:guys?|dudes?|m[ae]n|wom[ae]n|girls?|boys?|kids?|child(?:ren)?|bab(?:y|ies)|person|people|folks|bitch(?:es)?|bastards?|(?:mother)?f\w*ers?|assholes?|idiots?|morons?|pricks?|hoes?|cops?|teachers?|boss(?:es)?|managers?|neighbou?rs?|refs?|referees?|drivers?|customers?|ex|exes|family|haters?|clowns?|losers?)`;
const TARGET = String.raw`(?:(?:you|u|ya|him|her|them|ur|your|his|their)\b|(?:that|this|those|these|every|all|the)\s+(?:\w+\s+)?${PERSON}\b)`;

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
    /kill|murder|die|dead|hurt|beat|punch|stab|shoot|slap|smack|choke|burn|watch your|find you|hunt|bury|end you|know where|break your|rape|bomb|deserve|hang|lynch|shot|rot/i,
  rules: [
    {
      pattern: new RegExp(
        String.raw`\b(?:i(?:'?ll| will|'?m (?:gonna|going to)| gonna| am going to)|we(?:'?ll| will| gonna| are going to)|gonna|going to|someone (?:should|needs to)|somebody (?:should|needs to)|i want to|i wanna|i'?d (?:love to|like to))\s+(?:\w+\s+){0,2}?` +
          String.raw`(?:(?:kill|murder|stab|shoot|strangle|choke|punch|slap|smack|hurt|bury|end|destroy|break|burn|hang|lynch|rape|bomb)\s+${TARGET}` +
          // "beat" alone is mostly winning (a game, an election): only the violent phrasings count
          String.raw`|beat\s+${TARGET}(?=\s+(?:up|to death|senseless|black and blue)\b)|beat the (?:shit|crap|hell|life|living daylights) out of)`,
        'gi',
      ),
      severity: 'high',
      clause: 'threatens to hurt someone',
      confidence: 0.85,
    },
    {
      // wishing a criminal "rots in prison" asks for punishment, not harm
      pattern:
        /\b(?:(?:i )?hope (?:you|u|he|she|they|she|ya|that \w+) (?:\w+ )?(?:die|dies|get (?:shot|stabbed|hit by a|cancer|raped)|burns? in hell|rots?\b(?!\s+in\s+(?:prison|jail|a cell)))|(?:you|u|he|she|they)(?:'?re| are| is)? (?:so |already )?dead (?:meat|man)|watch your (?:back|mouth)|i know where (?:you|u) live|(?:gonna|i will|i'?ll) find (?:you|u)|(?:you|u)(?:'?re| are| r) (?:gonna|going to) (?:regret|pay for) (?:this|that)|should be (?:shot|hanged|hung|killed|executed|lynched)|deserves? to (?:die|be (?:shot|killed|raped|beaten))|kys\b|kill yourself|go die)\b/gi,
      severity: 'high',
      clause: 'wishes harm on someone',
      confidence: 0.8,
    },
  ],
  not: /\b(?:kill(?:ing)? (?:it|time|the (?:game|vibe|mood|lights?|engine|process)|me now)|killed it|(?:dying|died) (?:laughing|of laughter)|i'?m dead\b|dead (?:tired|serious|ass|wrong)|beat (?:the (?:traffic|rush|odds|record|heat|game|level|boss)|my (?:record|time|pr))|shoot (?:me a|a (?:message|text|photo|video|email)|for the)|break (?:a leg|the ice|the news|the record|the bank)|destroy(?:ed|ing)? (?:the (?:competition|game|workout)|my (?:diet|workout))|punch ?line|burn (?:calories|fat))\b/gi,
});
