import { lexiconDetector } from './lexicon.js';

/** text/crime: admitting to or boasting about illegal acts. */
export const crimeDetector = lexiconDetector({
  meta: {
    id: 'text/crime',
    categories: ['crime'],
    description:
      'Admitting to or boasting about illegal acts: theft, shoplifting, drunk driving, vandalism, fraud, piracy.',
    docs: 'docs/detectors/text-crime.md',
  },
  category: 'crime',
  prefilter:
    /stole|steal|shoplift|lift|drunk|dui|dwi|drove|driv|vandal|graffiti|tag|fraud|scam|fake|pirat|torrent|arrest|cops|police|jail|bail|broke into|break into|trespass|speed|evad|tax|cheat|launder|counterfeit|hack|forg|bribe|insurance|fudg|padd|expense|timesheet/i,
  rules: [
    {
      pattern:
        /\b(?:(?:drove|driving|drive|drivin) (?:home )?(?:drunk|wasted|high|hammered|buzzed)|drunk driv(?:ing|e)|got (?:a |my )?(?:dui|dwi)|(?:i|we) (?:stole|shoplifted|lifted|boosted|swiped|pocketed)|shoplift(?:ed|ing)|(?:i|we) (?:broke|snuck) into|(?:evaded|evading|dodg(?:ed|ing)) (?:the )?(?:cops|police|taxes|fare)|(?:ran|running) from (?:the )?(?:cops|police|12)|(?:insurance|tax|credit card) fraud|(?:fake|forged) (?:id|ids|signature|doctor'?s note|sick note)|(?:cooked|fudged|faked) the (?:books|numbers|receipts|expense)|(?:padded|faked|fudged) (?:my )?(?:expenses|timesheet|expense report)|tagged (?:a|the) (?:wall|train|bridge)|(?:keyed|slashed the tires of) (?:his|her|their|a|my \w+'?s) car)\b/gi,
      severity: 'high',
      clause: 'admits to something illegal',
      confidence: 0.8,
    },
    {
      pattern:
        /\b(?:got arrested|spent the night in jail|(?:bailed|bail) (?:me|him|her) out|(?:torrent(?:ed|ing)|pirat(?:ed|ing)) (?:\w+ ){0,2}(?:movies?|games?|software|shows?|music|albums?|seasons?|series|episodes?|films?|it)|(?:250|twenty|100|150|120) in a (?:55|65|school zone)|ran a red light|got pulled over (?:drunk|high|wasted))\b/gi,
      severity: 'medium',
      clause: 'mentions an arrest or breaking the law',
      confidence: 0.7,
    },
  ],
  not: /\b(?:stole (?:the show|my heart|the spotlight|a base|a kiss|a glance|a look)|steal(?:ing)? (?:the show|my heart|a kiss|a glance|the spotlight|this (?:idea|recipe|look))|(?:article|report|story|news|documentary|podcast|book|series|film|movie) (?:about|on) (?:\w+ )?(?:fraud|theft|shoplifting|drunk driving)|(?:victim|victims) of (?:fraud|theft)|(?:prevent|fight|stop|report|combat|detect)(?:ing)? (?:\w+ ){0,2}(?:fraud|theft|shoplifting|drunk driving))\b/gi,
  past: /\b(?:used to|back in (?:high school|college|the day)|years ago|when i was (?:younger|a kid|a teen|\d+))\b/i,
  pastClause: 'admits to something illegal in the past',
});
