import type { RuleContext, RuleReport, Span } from './types.js';

/** Letters with inner apostrophes and hyphens: `don't`, `in-house`, `résumé`. */
export const WORD_RE = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;

const GLOBAL = new WeakMap<RegExp, RegExp>();

/** The global twin of a pattern, compiled once. */
function globalOf(re: RegExp): RegExp {
  if (re.flags.includes('g')) return re;
  let global = GLOBAL.get(re);
  if (!global) {
    global = new RegExp(re.source, `${re.flags}g`);
    GLOBAL.set(re, global);
  }
  return global;
}

export function spansOf(re: RegExp, text: string, offset = 0): Span[] {
  const global = globalOf(re);
  const out: Span[] = [];
  for (const match of text.matchAll(global)) {
    if (match[0].length === 0) continue;
    out.push({ text: match[0], start: offset + match.index, end: offset + match.index + match[0].length });
  }
  return out;
}

/** Every match of `re` in the span (default: the whole text), with offsets into the whole text. */
export function find(context: RuleContext, re: RegExp, within: Span = fullSpan(context)): Span[] {
  return spansOf(re, within.text, within.start);
}

export function fullSpan(context: RuleContext): Span {
  return { text: context.text, start: 0, end: context.text.length };
}

export function reportAt(span: Span, message: string, suggestion?: string): RuleReport {
  return suggestion === undefined
    ? { start: span.start, end: span.end, message }
    : { start: span.start, end: span.end, message, suggestion };
}

/** A pattern with its message and better wording, for the rules that are lists of phrases. */
export interface Phrase {
  re: RegExp;
  message: string;
  suggestion?: string;
}

/** Reports every phrase found, once per span (the first phrase that matches a span wins). */
export function findPhrases(context: RuleContext, phrases: readonly Phrase[], within?: Span): RuleReport[] {
  const reports: RuleReport[] = [];
  for (const phrase of phrases) {
    for (const span of find(context, phrase.re, within)) {
      if (reports.some((r) => span.start < r.end && r.start < span.end)) continue;
      reports.push(reportAt(span, phrase.message, phrase.suggestion));
    }
  }
  return reports.sort((a, b) => a.start - b.start);
}

export function sentenceAt(context: RuleContext, offset: number): Span | undefined {
  return context.sentences.find((s) => offset >= s.start && offset < s.end);
}

/** Common English function words: used to tell English from other languages and to find content words. */
export const STOPWORDS = new Set(
  (
    'a about above after again against all am an and any are as at be because been before being below between both ' +
    'but by can could did do does doing down during each few for from further had has have having he her here hers ' +
    'him his how i if in into is it its just me more most my no nor not now of off on once only or other our ours ' +
    'out over own same she should so some such than that the their them then there these they this those through ' +
    'to too under until up very was we were what when where which while who whom why will with would you your ' +
    "yours i'm i've i'd you're it's don't we're we've let's also"
  ).split(' '),
);

/** A recipient-specific detail: their work, a shared place or person, a specific role. */
export const DETAIL_RE =
  /\byour\s+(?:[\p{L}\d'’-]+\s+){0,4}?(?:posts?|posting|talk|article|paper|thread|book|podcast|research|webinar|newsletter|guide|runbook|presentation|keynote|panel|video|comment|blog|write-?up|project|piece|interview|episode|course|study|launch|announcement|tweet|session|workshop|team published|tip|advice|answer)\b|\byour\s+(?:[\p{L}\d'’-]+\s+){1,4}?work\b|(?<!(?:n't|n’t|\bnot|\bnever)\s+(?:[\p{L}']+\s+){0,2})\bwe(?:'ve|’ve| have)?\s+(?:met|spoke|chatted|talked|worked|studied|shipped|played|volunteered)\b|\b(?:fellow|alumn(?:us|a|i)|alum|classmates?|mutual|former colleague)\b|\b(?:suggested|recommended) (?:I|that I|you)\b|\bmentioned (?:that )?you\b|\btold me (?:about )?(?:you|your)\b|\breferred by\b|\b(?:saw|read|heard|watched|loved|enjoyed|liked|noticed) (?:that )?(?:you|your)\b(?! work (?:at|for|in)\b)|\bcongrat(?:s|ulations)\b|\byou mentioned\b|\bapplied (?:for|to) the\b|\bsince we\b|\bafter your\b/giu;

/** `DETAIL_RE` for a yes/no test (no global state). */
export const HAS_DETAIL = new RegExp(DETAIL_RE.source, 'iu');
