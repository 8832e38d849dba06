import type { DetectionContext, Detector, DetectorMeta } from '../../core/detector.js';
import type { Detection, Span } from '../../core/finding.js';
import type { Item } from '../../core/item.js';
import { ENGLISH } from '../../core/text/language.js';
import type { TextLayer } from '../../core/text/layer.js';
import { detectWithContext, scanText, span, type Hit } from './util.js';

export const meta: DetectorMeta = {
  languages: ENGLISH,
  id: 'text/complaint',
  categories: ['complaint'],
  description:
    'Public rants and complaints (about products, services, companies, life): weighted cue words for problems, ' +
    'frustration and demands, minus praise and thanks.',
  docs: 'docs/detectors/text-complaint.md',
};

/** [pattern, weight]: summed over the text; a complaint needs a total of at least THRESHOLD. */
const CUES: readonly [RegExp, number][] = [
  [
    /\b(?:worst|terrible|horrible|awful|pathetic|useless|ridiculous|unacceptable|disgusting|appalling|shocking|disgrace(?:ful)?|rubbish|garbage|trash|joke|scam|rip ?off|ripped off|incompetent|shambles|nonsense|sucks?|crap|crappy|shitty|lousy|atrocious|abysmal)\b/gi,
    2,
  ],
  [
    /\b(?:disappoint(?:ed|ing|ment)|frustrat(?:ed|ing|ion)|annoy(?:ed|ing)|furious|angry|pissed(?: off)?|livid|fed up|sick (?:and tired )?of|tired of|had enough|fuming|outraged|upset|unhappy|not happy|not impressed|smh|ugh+|wtf|ffs|fml|seriously\?|really\?|are you (?:kidding|serious)|come on)\b/gi,
    2,
  ],
  [
    /\b(?:broke|broken|breaks|faulty|defective|damaged|cracked|leaking|malfunction\w*|glitch\w*|bug(?:gy|s)?|crash(?:es|ed|ing)?|freez(?:es|ing)|error|errors|fail(?:s|ed|ing|ure)?|issues?|problems?|stopped working|won'?t (?:work|start|load|turn on|charge|connect|let)|doesn'?t (?:work|load|turn on|charge|connect|fit)|not working|isn'?t working|no longer works?|keeps? (?:crashing|logging|freezing|dropping|failing|asking|charging)|dead (?:battery|on arrival)|expired|missing|wrong (?:item|size|order|address|charge)|lost (?:my|our) (?:order|package|bag|luggage|parcel))\b/gi,
    1.5,
  ],
  [
    /\b(?:still (?:waiting|no|not|haven'?t|hasn'?t|broken|nothing)|been waiting|waited|on hold|no (?:reply|response|answer|call ?back|one (?:has|is|to|answers|cares))|never (?:received|arrived|got|came|again|buying|shopping|using|flying)|hasn'?t (?:arrived|come|been)|haven'?t (?:received|heard|got)|delayed|delay(?:s)?|late again|cancel(?:l)?ed|overcharged|charged (?:me )?(?:twice|2x|double|again)|double charged|refund|compensation|took my money|false advertising|last time i (?:buy|use|fly|shop|order)|switching to|lost a customer)\b/gi,
    1.5,
  ],
  [
    /\b(?:why (?:is|are|do|does|did|can'?t|won'?t|would|the hell)|how (?:hard|difficult) is it|what(?:'s| is) (?:going on|the point|wrong with)|can(?:'?t| not) (?:even|get|find|log|believe|access|use|understand)|can'?t (?:you|they|anyone)|fix (?:this|it|your)|sort (?:it|this) out|do better|step up)\b/gi,
    1,
  ],
  [
    /\b(?:can'?t|cannot|won'?t|doesn'?t|don'?t|didn'?t|isn'?t|wasn'?t|not|no|never|nobody|nothing|without|tried|trying|keep getting|still|only|supposed to|should(?:n'?t)? have|instead|ruin(?:ed|s)?|lost|wasted|charged|cost(?:ing)?|stuck|hanging up|hung up|ignored|refused|told)\b/gi,
    0.5,
  ],
  [
    /\b(?:help|please|pls|plz|asap|urgent(?:ly)?|advise|any (?:suggestions|idea|update)|what do i (?:do|need)|who (?:do|should) i (?:contact|call))\b/gi,
    0.5,
  ],
  [
    /\b(?:again|every (?:time|single time|day)|yet again|(?:\d+|two|three|four|five) (?:times|days|weeks|hours|calls|emails)|for (?:hours|days|weeks|months))\b/gi,
    0.5,
  ],
  [
    /!{2,}|\?{2,}|#(?:fail|badservice|customerservice|worst\w*|neveragain|disappointed|annoyed|unhappy|badproduct|epicfail)\b/gi,
    1,
  ],
  [
    /\b(?:thanks?|thank you|thx|love|loving|great|awesome|amazing|excellent|brilliant|perfect|happy|enjoy(?:ed|ing)?|recommend|best|wonderful|fantastic|impressed|helpful|solved|resolved|appreciate|kudos|favorite|favourite)\b|(?:😍|❤️|🙏|😊|👍|🥰)/giu,
    -1.5,
  ],
];
const THRESHOLD = 1;

/** All cues in one regex, one capture group per cue, so a text is scanned once. */
const ALL = new RegExp(CUES.map(([re]) => `(${re.source})`).join('|'), 'gi');
/** The same without the case-insensitive flag, run on the lower-cased text (cheaper for the regex engine). */
const ALL_LOWER = new RegExp(ALL.source, 'g');

export function findComplaint(text: string): Hit[] {
  if (!text) return [];
  let total = 0;
  const evidence: Span[] = [];
  const counts = new Array<number>(CUES.length).fill(0);
  const lower = text.toLowerCase();
  // lower-casing keeps offsets for nearly all text; when it does not (a few letters change length), use the i flag
  const re = lower.length === text.length ? ALL_LOWER : ALL;
  const subject = re === ALL_LOWER ? lower : text;
  re.lastIndex = 0;
  for (let m = re.exec(subject); m; m = re.exec(subject)) {
    if (!m[0]) {
      re.lastIndex++;
      continue;
    }
    let cue = 0;
    while (cue < CUES.length && m[cue + 1] === undefined) cue++;
    const weight = CUES[cue]?.[1] ?? 0;
    if ((counts[cue] as number) >= 4) continue;
    counts[cue] = (counts[cue] as number) + 1;
    total += weight;
    if (weight > 0 && evidence.length < 8) evidence.push(span(text, m.index, m.index + m[0].length));
  }
  re.lastIndex = 0;
  if (total < THRESHOLD || !evidence.length) return [];
  evidence.sort((a, b) => a.start - b.start);
  return [
    {
      category: 'complaint',
      severity: 'low',
      confidence: Math.min(0.95, 0.5 + total / 12),
      clause: 'reads as a public rant or complaint',
      evidence,
      details: { score: Math.round(total * 10) / 10 },
    },
  ];
}

export function detect(item: Item, _context?: DetectionContext, layer?: TextLayer): Detection[] {
  return detectWithContext(meta.id, item, (text) => findComplaint(scanText(text)), layer);
}

export const complaintDetector: Detector = { meta, detect };
