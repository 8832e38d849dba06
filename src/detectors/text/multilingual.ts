import type { CategoryId, Severity } from '../../core/categories.js';
import type { DetectionContext, Detector, DetectorMeta } from '../../core/detector.js';
import type { Detection, Span } from '../../core/finding.js';
import type { Item } from '../../core/item.js';
import { textLayerOf, type TextLayer } from '../../core/text/layer.js';
import { OTHER_LANGUAGES, WORDS, type LanguageWords, type OtherLanguage } from './languages/words.js';
import { span, toDetection, withQuotesLowered, type Hit } from './util.js';

export const meta: DetectorMeta = {
  id: 'text/multilingual',
  categories: ['profanity', 'hate', 'sexual', 'insult', 'alcohol', 'drugs', 'employer-criticism'],
  description:
    'Swearing, slurs, sexual words, insults, drinking, drugs and criticism of the boss or the job in German, Spanish, ' +
    'French, Italian, Portuguese and Dutch posts (naughty-words lists plus curated words per language).',
  docs: 'docs/detectors/text-multilingual.md',
  languages: OTHER_LANGUAGES,
};

type WordClass =
  | 'crude'
  | 'mild'
  | 'strong'
  | 'veryStrong'
  | 'slurs'
  | 'sexual'
  | 'insults'
  | 'drunk'
  | 'drinks'
  | 'drugs'
  | 'work'
  | 'hateVerbs'
  | 'you';

const CLASSES: readonly WordClass[] = [
  'crude',
  'mild',
  'strong',
  'veryStrong',
  'slurs',
  'sexual',
  'insults',
  'drunk',
  'drinks',
  'drugs',
  'work',
  'hateVerbs',
  'you',
];

interface Entry {
  words: string[];
  classes: Set<WordClass>;
}

interface Lexicon {
  /** Entries by their first (normalised) word. */
  byFirst: Map<string, Entry[]>;
  stems: { stem: string; classes: Set<WordClass> }[];
  normalize(word: string): string;
}

function normalizer(endings: readonly string[]): (word: string) => string {
  const sorted = [...endings].sort((a, b) => b.length - a.length);
  return (word) => {
    const lower = word.toLowerCase().replace(/’/g, "'");
    for (const ending of sorted)
      if (lower.length - ending.length >= 4 && lower.endsWith(ending)) return lower.slice(0, -ending.length);
    return lower;
  };
}

function buildLexicon(words: LanguageWords): Lexicon {
  const normalize = normalizer(words.endings);
  const notCrude = new Set(words.notCrude.split('|'));
  const byKey = new Map<string, Entry>();
  const add = (phrase: string, cls: WordClass) => {
    const parts = phrase.toLowerCase().trim().split(/\s+/).map(normalize);
    const key = parts.join(' ');
    const entry = byKey.get(key) ?? { words: parts, classes: new Set<WordClass>() };
    entry.classes.add(cls);
    byKey.set(key, entry);
  };
  for (const word of words.crude) if (!notCrude.has(word.toLowerCase())) add(word, 'crude');
  for (const cls of CLASSES) {
    if (cls === 'crude') continue;
    for (const phrase of words[cls].split('|')) if (phrase) add(phrase, cls);
  }
  const byFirst = new Map<string, Entry[]>();
  for (const entry of byKey.values()) {
    const first = entry.words[0] as string;
    byFirst.set(
      first,
      [...(byFirst.get(first) ?? []), entry].sort((a, b) => b.words.length - a.words.length),
    );
  }
  const stems = (words.compoundStems ?? '')
    .split('|')
    .filter(Boolean)
    .map((stem) => ({ stem, classes: byKey.get(normalize(stem))?.classes ?? new Set<WordClass>(['strong']) }));
  return { byFirst, stems, normalize };
}

const lexicons = new Map<OtherLanguage, Lexicon>();
function lexiconOf(language: OtherLanguage): Lexicon {
  let lexicon = lexicons.get(language);
  if (!lexicon) {
    lexicon = buildLexicon(WORDS[language]);
    lexicons.set(language, lexicon);
  }
  return lexicon;
}

interface Word extends Span {
  norm: string;
}

/** The author's words in order: word tokens and the words of hashtags (never links, handles or markup). */
function wordsOf(layer: TextLayer, normalize: (word: string) => string): Word[] {
  const out: Word[] = [];
  const push = (start: number, end: number) => {
    const text = layer.text.slice(start, end);
    out.push({ start, end, text, norm: normalize(text) });
  };
  for (const token of layer.tokens) {
    if (token.kind === 'word') push(token.start, token.end);
    else if (token.kind === 'hashtag') for (const word of token.words ?? []) push(word.start, word.end);
  }
  return out;
}

interface Found {
  classes: Set<WordClass>;
  evidence: Span;
}

function findWords(layer: TextLayer, lexicon: Lexicon): Found[] {
  const words = wordsOf(layer, lexicon.normalize);
  const found: Found[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    const entry = (lexicon.byFirst.get(word.norm) ?? []).find((candidate) =>
      candidate.words.every((part, k) => words[i + k]?.norm === part),
    );
    if (entry) {
      const last = words[i + entry.words.length - 1] as Word;
      found.push({ classes: entry.classes, evidence: span(layer.text, word.start, last.end) });
      i += entry.words.length - 1;
      continue;
    }
    // German and Dutch compounds: "Scheißjob", "kutweer"; a compound of a work word ("Drecksfirma") is about the job
    const compound = lexicon.stems.find(
      ({ stem }) => word.norm.length >= stem.length + 3 && word.norm.startsWith(stem),
    );
    if (compound) {
      const rest = lexicon.normalize(word.norm.slice(compound.stem.length));
      const classes = new Set(compound.classes);
      if (lexicon.byFirst.get(rest)?.some((e) => e.words.length === 1 && e.classes.has('work'))) {
        classes.add('work');
        classes.add('hateVerbs');
      }
      found.push({ classes, evidence: span(layer.text, word.start, word.end) });
    }
  }
  return found;
}

interface Rule {
  category: CategoryId;
  severity: Severity;
  clause: string;
  confidence: number;
  classes: readonly WordClass[];
}

/** Strongest first within a category: the first rule of a category that has evidence names the finding. */
const RULES: readonly Rule[] = [
  { category: 'hate', severity: 'high', clause: 'uses a slur', confidence: 0.85, classes: ['slurs'] },
  {
    category: 'profanity',
    severity: 'high',
    clause: 'uses a very offensive swear word',
    confidence: 0.9,
    classes: ['veryStrong'],
  },
  {
    category: 'profanity',
    severity: 'medium',
    clause: 'uses strong swear words',
    confidence: 0.9,
    classes: ['strong'],
  },
  { category: 'profanity', severity: 'low', clause: 'uses crude words', confidence: 0.7, classes: ['crude', 'mild'] },
  {
    category: 'sexual',
    severity: 'medium',
    clause: 'uses explicit sexual words',
    confidence: 0.8,
    classes: ['sexual'],
  },
  {
    category: 'alcohol',
    severity: 'medium',
    clause: 'mentions being drunk or hungover',
    confidence: 0.85,
    classes: ['drunk'],
  },
  { category: 'alcohol', severity: 'low', clause: 'mentions drinking alcohol', confidence: 0.7, classes: ['drinks'] },
  {
    category: 'drugs',
    severity: 'medium',
    clause: 'mentions using drugs or being high',
    confidence: 0.8,
    classes: ['drugs'],
  },
];

const LANGUAGE_NAME: Readonly<Record<OtherLanguage, string>> = {
  de: 'German',
  es: 'Spanish',
  fr: 'French',
  it: 'Italian',
  pt: 'Portuguese',
  nl: 'Dutch',
};

const has = (found: readonly Found[], cls: WordClass) => found.filter((f) => f.classes.has(cls));

/** The hits in a text layer whose language is one of OTHER_LANGUAGES; none for any other language. */
export function findInOtherLanguage(layer: TextLayer): Hit[] {
  const language = layer.language.code as OtherLanguage;
  if (!OTHER_LANGUAGES.includes(language)) return [];
  const found = findWords(layer, lexiconOf(language));
  if (!found.length) return [];
  const name = LANGUAGE_NAME[language];
  const quoted = (spans: readonly Span[]) => [...new Set(spans.map((s) => `“${s.text}”`))].slice(0, 3).join(', ');
  const hits: Hit[] = [];
  const done = new Set<CategoryId>();
  for (const rule of RULES) {
    if (done.has(rule.category)) continue;
    const evidence = found.filter((f) => rule.classes.some((cls) => f.classes.has(cls))).map((f) => f.evidence);
    if (!evidence.length) continue;
    done.add(rule.category);
    hits.push({
      category: rule.category,
      severity: rule.severity,
      confidence: rule.confidence,
      clause: `${rule.clause} in ${name} (${quoted(evidence)})`,
      evidence,
      details: { language, words: evidence.map((s) => s.text.toLowerCase()) },
    });
  }
  const insults = has(found, 'insults');
  const addressed = has(found, 'you').length > 0 || layer.tokens.some((t) => t.kind === 'mention');
  const work = has(found, 'work');
  const harsh = found.filter((f) =>
    (['hateVerbs', 'insults', 'strong', 'veryStrong'] as const).some((cls) => f.classes.has(cls)),
  );
  if (work.length && harsh.some((f) => !f.classes.has('work') || f.classes.has('hateVerbs'))) {
    const evidence = [...work, ...harsh].map((f) => f.evidence).sort((a, b) => a.start - b.start);
    hits.push({
      category: 'employer-criticism',
      severity: 'medium',
      confidence: 0.75,
      clause: `criticises their job or boss in ${name}`,
      evidence: [...new Map(evidence.map((s) => [s.start, s])).values()],
      details: { language },
    });
  } else if (insults.length && addressed) {
    hits.push({
      category: 'insult',
      severity: 'medium',
      confidence: 0.75,
      clause: `insults someone in ${name} (${quoted(insults.map((f) => f.evidence))})`,
      evidence: insults.map((f) => f.evidence),
      details: { language },
    });
  }
  return hits;
}

export function detect(item: Item, _context?: DetectionContext, layer: TextLayer = textLayerOf(item)): Detection[] {
  return withQuotesLowered(findInOtherLanguage(layer), layer.text).map((hit) => toDetection(meta.id, item, hit));
}

export const multilingualDetector: Detector = { meta, detect };
