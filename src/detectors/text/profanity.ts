import { RegExpMatcher, englishDataset, englishRecommendedTransformers, type MatchPayload } from 'obscenity';
import type { CategoryId, Severity } from '../../core/categories.js';
import type { DetectionContext, Detector, DetectorMeta } from '../../core/detector.js';
import type { Detection, Span } from '../../core/finding.js';
import type { Item } from '../../core/item.js';
import { ENGLISH } from '../../core/text/language.js';
import type { TextLayer } from '../../core/text/layer.js';
import { detectWithContext, escapeRegExp, span, type Hit } from './util.js';

export const meta: DetectorMeta = {
  languages: ENGLISH,
  id: 'text/profanity',
  categories: ['profanity', 'hate', 'sexual'],
  description: 'Swearing, slurs and vulgar sexual words, including obfuscated spellings (f*ck, sh1t, a$$).',
  docs: 'docs/detectors/text-profanity.md',
};

interface WordClass {
  category: CategoryId;
  severity: Severity;
  clause: string;
}

const SLUR: WordClass = { category: 'hate', severity: 'high', clause: 'uses a slur' };
const STRONG: WordClass = { category: 'profanity', severity: 'medium', clause: 'uses strong swear words' };
const VERY_STRONG: WordClass = { category: 'profanity', severity: 'high', clause: 'uses a very offensive swear word' };
const MILD: WordClass = { category: 'profanity', severity: 'low', clause: 'uses mild swear words' };
const SEXUAL: WordClass = { category: 'sexual', severity: 'medium', clause: 'uses explicit sexual words' };

/** Severity by word: the obscenity English dataset's words, grouped. Words not listed count as strong swearing. */
const CLASS_BY_WORD: Readonly<Record<string, WordClass>> = {
  // slurs: attacks on a group
  abeed: SLUR,
  abo: SLUR,
  africoon: SLUR,
  arabush: SLUR,
  boonga: SLUR,
  chingchong: SLUR,
  chink: SLUR,
  dyke: SLUR,
  fag: SLUR,
  kike: SLUR,
  negro: SLUR,
  nigger: SLUR,
  retard: SLUR,
  spastic: SLUR,
  tranny: SLUR,
  // very strong
  cunt: VERY_STRONG,
  // mild
  mild: MILD,
  arse: MILD,
  ass: MILD,
  bastard: MILD,
  bollocks: MILD,
  piss: MILD,
  turd: MILD,
  // sexual
  anal: SEXUAL,
  anus: SEXUAL,
  bestiality: SEXUAL,
  blowjob: SEXUAL,
  boob: SEXUAL,
  buttplug: SEXUAL,
  cum: SEXUAL,
  deepthroat: SEXUAL,
  dildo: SEXUAL,
  doggystyle: SEXUAL,
  'double penetration': SEXUAL,
  ejaculate: SEXUAL,
  felch: SEXUAL,
  fellatio: SEXUAL,
  'finger bang': SEXUAL,
  fisting: SEXUAL,
  gangbang: SEXUAL,
  handjob: SEXUAL,
  hentai: SEXUAL,
  hooker: SEXUAL,
  incest: SEXUAL,
  'jerk off': SEXUAL,
  jizz: SEXUAL,
  lubejob: SEXUAL,
  masturbate: SEXUAL,
  orgasm: SEXUAL,
  orgy: SEXUAL,
  penis: SEXUAL,
  porn: SEXUAL,
  rape: { category: 'violence', severity: 'high', clause: 'mentions rape' },
  scat: SEXUAL,
  semen: SEXUAL,
  sex: { category: 'sexual', severity: 'low', clause: 'talks about sex' },
  tit: SEXUAL,
  vagina: { category: 'sexual', severity: 'low', clause: 'uses explicit sexual words' },
};

const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });

/**
 * Cheap prefilter: obscenity runs ~100 regexes per text, so it only runs on texts that, lower-cased with
 * leetspeak undone, could contain one of the dataset's patterns, or that contain look-alike letters from other
 * scripts. Most posts have neither, and skip the library entirely.
 */
const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '!': 'i',
  '|': 'i',
  '3': 'e',
  '4': 'a',
  '@': 'a',
  $: 's',
  '5': 's',
  '7': 't',
  '+': 't',
  '8': 'b',
  '9': 'g',
};

interface PatternNode {
  kind: number;
  chars?: number[];
  childNode?: PatternNode;
}

/** Obscenity's node kinds: 0 optional, 1 wildcard, 2 literal. */
function nodeSource(node: PatternNode): string {
  if (node.kind === 0 && node.childNode) return `(?:${nodeSource(node.childNode)})?`;
  if (node.kind === 1) return '.{1,2}';
  // the prefilter text keeps at most two of a letter in a row; the library collapses some runs, so allow two
  return (node.chars ?? []).map((c) => `${escapeRegExp(String.fromCharCode(c))}{1,2}`).join('');
}

/**
 * One regex that matches (at least) wherever a blacklisted pattern of the dataset could match in the normalised
 * text: built from the dataset's own patterns and word-boundary flags.
 */
const PREFILTER = new RegExp(
  englishDataset
    .build()
    .blacklistedTerms.map(
      ({ pattern }) =>
        `${pattern.requireWordBoundaryAtStart ? '(?:^|[ *])' : ''}${(pattern.nodes as PatternNode[])
          .map(nodeSource)
          .join('')}${pattern.requireWordBoundaryAtEnd ? '(?![a-z])' : ''}`,
    )
    .join('|'),
);
/**
 * First stage of the prefilter: every dataset pattern needs a piece of its own literal text; the rarest four-letter
 * piece is taken (rarity by English letter frequency), or a shorter one for short patterns ("fk"). A text with
 * none of those pieces cannot match, and skips the regex too.
 */
const LETTER_RANK = 'etaoinshrdlcumwfgypbvkjxqz';
const rarity = (piece: string): number => [...piece].reduce((sum, c) => sum + LETTER_RANK.indexOf(c), 0);
const letterCode = (c: number): number => (c >= 97 && c <= 122 ? c - 97 : -1);
const QUAD = new Uint8Array(1 << 20);
const TRI = new Uint8Array(1 << 15);
const BI = new Uint8Array(1 << 10);
let anchorsComplete = true;
for (const { pattern } of englishDataset.build().blacklistedTerms) {
  const quads: string[] = [];
  const tris: string[] = [];
  const bis: string[] = [];
  // the mandatory letters in order; an optional letter that only doubles its neighbour ("s[s]") joins, anything
  // else optional or a wildcard breaks the text into parts
  let mandatory = '';
  for (const node of pattern.nodes as PatternNode[]) {
    if (node.kind === 2 && node.chars) mandatory += String.fromCharCode(...node.chars);
    else if (node.kind === 0 && node.childNode?.kind === 2 && node.childNode.chars) {
      const chars = String.fromCharCode(...node.childNode.chars);
      if (!(chars.length === 1 && mandatory.endsWith(chars))) mandatory += ' ';
    } else mandatory += ' ';
  }
  for (const raw of mandatory.split(/[^a-z]+/)) {
    const part = raw.replace(/([^s])\1+/g, '$1'); // the scan collapses runs too (but "ss": "as" is too common)
    for (let i = 0; i + 3 < part.length; i++) quads.push(part.slice(i, i + 4));
    for (let i = 0; i + 2 < part.length; i++) tris.push(part.slice(i, i + 3));
    for (let i = 0; i + 1 < part.length; i++) bis.push(part.slice(i, i + 2));
  }
  const pick = (list: string[]) => list.reduce((best, p) => (rarity(p) > rarity(best) ? p : best));
  if (quads.length) {
    const [a, b, c, d] = [...pick(quads)].map((ch) => letterCode(ch.charCodeAt(0)));
    QUAD[((a as number) << 15) | ((b as number) << 10) | ((c as number) << 5) | (d as number)] = 1;
  } else if (tris.length) {
    const t = pick(tris);
    TRI[(letterCode(t.charCodeAt(0)) << 10) | (letterCode(t.charCodeAt(1)) << 5) | letterCode(t.charCodeAt(2))] = 1;
  } else if (bis.length) {
    const t = pick(bis);
    BI[(letterCode(t.charCodeAt(0)) << 5) | letterCode(t.charCodeAt(1))] = 1;
  } else anchorsComplete = false;
}

const LOOKALIKE_SCRIPTS = /[\u0370-\u03ff\u0400-\u04ff\uff00-\uffef\u{1d400}-\u{1d7ff}\u24b6-\u24e9]/u;

const LEET_CHARS = /[0134578@$!|+9]/g;
const NOT_LETTER = /[^a-z* \n\t]+/g;
const SPACES = /[ \n\t]+/g;
const RUNS = /([a-z])\1{2,}/g;

/** Lower-case letters only, leetspeak undone, runs of a letter cut to two; `*` kept as a wildcard letter. */
function normalizeForPrefilter(text: string): string {
  let out = text.toLowerCase();
  if (LEET_CHARS.test(out)) {
    LEET_CHARS.lastIndex = 0;
    out = out.replace(LEET_CHARS, (c) => LEET[c] ?? c);
  }
  LEET_CHARS.lastIndex = 0;
  // other punctuation is skipped, as obscenity's skip-non-alphabetic transformer does
  return out.replace(NOT_LETTER, '').replace(SPACES, ' ').replace(RUNS, '$1$1');
}

const LEET_CODE = new Int32Array(128);
for (const [from, to] of Object.entries(LEET)) LEET_CODE[from.charCodeAt(0)] = to.charCodeAt(0);

/**
 * The first stage on the raw text in one pass, without building a string: lower-cases, undoes leetspeak, skips the
 * characters the normaliser drops, and looks for an anchor piece. A `*` (f*ck) or a character beyond ASCII sends the
 * text on to the next stage.
 */
export function rawAnchorScan(text: string): { anchor: boolean; nonAscii: boolean } {
  let p0 = -1;
  let p1 = -1;
  let p2 = -1;
  let nonAscii = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128) {
      nonAscii = true;
      continue;
    }
    if (c >= 65 && c <= 90) c += 32;
    else if (!(c >= 97 && c <= 122)) {
      const leet = LEET_CODE[c] as number;
      if (leet) c = leet;
      else if (c === 42) return { anchor: true, nonAscii };
      else {
        if (c === 32 || c === 10 || c === 9) p0 = p1 = p2 = -1;
        continue;
      }
    }
    if (c - 97 === p2 && c !== 115) continue; // runs of a letter (but "ss"): the library collapses them
    const x = c - 97;
    if (p2 >= 0 && BI[(p2 << 5) | x]) return { anchor: true, nonAscii };
    if (p1 >= 0 && p2 >= 0 && TRI[(p1 << 10) | (p2 << 5) | x]) return { anchor: true, nonAscii };
    if (p0 >= 0 && p1 >= 0 && p2 >= 0 && QUAD[(p0 << 15) | (p1 << 10) | (p2 << 5) | x])
      return { anchor: true, nonAscii };
    p0 = p1;
    p1 = p2;
    p2 = x;
  }
  return { anchor: !anchorsComplete, nonAscii };
}

export function mightHaveProfanity(text: string): boolean {
  const scan = rawAnchorScan(text);
  if (scan.anchor && PREFILTER.test(normalizeForPrefilter(text))) return true;
  return scan.nonAscii && LOOKALIKE_SCRIPTS.test(text);
}

/** Real words the library's duplicate-collapsing reads as swearing. */
const FALSE_FRIENDS =
  /^(?:shiitake|shiitakes|cockpit|cockpits|peacock|peacocks|hancock|dickens|cocktail|cocktails|assess|assassin|classic|bassist|therapist|analyst|analysis|traffic|traffics|trafficked|trafficking|trafficker|traffickers|scunthorpe|arsenal|pissarro|titan|titanic|title|sextet|essex|sussex|middlesex|cumin|cumulative|document|circumstance|scattered|scatter)$/i;

/** Swear words that are also given names when written with a capital ("Dick Cheney", "Philip K. Dick"). */
const GIVEN_NAMES = /^(?:Dick|Dickie|Willy)$/;

/** The whole word around a match, astral letters included (styled 𝗯𝗼𝗹𝗱 text is made of surrogate pairs). */
function wordAround(text: string, start: number, end: number): string {
  const bounds = wordBounds(text, start, end);
  return text.slice(bounds.start, bounds.end);
}

function wordBounds(text: string, start: number, end: number): { start: number; end: number } {
  const isLetter = (at: number, step: -1 | 1): number => {
    const unit = text.charCodeAt(at);
    // a surrogate pair is one letter of two code units: test it whole
    if (unit >= 0xd800 && unit <= 0xdfff) {
      const pair = step < 0 ? text.slice(at - 1, at + 1) : text.slice(at, at + 2);
      return /^\p{L}$/u.test(pair) ? 2 : 0;
    }
    return /\p{L}/u.test(text[at] as string) ? 1 : 0;
  };
  let s = start;
  let e = end;
  for (let n = s > 0 ? isLetter(s - 1, -1) : 0; n > 0; n = s > 0 ? isLetter(s - 1, -1) : 0) s -= n;
  for (let n = e < text.length ? isLetter(e, 1) : 0; n > 0; n = e < text.length ? isLetter(e, 1) : 0) e += n;
  return { start: s, end: e };
}

/**
 * What may stand around a swear word inside one longer word and keep it a swear word: compounds ("bullshit",
 * "motherfucker", "dumbass", "dickhead") and endings ("fucking", "shitty", "pricks"). Anything else makes it another
 * word that happens to contain the letters: "Fukushima", "fagiolini", "Sanusi", "prickly", "Scunthorpe".
 */
const SWEAR_PREFIX =
  /^(?:mother|mutha|sonofa|son of a|boy|bull|horse|chicken|dumb|dip|jack|smart|wise|cock|ape|bat|holy|butt|bad|fat|lame|kick|half|dog|cluster|mind|god|ass|shit|dick|fuck|no|un|super|ultra|crock|bitch|cum|pussy|twat|clit|tit|piss|douche|skank)*$/i;
const SWEAR_SUFFIX =
  /^(?:s|es|ed|d|e|en|ens|t|ted|ting|tier|tiest|tily|ter|ters|er|ers|ing|in|n|y|ty|ey|ie|ies|ier|iest|iness|ass|house|houses|biscuit|post|posts|posting|poster|star|stars|hub|cago|head|heads|face|faces|hole|holes|wit|wits|bag|bags|show|shows|stain|load|storm|tard|hat|hats|sucker|suckers|suckin|sucking|lord|wad|wads|fest|ery|ish|er?y|off|up|ton|tastic|stick|sticks|nugget|weasel|wipe|bucket|pants|brain|bird|monkey|tart|lips?|burger|box|licker|lickers|kicker|kickers|nut|nuts|you|u|z|zz|x|xx|sux|suxx|sucks|got|gots|fuck|fucker|shit|ass|bitch|cunt|dick|cock|tit|tits|pussy|whore|slut|fag|faggot)*$/i;

/** True when the match is the swear word itself, alone or within a swearing compound, not part of another word. */
function isWholeSwear(text: string, start: number, end: number): boolean {
  const bounds = wordBounds(text, start, end);
  // a change from lower to upper case starts a new word ("FuckYourCivilLiberties", "thisIsShit")
  const isLower = (at: number) => /\p{Ll}/u.test(text[at] ?? '');
  const isUpper = (at: number) => /\p{Lu}/u.test(text[at] ?? '');
  if (isUpper(end) && isLower(end - 1)) bounds.end = end;
  if (isUpper(start) && isLower(start - 1)) bounds.start = start;
  if (bounds.start === start && bounds.end === end) return true;
  // drawn-out letters ("sssshit", "fuckinggg") belong to the word they draw out
  const first = text[start]?.toLowerCase() ?? '';
  let from = start;
  while (from > bounds.start && text[from - 1]?.toLowerCase() === first) from--;
  const before = text.slice(bounds.start, from);
  const last = text[end - 1]?.toLowerCase() ?? '';
  // the rest of the word as written ("fuckoff"), without a drawn-out last letter ("shittttty"), runs read once
  const readings = (to: number): string[] => {
    let from = to;
    while (from < bounds.end && text[from]?.toLowerCase() === last) from++;
    const rest = text.slice(to, bounds.end);
    return [rest, text.slice(from, bounds.end), rest.replace(/(\p{L})\1+/gu, '$1')];
  };
  const fits = (to: number) => SWEAR_PREFIX.test(before) && readings(to).some((rest) => SWEAR_SUFFIX.test(rest));
  // a plural "s" the library took may begin the next part of a compound ("cocksucker")
  return fits(end) || (/s/i.test(text[end - 1] ?? '') && fits(end - 1));
}

/**
 * A match inside styled letters ("𝗮𝗯𝗼𝘂𝘁" is "about") is checked again on the plain word: the library's word
 * boundaries do not see astral letters.
 */
function styledFalseMatch(around: string): boolean {
  if (!/[\ud800-\udfff]/.test(around)) return false;
  const plain = around.normalize('NFKC');
  return plain !== around && !matcher.hasMatch(plain);
}

/** "food porn", "earth porn": photo genres, not pornography. */
const GENRE_BEFORE = /\b(?:food|earth|cabin|sky|ruin|city|book|car|plant|cat|dog|travel|architecture)\s*$/i;

/** "the opposite sex", "sex education", "same-sex marriage": sex as a gender or a school subject, not sexual talk. */
const SEX_AS_TOPIC_BEFORE = /\b(?:opposite|same|either|both|biological|fairer|gentle|other)[\s-]*$/i;
const SEX_AS_TOPIC_AFTER =
  /^\s*(?:education|ed\b|discrimination|differences?|ratio|offenders?|abuse|trafficking|workers?|chromosomes?)/i;

export interface WordMatch {
  word: string;
  start: number;
  end: number;
}

/** Every listed word in the text, with its span (obscenity's end index is inclusive). */
export function findWords(text: string): WordMatch[] {
  if (!text || !mightHaveProfanity(text)) return [];
  const matches: MatchPayload[] = matcher.getAllMatches(text, true);
  const seen = new Set<number>();
  const words: WordMatch[] = [];
  for (const match of matches) {
    if (seen.has(match.startIndex)) continue;
    seen.add(match.startIndex);
    const around = wordAround(text, match.startIndex, match.endIndex + 1);
    if (FALSE_FRIENDS.test(around) || GIVEN_NAMES.test(around) || styledFalseMatch(around)) continue;
    if (!isWholeSwear(text, match.startIndex, match.endIndex + 1)) continue;
    const word = englishDataset.getPayloadWithPhraseMetadata(match).phraseMetadata?.originalWord ?? 'unknown';
    if (word === 'porn' && GENRE_BEFORE.test(text.slice(Math.max(0, match.startIndex - 20), match.startIndex)))
      continue;
    if (
      word === 'sex' &&
      (SEX_AS_TOPIC_BEFORE.test(text.slice(Math.max(0, match.startIndex - 20), match.startIndex)) ||
        SEX_AS_TOPIC_AFTER.test(text.slice(match.endIndex + 1, match.endIndex + 30)))
    )
      continue;
    words.push({ word, start: match.startIndex, end: match.endIndex + 1 });
  }
  return words;
}

/**
 * Mild swearing the library's dataset does not list ("what the hell", "damn it", "this is crap", "wtf"): low
 * severity, as the mild words of the dataset ("ass", "piss") are.
 */
const MILD_SWEARING = /\b(?:hell|damn|damned|dammit|damnit|goddamn|god damn|crap|crappy|wtf|stfu|sucks|bloody hell)\b/g;
const MILD_SWEARING_ANY_CASE = new RegExp(MILD_SWEARING.source, 'gi');

function mildSwearing(text: string): WordMatch[] {
  const out: WordMatch[] = [];
  // matched on the lower-cased text (cheaper than the i flag); offsets hold unless lower-casing changes the length
  const lower = text.toLowerCase();
  const [re, subject] = lower.length === text.length ? [MILD_SWEARING, lower] : [MILD_SWEARING_ANY_CASE, text];
  re.lastIndex = 0;
  for (let m = re.exec(subject); m && out.length < 20; m = re.exec(subject)) {
    const before = text.charCodeAt(m.index - 1);
    // not inside a handle or a hashtag (#hellokitty is cut at the boundary, "@crapbot" is a name)
    if (before === 64 || before === 35) continue;
    out.push({ word: 'mild', start: m.index, end: m.index + m[0].length });
  }
  re.lastIndex = 0;
  return out;
}

export function classOf(word: string): WordClass {
  return CLASS_BY_WORD[word] ?? STRONG;
}

const RANK: Readonly<Record<Severity, number>> = { high: 3, medium: 2, low: 1 };

export function findProfanity(text: string): Hit[] {
  const listed = findWords(text);
  const mild = mildSwearing(text);
  const words = mild.length ? [...listed, ...mild].sort((a, b) => a.start - b.start) : listed;
  if (!words.length) return [];
  const byCategory = new Map<CategoryId, { cls: WordClass; evidence: Span[]; words: string[] }>();
  for (const found of words) {
    const cls = classOf(found.word);
    const entry = byCategory.get(cls.category);
    const evidence = span(text, found.start, found.end);
    if (!entry) byCategory.set(cls.category, { cls, evidence: [evidence], words: [found.word] });
    else {
      entry.evidence.push(evidence);
      entry.words.push(found.word);
      if (RANK[cls.severity] > RANK[entry.cls.severity]) entry.cls = cls;
    }
  }
  return [...byCategory.values()].map(({ cls, evidence, words: list }) => ({
    category: cls.category,
    severity: cls.severity,
    confidence: cls.category === 'profanity' ? 0.95 : 0.85,
    clause: `${cls.clause} (${[...new Set(evidence.map((e) => `“${e.text}”`))].slice(0, 3).join(', ')})`,
    evidence,
    details: { words: [...new Set(list)] },
  }));
}

export function detect(item: Item, _context?: DetectionContext, layer?: TextLayer): Detection[] {
  return detectWithContext(meta.id, item, findProfanity, layer);
}

export const profanityDetector: Detector = { meta, detect };
