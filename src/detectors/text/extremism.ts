import { lexiconDetector } from './lexicon.js';

/** text/extremism: support for extremist groups, ideologies or terrorism. */
export const extremismDetector = lexiconDetector({
  meta: {
    id: 'text/extremism',
    categories: ['extremism'],
    description: 'Support for extremist groups, ideologies or terrorism; not news, history or criticism of them.',
    docs: 'docs/detectors/text-extremism.md',
  },
  category: 'extremism',
  prefilter:
    /isis|isil|daesh|jihad|caliph|nazi|reich|hitler|1488|\b14 ?words|88\b|white (?:power|pride|genocide)|great replacement|race war|kkk|klan|aryan|ethnic cleansing|martyr|terror|day of the rope|accelerat|boogaloo|turner diaries|\bss\b|holocaust|zog|remigration|fascis|taliban|al.?qaeda|hamas|hezbollah|mujahid|deus vult|boogaloo|kebab|\bzog\b/i,
  rules: [
    {
      pattern:
        /\b(?:heil hitler|sieg heil|1488|14 ?words|white (?:power|pride worldwide)|race war now|day of the rope|rahowa|gas the \w+|hitler (?:was right|did nothing wrong)|(?:we need|bring back|support) (?:the )?(?:nazi party|kkk|klan|the ss|another hitler)|ethnic cleansing (?:now|is the answer)|join (?:isis|the caliphate|the jihad)|(?:long live|support) (?:isis|the caliphate|al.?qaeda|the taliban)|death to (?:all )?(?:jews|muslims|christians|infidels|america|the west)|holocaust (?:never happened|is a (?:lie|hoax))|(?:hail|praise) (?:the )?(?:saint )?(?:tarrant|breivik|roof)|the great replacement is (?:real|happening)|white genocide)\b/gi,
      severity: 'high',
      clause: 'expresses support for an extremist group or ideology',
      confidence: 0.85,
    },
    {
      pattern:
        /\b(?:deus vult|boogaloo bois?|accelerationism is|zog\b|kebab removers?|remove kebab|turner diaries)\b/gi,
      severity: 'medium',
      clause: 'uses extremist slogans or code words',
      confidence: 0.65,
    },
  ],
  not: /\b(?:(?:fight|fighting|against|oppose|condemn|condemns|condemned|stop|defeat(?:ed)?|victims of|survivors? of|history of|documentary (?:about|on)|rise of|book about|museum|anti-?) (?:the )?(?:nazis?|isis|fascism|extremism|terrorism|the kkk|white supremacy|hate))\b/gi,
});
