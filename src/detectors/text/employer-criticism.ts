import type { DetectionContext, Detector, DetectorMeta } from '../../core/detector.js';
import type { Detection, Span } from '../../core/finding.js';
import type { Item } from '../../core/item.js';
import { ENGLISH } from '../../core/text/language.js';
import type { TextLayer } from '../../core/text/layer.js';
import { cuesOf } from './complaint.js';
import { detectWithContext, escapeRegExp, negatedBefore, scanText, span, type Hit } from './util.js';

export const meta: DetectorMeta = {
  languages: ENGLISH,
  id: 'text/employer-criticism',
  categories: ['employer-criticism'],
  description:
    'Negative statements about your own employer (by name, from LinkedIn positions or the config) or about ' +
    '"my boss / manager / coworkers / job".',
  docs: 'docs/detectors/text-employer-criticism.md',
};

const SENTENCE = /[^.!?\n]+[.!?\n]*/g;

const OWN_WORK =
  /\b(?:my|our)\s+(?:(?:old|former|ex|current|new|stupid|dumb|useless|idiot|lazy|crappy|shitty|awful|terrible|horrible|annoying|damn|fucking|f\*+ing)\s+)?(?:boss(?:es)?|manager|managers|supervisor|team ?lead|line manager|director|ceo|cto|higher-?ups|upper management|management|co-?workers?|colleagues?|coworker|leadership|exec team|leadership team|hr(?: department)?|employer|company|job|work ?place|office|workplace|shift (?:lead|manager)|store manager|gm|corporate|execs?|salary|pay(?:check)?|raise|shift)\b|\b(?:at|@) (?:my )?(?:work|the office)\b|\bthis (?:job|company|place i work)\b|\b(?:where i work|i work (?:at|for|with)|working (?:at|for) this|work(?:ing)? here)\b/gi;

/** The work words that name a place rather than the author's own job: they need the author in the sentence. */
const BARE_PLACE = /^(?:at|@) (?:work|the office)$/i;
const GENERIC_SUBJECT =
  /\b(?:any ?one|every ?one|any ?body|every ?body|no ?one|nobody|people|you|one|workers|employees)\b/i;
const FIRST_PERSON = /\b(?:i|i'm|im|i've|ive|i'd|i'll|me|my|mine|myself|we|we're|us|our|ours)\b/i;

const FORMER =
  /\b(?:old|former|ex|previous|last)\s+(?:boss|manager|job|employer|company|team|co-?workers?|colleagues?)\b/i;

const NEGATIVE =
  /\b(?:no idea|no clue|two-?faced|fake|rude|arrogant|condescending|disrespect(?:ful|s|ed)?|(?:doesn'?t|don'?t|never) (?:care|listen|respect|appreciate|pay)s?|zoo|circus|clown show|killing me|draining|exhausting|burn(?:ed|t)? ?out|rather (?:eat|die|quit|be anywhere)|so bad|poorly run|disorganized|chaos|chaotic|a mess|bad (?:boss|manager|management|company|job)|hate|hates|hated|hating|laziest|spineless|greedy|can'?t figure out|couldn'?t run|took credit for|takes credit for|despise|loathe|can'?t stand|sucks?|sucked|suckin[g']?|worst|terrible|horrible|awful|incompetent|idiots?|idiotic|clueless|useless|toxic|miserable|pathetic|lazy|stupid|dumb(?:ass)?|morons?|clowns?|jerks?|assholes?|dicks?|garbage|trash|joke|ridiculous|underpaid|overworked|exploit(?:s|ing|ative)?|screw(?:ing|ed)? (?:us|me) over|micromanag\w*|soul-?crushing|nightmare|hell ?hole|dumpster fire|shit ?show|clusterf\w+|disaster|mess|unbearable|fed up|so done with|sick of|tired of|piece of (?:shit|crap|work)|bullshit|bs|cheap(?:skates?)?|greedy|liars?|lying|fraud|scam|corrupt|unfair|disgusting|hopeless|a nightmare|can'?t wait to (?:quit|leave)|want to quit|gonna quit|rage ?quit|makes me want to (?:scream|cry|die|quit)|kill me|wtf|ffs|smh|ugh+|fml)\b/gi;

const POSITIVE_FRAME =
  /\b(?:love|loving|grateful|thankful|proud|blessed|appreciate|best|amazing|awesome|great|fantastic|supportive|wonderful|lucky)\b/i;

const cache = new Map<string, RegExp[]>();
const SUFFIX = /[,\s]+(?:inc|llc|ltd|limited|corp|corporation|co|company|gmbh|plc|group|holdings|ag|sa)\.?$/i;

/**
 * Patterns for the user's employers: the full name and the name without its legal suffix (any case), and the
 * first word of a longer name written with its capital ("Northwind" for "Northwind Traders").
 */
function employerPatterns(employers: readonly string[]): RegExp[] {
  const key = employers.join('\u0000');
  const found = cache.get(key);
  if (found) return found;
  const full = new Set<string>();
  const firstWords = new Set<string>();
  for (const raw of employers) {
    const name = raw.trim();
    if (name.length < 2) continue;
    full.add(name);
    const bare = name.replace(SUFFIX, '').trim();
    if (bare.length >= 2) full.add(bare);
    const first = bare.split(/\s+/)[0] ?? '';
    if (bare.includes(' ') && first.length >= 4 && /^\p{Lu}/u.test(first)) firstWords.add(first);
  }
  const bound = (names: Set<string>, flags: string): RegExp[] =>
    names.size
      ? [new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...names].map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, flags)]
      : [];
  const patterns = [...bound(full, 'giu'), ...bound(firstWords, 'gu')];
  if (cache.size > 32) cache.clear();
  cache.set(key, patterns);
  return patterns;
}

/** The first match of `re` in `part`, a piece of `text` starting at `from`, as a span of the whole text. */
function firstMatch(re: RegExp, text: string, part: string, from: number): Span | null {
  re.lastIndex = 0;
  const m = re.exec(part);
  re.lastIndex = 0;
  return m ? span(text, from + m.index, from + m.index + m[0].length) : null;
}

export function findEmployerCriticism(text: string, employers: readonly string[]): Hit[] {
  if (!text) return [];
  const named = employerPatterns(employers);
  const evidence: Span[] = [];
  let byName: string | null = null;
  let former = false;
  // each sentence is judged together with the next one: "Three years at X. What a joke of a company."
  const sentences: { index: number; text: string }[] = [];
  SENTENCE.lastIndex = 0;
  for (let m = SENTENCE.exec(text); m && sentences.length < 2000; m = SENTENCE.exec(text)) {
    if (!m[0]) {
      SENTENCE.lastIndex++;
      continue;
    }
    sentences.push({ index: m.index, text: m[0] });
  }
  SENTENCE.lastIndex = 0;
  for (let i = 0; i < sentences.length && evidence.length < 8; i++) {
    const first = sentences[i] as { index: number; text: string };
    const next = sentences[i + 1];
    const s = { index: first.index, 0: next && next.text.length < 160 ? first.text + next.text : first.text };
    const sentence = s[0];
    if (!sentence.trim()) continue;
    let nameHit: Span | null = null;
    for (const re of named) nameHit ??= firstMatch(re, text, sentence, s.index);
    const workHit = firstMatch(OWN_WORK, text, sentence, s.index);
    const target = nameHit ?? workHit;
    if (!target) continue;
    // "at work" alone is a place anyone can be: said of people in general ("hardly anyone", "you") and without the
    // author in its sentence, it is a remark on work in general; "Another Monday at work, ugh" is still the author's
    const targetSentence = target.start < first.index + first.text.length ? first.text : (next?.text ?? '');
    if (
      !nameHit &&
      BARE_PLACE.test(target.text) &&
      GENERIC_SUBJECT.test(targetSentence) &&
      !FIRST_PERSON.test(targetSentence)
    )
      continue;
    NEGATIVE.lastIndex = 0;
    let negative: Span | null = null;
    for (let m = NEGATIVE.exec(sentence); m; m = NEGATIVE.exec(sentence)) {
      if (negatedBefore(sentence, m.index)) continue;
      negative = span(text, s.index + m.index, s.index + m.index + m[0].length);
      break;
    }
    NEGATIVE.lastIndex = 0;
    // a sentence about work that reads as a rant (the complaint cue score) counts as negative too
    if (!negative && cuesOf(sentence).total >= 3) negative = target;
    if (!negative) continue;
    // "I love my job, the worst part is the commute" — a positive frame and a mild negative cancel out
    if (POSITIVE_FRAME.test(sentence) && !/\b(?:hate|toxic|incompetent|idiots?|useless)\b/i.test(sentence)) continue;
    if (!evidence.some((e) => e.start === target.start)) evidence.push(target);
    if (!evidence.some((e) => e.start === negative.start)) evidence.push(negative);
    if (nameHit) byName = nameHit.text;
    if (FORMER.test(sentence)) former = true;
  }
  if (!evidence.length) return [];
  evidence.sort((a, b) => a.start - b.start);
  const clause = byName
    ? `criticises ${byName}, one of your employers`
    : former
      ? 'criticises a former boss, coworkers or job'
      : 'criticises your boss, coworkers or job';
  return [
    {
      category: 'employer-criticism',
      severity: former && !byName ? 'medium' : 'high',
      confidence: byName ? 0.85 : 0.75,
      clause,
      evidence,
      details: { employer: byName, former },
    },
  ];
}

export function detect(item: Item, context: DetectionContext, layer?: TextLayer): Detection[] {
  return detectWithContext(meta.id, item, (text) => findEmployerCriticism(scanText(text), context.employers), layer);
}

export const employerCriticismDetector: Detector = { meta, detect };
