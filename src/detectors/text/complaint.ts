import type { DetectionContext, Detector, DetectorMeta } from '../../core/detector.js';
import type { Detection, Span } from '../../core/finding.js';
import type { Item } from '../../core/item.js';
import { ENGLISH } from '../../core/text/language.js';
import type { TextLayer } from '../../core/text/layer.js';
import { sentimentOf } from './sentiment.js';
import { detectWithContext, scanText, span, type Hit } from './util.js';

export const meta: DetectorMeta = {
  languages: ENGLISH,
  id: 'text/complaint',
  categories: ['complaint'],
  description:
    'Complaints said to a company or person (a handle addressed, with a problem or frustration) and angry public ' +
    'rants: weighted cue words minus praise, with sentiment as a feature; never service requests or bug reports.',
  docs: 'docs/detectors/text-complaint.md',
};

/** [pattern, weight]: summed over the text; a complaint needs a total of at least THRESHOLD. */
const CUES: readonly [RegExp, number][] = [
  [
    /\b(?:worst|terrible|horrible|awful|pathetic|useless|ridiculous|unacceptable|disgusting|appalling|shocking|disgrace(?:ful)?|rubbish|garbage|trash|(?:is|was|are|were|what|such|total|complete|absolute|bad|sick) (?:an? )?(?:\w+ )?joke|joke of an?|scam(?:m(?:ing|ed|ers?))?|scammers?|rip ?off|dumb|stupid(?:ity)?|ripped off|incompetent|shambles|nonsense|sucks?|crap|crappy|shitty|lousy|atrocious|abysmal)\b/gi,
    2,
  ],
  [
    /\b(?:disappoint(?:ed|ing|ment)|frustrat(?:ed|ing|ion)|annoy(?:ed|ing)|furious|angry|pissed(?: off)?|livid|fed up|sick (?:and tired )?of|tired of|had enough|fuming|outraged|upset|unhappy|not happy|not impressed|smh|ugh+|wtf|ffs|fml|seriously\?|really\?|are you (?:kidding|serious)|come on|what the (?:hell|heck|fuck)|tf|wow just wow|unbelievable|beware|not good enough|not (?:ok|okay|acceptable)|shame on)\b/gi,
    2,
  ],
  [
    /\b(?:messed up|screwed up|unable to|not able to|did(?:n'?t| not) (?:receive|get)|hasn'?t (?:shipped|arrived)|(?:is|are|was|were|went|been) down|laggy|lagging|so slow|too slow|impossible|escalat\w+|doesn'?t (?:display|show|work)|no longer|stop(?:s|ped)? working|won'?t stay|doesn'?t stay|non-?existent|invalid|still not|not even|can'?t log ?in|price hike|overpriced|over ?charg\w*|rude|unresponsive|misleading|duped|lacking|(?:bad|poor) (?:service|product|business|experience|customer service|quality|support)|broke|broken|breaks|faulty|defective|damaged|cracked|leaking|malfunction\w*|glitch\w*|bug(?:gy|s)?|crash(?:es|ed|ing)?|freez(?:es|ing)|error|errors|fail(?:s|ed|ing|ure)?|issues?|problems?|stopped working|won'?t (?:work|start|load|turn on|charge|connect|let)|doesn'?t (?:work|load|turn on|charge|connect|fit)|not working|isn'?t working|no longer works?|keeps? (?:crashing|logging|freezing|dropping|failing|asking|charging)|dead (?:battery|on arrival)|expired|missing|wrong (?:item|size|order|address|charge)|lost (?:my|our) (?:order|package|bag|luggage|parcel)|disappeared|vanished|stranded|refused|overdrawn|ripped|stuck|(?:doesn'?t|does not|don'?t) seem to (?:be )?work\w*|not (?:updating|loading|syncing|delivered|listed|showing)|(?:keeps?|kept) (?:telling|saying|shutting|turning|powering)|powering (?:off|down)|shuts? (?:down|off) on its own|drains? (?:my|the) battery|dead batteries|no (?:power|signal|internet|network|connection|wifi)|mistreated|dangerous|unsafe|filthy|never (?:showed up|appeared|turned up|delivered))\b/gi,
    1.5,
  ],
  [
    /\b(?:still (?:waiting|no|not|haven'?t|hasn'?t|broken|nothing)|been waiting|waited|on hold|no (?:reply|response|answer|call ?back|one (?:has|is|to|answers|cares))|never (?:received|arrived|got|came|again|buying|shopping|using|flying)|hasn'?t (?:arrived|come|been)|haven'?t (?:received|heard|got)|delayed|delay(?:s)?|late again|cancel(?:l)?ed|overcharged|charged (?:me )?(?:twice|2x|double|again)|double charged|refund|compensation|took my money|false advertising|last time i (?:buy|use|fly|shop|order)|switching to|lost a customer|supposed to (?:be|arrive|return|have|get)|yet to (?:receive|hear|get)|not heard back|(?:lose|lost|losing) (?:my|a|your) (?:business|customer)|drop(?:ping)? you|about to (?:cancel|leave|switch|drop|lose)|take my business|out for delivery|cancel(?:l?ing)? my (?:subscription|account|order|service|membership))\b/gi,
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
  [/#(?:fail|badservice|customerservice|worst\w*|neveragain|disappointed|annoyed|unhappy|badproduct|epicfail)\b/gi, 1],
  // emphasis: it adds to a complaint, but "Nice!!" or "Is there room for one more???" names no problem
  [/!{2,}|\?{2,}/gi, 1],
  // a problem that was put right: never a complaint, even beside the problem's words
  [
    /\b(?:solved|resolved|fixed|sorted (?:it|this|me) out|replaced|took (?:such )?good care|did (?:me|us) right|made good|props)\b/gi,
    -2,
  ],
  [
    /\b(?:thanks?|thank you|thx|love|loving|great|awesome|amazing|excellent|brilliant|perfect|happy|enjoy(?:ed|ing)?|recommend|best|wonderful|fantastic|impressed|helpful|appreciate|kudos|favorite|favourite)\b|(?:😍|❤️|🙏|😊|👍|🥰)/giu,
    -1.5,
  ],
];
/** An addressed complaint needs at least this cue total. */
const THRESHOLD = 0.5;

/** All cues in one regex, one capture group per cue, so a text is scanned once. */
const ALL = new RegExp(CUES.map(([re]) => `(${re.source})`).join('|'), 'gi');
/** The same without the case-insensitive flag, run on the lower-cased text (cheaper for the regex engine). */
const ALL_LOWER = new RegExp(ALL.source, 'g');

export interface Cues {
  /** Summed cue weights (each cue counted at most four times). */
  total: number;
  /** Matches per cue, in CUES order. */
  counts: number[];
  /** The positive cues' spans, in text order (at most eight). */
  evidence: Span[];
}

/** The weighted cue words of a text. */
export function cuesOf(text: string): Cues {
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
  evidence.sort((a, b) => a.start - b.start);
  return { total, counts, evidence };
}

/** Cues that name a problem or hostility (not just a "not", a "please", an "again" or "!!"): indexes into CUES. */
const PROBLEM_CUES = [0, 1, 2, 3, 4, 8];
/** Cues of anger at something (emphasis included): a rant needs one. */
const HOSTILE_CUES = [0, 1, 8, 9];

/** The praise cue ("thanks", "love", "great"), an index into CUES. */
const PRAISE_CUE = CUES.length - 1;
/** Problem cues worth this much make praise beside them read as sarcasm or politeness. */
const SARCASM_PROBLEM = 1.5;

/** "not / no / still" and "again / for hours" cues: a problem only in a text that does not read as positive. */
const WEAK_PROBLEM_CUES = [5, 7];

/** The cue for asking for help ("help", "please", "any idea"), an index into CUES. */
const HELP_CUE = 6;

/** Someone addressed by handle (the reading text has `@user` for every handle). */
const ADDRESSED = /(?:^|\s)@\w+/;

/** Fewer words than this besides handles: a short reply. */
const SHORT_REPLY = 4;

/** Words of a text besides its handles. */
const wordsSaid = (text: string): number => text.replace(/@\w+/g, ' ').match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/** A rant with nobody addressed needs this much: "ugh mondays" (2) is a grumble, not a public complaint. */
const RANT = 3;

/** Developer talk about bugs ("fixed in PR #12", "repro steps", "stack trace"): a report, not a complaint. */
const TECH_TALK =
  /\b(?:pull request|PR ?#?\d+|PRs?|commits?|committed|merged?|repo|branch|patch(?:ed)?|changelog|release notes|stack ?trace|repro(?:duce|duced|duction)?|workaround|regression|unit tests?|ci|npm|github|gitlab|compiler|parser|refactor\w*|debug\w*|issue #\d+|fixed in|v\d+\.\d+)\b/i;

const sum = (counts: readonly number[], cues: readonly number[]): number =>
  cues.reduce((total, cue) => total + (counts[cue] as number) * (CUES[cue]?.[1] ?? 0), 0);

/**
 * A complaint is said to someone or is a rant, never a plain report: addressed to a handle with a problem or
 * frustration cue (or only "not / no / still" cues in a text that does not read as positive), or, with nobody
 * addressed, angry words adding up to a rant. Service requests ("@shop can you help me track my order?") have no
 * problem cue and read as neutral or polite; bug reports in developer talk pass unless they are angry.
 */
export function findComplaint(text: string): Hit[] {
  if (!text) return [];
  const { total, counts, evidence } = cuesOf(text);
  if (!evidence.length) return [];
  const addressed = ADDRESSED.test(text);
  const hostile = sum(counts, HOSTILE_CUES) > 0;
  if (TECH_TALK.test(text) && !hostile) return [];
  if (addressed) {
    const problem = sum(counts, PROBLEM_CUES);
    // thanks beside a named problem is sarcasm or politeness ("thanks for ruining my morning", "hi thanks, the link
    // still doesn't work"): it does not cancel the problem
    if ((problem >= SARCASM_PROBLEM ? total - sum(counts, [PRAISE_CUE]) : total) < THRESHOLD) return [];
    // no problem named: a request for help is a service request, a short reply ("@sam No", "@shop within 48 hours")
    // an answer and emphasis alone ("@jen Nice!!") no complaint; otherwise it takes "not / still / again" cues in a
    // text that does not read as positive
    if (
      problem < 1 &&
      ((counts[HELP_CUE] as number) > 0 ||
        wordsSaid(text) < SHORT_REPLY ||
        sum(counts, WEAK_PROBLEM_CUES) === 0 ||
        sentimentOf(text) >= 0.05)
    )
      return [];
  } else if (!hostile || total < RANT) return [];
  return [
    {
      category: 'complaint',
      severity: 'low',
      confidence: Math.min(0.95, 0.5 + total / 12),
      clause: addressed ? 'complains publicly to someone' : 'reads as a public rant',
      evidence,
      details: { score: Math.round(total * 10) / 10, addressed },
    },
  ];
}

export function detect(item: Item, _context?: DetectionContext, layer?: TextLayer): Detection[] {
  return detectWithContext(meta.id, item, (text) => findComplaint(scanText(text)), layer);
}

export const complaintDetector: Detector = { meta, detect };
