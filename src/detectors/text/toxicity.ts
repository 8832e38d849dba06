import type { DetectionContext, Detector, DetectorMeta } from '../../core/detector.js';
import type { Severity } from '../../core/categories.js';
import type { Detection, Span } from '../../core/finding.js';
import type { Item } from '../../core/item.js';
import { ENGLISH } from '../../core/text/language.js';
import type { TextLayer } from '../../core/text/layer.js';
import { featurize, loadModel, predict, type Model } from './model.js';
import {
  AIMED_PHRASE,
  DESCRIPTOR,
  ENTHUSIASM_PRONE,
  NAME,
  PERSON_NOUN,
  PROFANE_PHRASE,
  STRONG_NAME,
} from './insult-words.js';
import { sentimentOf } from './sentiment.js';
import { detectWithContext, negatedBefore, scanText, span, type Hit } from './util.js';

export const meta: DetectorMeta = {
  languages: ENGLISH,
  id: 'text/toxicity',
  categories: ['insult', 'hate'],
  description:
    'Insults aimed at someone (a name-calling word linked to you, a handle, a person or a group, not an intensifier ' +
    'such as "crazy good") and hate speech, from an insult lexicon and the shipped classifier (NB-weighted ' +
    'logistic regression over hashed n-grams, trained offline on Davidson).',
  docs: 'docs/detectors/text-toxicity.md',
};

/**
 * Every insult word or phrase, one capture group per kind (see insult-words.ts), longest kinds first; not inside a
 * handle, a hashtag or a hyphenated compound ("psycho-historian"). Run on the lower-cased text (cheaper than the i
 * flag), or with the i flag on the rare text whose lower-casing changes its length.
 */
const INSULT_SOURCE = `(?<![@#-])\\b(?:(${AIMED_PHRASE})|(${STRONG_NAME})|(${NAME})|(${DESCRIPTOR})|(${ENTHUSIASM_PRONE}))\\b(?!-[a-z])`;
const INSULT_LOWER = new RegExp(INSULT_SOURCE, 'g');
const INSULT_ANY_CASE = new RegExp(INSULT_SOURCE, 'gi');
type Kind = 'phrase' | 'strong' | 'name' | 'descriptor' | 'enthusiasm';
const KINDS: readonly Kind[] = ['phrase', 'strong', 'name', 'descriptor', 'enthusiasm'];

/** Someone other than the writer: you, a handle, he/she/they, a person or group word… */
const OTHER =
  /(?<![\w'’@#])\b(?:you|u|ya|ye|ur|your|you'?re|you’re|youre|yourself|y'?all|he|she|they|him|her|them|he'?s|she'?s|they'?re|these|those|guy|dude|man|woman|girl|people|liberals|conservatives|democrats|dems|republicans|leftists|lefties|libs|antifa|maga|trump(?:sters|ers)?|globalists|feminists|politicians)\b|(?:^|\s)@\w+/gi;
/** …or a capitalised name before "is" ("Trump is a liar", not "This is garbage"). */
const NAMED = /\b[A-Z][a-z]+(?:'s|’s| is| was| are)\b/g;
const NOT_A_NAME = new Set(
  'This That It There Here What Which Who Where When Why How Life Today Tonight Everything Nothing Something Anything Work Traffic The Mine Monday Weather'.split(
    ' ',
  ),
);

/** End of the last capitalised name before "is" in a text, or −1. */
function lastNamed(text: string): number {
  NAMED.lastIndex = 0;
  let last = -1;
  for (let m = NAMED.exec(text); m; m = NAMED.exec(text))
    if (!NOT_A_NAME.has(m[0].replace(/(?:'s|’s| is| was| are)$/, ''))) last = m.index + m[0].length;
  NAMED.lastIndex = 0;
  return last;
}

/** The writer: "I felt like an idiot", "we looked like clowns". */
const SELF = /(?:^|[^\p{L}\p{N}_'’])(?:i|i'?m|i’m|im|me|myself|we|us|ourselves)(?![\p{L}\p{N}_'’])/giu;

/** "What a clown", "such a loser": an exclamation aimed at someone, unlike "what a shitty day". */
const EXCLAIMED = /\b(?:what|such) (?:an? )?(?:[\p{L}'-]+ )?$/iu;

/** What may follow a descriptor used as what a person is ("you are stupid and lazy", "so dumb lol"). */
const PREDICATE_END = new RegExp(
  `^(?:\\s*(?:$|[^\\p{L}\\p{N}\\s])|\\s+(?:and|or|but|as|af|asf|lol|lmao|lmfao|haha\\w*|to|for|of|in|at|when|if|because|cause|cuz|like|that|who|too|enough|ever|tho|though|bro|again|honestly|right|now|person|(?:${PERSON_NOUN}))(?![\\p{L}]))`,
  'iu',
);

/** Strong swearing right before a name makes it severe: "fucking idiot". */
const PROFANE_BEFORE = /\b(?:fucking|fuckin|f\*+cking|effing|goddamn|god damn|bloody|stupid ass|dumb ass)\s+$/i;

/** Sentence punctuation: a target must be in the same clause as the insult. */
const CLAUSE_BREAK = /[.!?;\n]/;

/** The words before an insult that may name its target: the same clause, at most six words back. */
function windowBefore(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 60), index);
  let cut = -1;
  for (let i = before.length - 1; i >= 0; i--)
    if (CLAUSE_BREAK.test(before[i] as string)) {
      cut = i;
      break;
    }
  const words = before.slice(cut + 1).split(/\s+/);
  return words.slice(Math.max(0, words.length - 7)).join(' ');
}

function lastIndexOf(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let last = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m.index + m[0].length;
  re.lastIndex = 0;
  return last;
}

/** Who the clause before an insult is about: someone else, the writer ("I am such an idiot"), or nobody named. */
function subjectOf(window: string): 'other' | 'self' | 'none' {
  const other = Math.max(lastIndexOf(OTHER, window), lastNamed(window));
  const self = lastIndexOf(SELF, window);
  return other < 0 && self < 0 ? 'none' : other > self ? 'other' : 'self';
}

/** True when the clause is only the insult ("Idiot." / "@bob clown"): name-calling by itself. */
function standsAlone(text: string, start: number, end: number): boolean {
  const clause = (s: string) => s.split(CLAUSE_BREAK);
  const before = clause(text.slice(Math.max(0, start - 40), start)).pop() ?? '';
  const after = clause(text.slice(end, end + 40))[0] ?? '';
  const words = `${before} ${after}`.replace(/(?:^|\s)@\w+/g, ' ').match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length <= 1;
}

/**
 * A name-calling word written with a capital inside a sentence is a proper name: "Snowflake" the company, "Dick"
 * Cheney, "Freaks" the show; "IDIOT" in capitals and "Idiot." at the start of a sentence are still insults.
 */
function properName(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (!/^\p{Lu}\p{Ll}/u.test(word)) return false;
  const before = text.slice(Math.max(0, start - 3), start);
  return start > 0 && !/(?:^|[.!?:\n"“]\s*)$/u.test(before) && !/^\s*$/.test(text.slice(0, start));
}

/** Names that are also adjectives: before a thing ("a racist tirade", "fascist regimes") they call nobody names. */
const ALSO_ADJECTIVE = /^(?:racist|sexist|fascist|nazi|commie)$/i;

/** "Fool me once, shame on you": a saying, like "April fools"; its fools and its shame insult nobody. */
const SAYING = /\bfool me (?:once|twice)\b/i;

interface InsultWord {
  span: Span;
  kind: Kind;
  severity: Severity;
}

const RANK: Readonly<Record<Severity, number>> = { low: 1, medium: 2, high: 3 };

/**
 * Insult words aimed at someone: a name or descriptor in a clause that names another person (not the writer), an
 * exclamation ("what a clown"), a name standing alone, or a phrase that is aimed by itself ("shut up"). Descriptors
 * count only as what a person is ("you are stupid", not "stupid easy"); enthusiasm-prone ones ("crazy", "sick")
 * also only in a text that does not read as positive.
 */
function insultsIn(text: string): InsultWord[] {
  const out: InsultWord[] = [];
  let positive: boolean | undefined;
  const lower = text.toLowerCase();
  const [re, subject] = lower.length === text.length ? [INSULT_LOWER, lower] : [INSULT_ANY_CASE, text];
  re.lastIndex = 0;
  for (let m = re.exec(subject); m && out.length < 6; m = re.exec(subject)) {
    const kind = KINDS[m.slice(1).findIndex((g) => g !== undefined)] as Kind;
    const start = m.index;
    const end = start + m[0].length;
    if (negatedBefore(text, start)) continue;
    if ((kind === 'name' || kind === 'strong') && properName(text, start, end)) continue;
    if (/^(?:fool|shame on)/i.test(m[0]) && SAYING.test(text)) continue;
    const window = windowBefore(text, start);
    const exclaimed = EXCLAIMED.test(window);
    const person = kind === 'name' || kind === 'strong';
    if (kind !== 'phrase') {
      const attributive =
        (kind === 'descriptor' || kind === 'enthusiasm' || (kind === 'name' && ALSO_ADJECTIVE.test(m[0]))) &&
        !PREDICATE_END.test(text.slice(end, end + 40));
      const subject = subjectOf(window);
      const aimed =
        !attributive &&
        (subject === 'other' || (subject === 'none' && person && (exclaimed || standsAlone(text, start, end))));
      if (!aimed) continue;
      if (kind === 'enthusiasm' && (positive ??= sentimentOf(text) > 0.05)) continue;
    }
    const severity: Severity =
      kind === 'strong' || (kind === 'phrase' && PROFANE_PHRASE.test(m[0])) || PROFANE_BEFORE.test(window)
        ? 'high'
        : kind === 'name'
          ? 'medium'
          : 'low';
    out.push({ span: span(text, start, end), kind, severity });
  }
  re.lastIndex = 0;
  return out;
}

/** Groups that hate speech targets: hate needs one of these (or a slur) besides a high model score. */
const GROUP =
  /\b(?:immigrants?|migrants?|refugees?|illegals|illegal aliens?|aliens|asylum seekers?|muslims?|islam(?:ic)?|jews?|jewish|blacks|whites|asians?|mexicans?|arabs?|africans?|chinese|indians|gays?|lesbians?|homosexuals?|trans(?:gender)?s?|queers?|women|females?|girls|feminists?|feminazis?|hoes|bitches|whores|sluts|niggas?|niggers?|negro(?:e?s)?|faggots?|fags?|dykes?|retards?|spics?|wetbacks?|beaners?|chinks?|kikes?|towelheads?|ragheads?|savages|rapefugees?|invaders?|foreigners|third world|thugs|christians|hindus|latinos?|hispanics?|minorities|coons?|monkeys|apes|ghetto)\b/gi;

/** What follows a group word that names a cause or a thing rather than the people. */
const GROUP_AS_THING =
  /^(?:'s|’s)?\s+(?:marriages?|married|rights|pride|parades?|flags?|bars?|clubs?|month|history|studies|culture|cuisine|food|restaurants?|art|music|literature|holidays?|festivals?|sports?|football|soccer|basketball|team)\b/i;

const NOT_WORDS = /https?:\/\/\S+|www\.\S+|[@#][\p{L}\p{N}_]+/gu;

/** Words that carry weight in the model only through the company they keep: never shown as evidence. */
const FUNCTION_WORD =
  /^(?:you|your|youre|yours|the|a|an|and|or|but|this|that|these|those|they|them|their|he|she|his|her|him|it|its|is|are|was|were|be|been|of|to|in|on|at|for|with|from|by|as|so|all|just|not|no|what|who|why|how|when|where|do|does|did|have|has|had|will|would|can|could|should|user|url|rt|amp)$/i;

function topWords(model: Model, text: string, head: number, limit: number): Span[] {
  const words: { s: Span; z: number }[] = [];
  const re = /[\p{L}\p{N}'*$@!]+/gu;
  const weights = model.heads[head]?.weights;
  if (!weights) return [];
  // links, handles and hashtags are not words of the writer's: blanked (same length, so offsets hold)
  const plain = text.replace(NOT_WORDS, (m) => ' '.repeat(m.length));
  let count = 0;
  for (let m = re.exec(plain); m && count < 400; m = re.exec(plain)) {
    count++;
    const { index, value } = featurize(m[0], model.dim);
    let z = 0;
    for (let k = 0; k < index.length; k++) z += (weights[index[k] as number] as number) * (value[k] as number);
    if (z > 1 && m[0].length >= 3 && !FUNCTION_WORD.test(m[0].replace(/['’]/g, '')))
      words.push({ s: span(text, m.index, m.index + m[0].length), z });
  }
  return words
    .sort((a, b) => b.z - a.z)
    .slice(0, limit)
    .map((w) => w.s)
    .sort((a, b) => a.start - b.start);
}

export interface Scores {
  offensive: number;
  hate: number;
}

/**
 * Enthusiasm idioms whose words the model would read literally ("you kick ass!", "fucking awesome", "killer
 * feature"): blanked before scoring, so praise is not scored as an attack.
 */
const ENTHUSIASM_IDIOM =
  /\b(?:kick(?:s|ed|ing)? (?:some )?ass|kick-?ass|bad-?ass|hell yeah|hell of an?|damn good|(?:fucking|fuckin|freaking|damn|crazy|insanely|stupidly|sick|wicked|ridiculously) (?:awesome|amazing|good|great|brilliant|beautiful|delicious|fantastic|incredible|cool|fast|easy|fun|talented|proud|happy|love|lovely))\b/gi;

export function scoresOf(model: Model, text: string): Scores {
  const out = predict(model, text.replace(ENTHUSIASM_IDIOM, ' '));
  return { offensive: out.offensive ?? 0, hate: out.hate ?? 0 };
}

/** Hate needs at least this score even when the trained threshold is lower (Davidson's hate class is small and noisy). */
const HATE_FLOOR = 0.6;

/** Hate needs a text of at least this many words: on one or two words the model only sees the group word. */
const HATE_MIN_WORDS = 4;
/** A sentiment at or below this reads as hostile (wink-sentiment, −1…1). */
const HOSTILE_TONE = -0.1;

const wordCount = (text: string): number => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/** The thresholds the training script chose on its validation part. */
function thresholdOf(model: Model, name: string, fallback: number): number {
  return model.heads.find((head) => head.name === name)?.threshold ?? fallback;
}

function insultHit(insults: readonly InsultWord[]): Hit {
  const severity = insults.reduce<Severity>((top, w) => (RANK[w.severity] > RANK[top] ? w.severity : top), 'low');
  return {
    category: 'insult',
    severity,
    confidence: severity === 'low' ? 0.55 : 0.75,
    clause: severity === 'low' ? 'may insult someone' : 'insults or demeans someone',
    evidence: insults.map((w) => w.span),
    details: { kinds: [...new Set(insults.map((w) => w.kind))] },
  };
}

export function findToxicity(text: string, model: Model | null = loadModel()): Hit[] {
  if (!text || !/[\p{L}\p{N}]/u.test(text)) return [];
  const insults = insultsIn(text);
  const found = insults.length ? [insultHit(insults)] : [];
  GROUP.lastIndex = 0;
  let group = GROUP.exec(text);
  // "gay marriage", "women's rights": the word names a cause or a thing, not people to hate
  while (group && GROUP_AS_THING.test(text.slice(group.index + group[0].length))) group = GROUP.exec(text);
  GROUP.lastIndex = 0;
  // the model only decides hate, so it runs only when a group is named
  if (!model || !group) return found;
  const scores = scoresOf(model, text);
  // a group named is not hate by itself ("gay", "aliens", "Muslim American"): the model's score counts only in a
  // text of a few words that also insults or reads as hostile
  if (
    scores.hate >= Math.max(HATE_FLOOR, thresholdOf(model, 'hate', 0.5)) &&
    wordCount(text) >= HATE_MIN_WORDS &&
    (insults.length > 0 || sentimentOf(text) <= HOSTILE_TONE)
  ) {
    const groupSpan = span(text, group.index, group.index + group[0].length);
    const hateIndex = model.heads.findIndex((head) => head.name === 'hate');
    const evidence = [
      groupSpan,
      ...topWords(model, text, hateIndex, 3).filter((s) => s.start !== groupSpan.start),
    ].sort((a, b) => a.start - b.start);
    found.unshift({
      category: 'hate',
      severity: 'high',
      confidence: scores.hate,
      clause: 'reads as hateful towards a group of people',
      evidence,
      details: { score: Math.round(scores.hate * 100) / 100 },
    });
  }
  return found;
}

export function detect(item: Item, _context?: DetectionContext, layer?: TextLayer): Detection[] {
  return detectWithContext(meta.id, item, (text) => findToxicity(scanText(text)), layer);
}

export const toxicityDetector: Detector = { meta, detect };
