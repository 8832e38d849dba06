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
  /**
   * A drop-in rewrite: replaces the match (or, with `scope: 'sentence'`, the sentence it is in; '' deletes it).
   * Given a function, it gets the matched text. An editor or `coach --fix` may apply it.
   */
  replacement?: string | ((matched: string) => string);
  scope?: 'match' | 'sentence';
  /** Also report the phrase when negated ("not … desperate") or quoted; for phrases that are bad either way. */
  evenNegated?: boolean;
}

/** A negation just before a phrase, in the same clause: "I'm not asking for", "never", "don't". */
const NEGATION_BEFORE_RE = /(?:^|[\s(])(?:not|never|no|nor|without|hardly|[\p{L}]+n['’]t)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu;
const CLAUSE_BREAK_RE = /[.!?;:,\n—–]|\s-\s|\bbut\b/giu;

/** True when a negation in the same clause, within three words, comes before the span. */
export function isNegated(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  let clauseStart = 0;
  for (const match of before.matchAll(CLAUSE_BREAK_RE)) clauseStart = match.index + match[0].length;
  return NEGATION_BEFORE_RE.test(before.slice(clauseStart));
}

const QUOTES = new Map<string, Span[]>();

/** The quoted passages of a text: "…", “…”, and '…' / ‘…’ opened after a space or bracket. */
export function quotedSpans(text: string): Span[] {
  const cached = QUOTES.get(text);
  if (cached) return cached;
  const spans = spansOf(/"[^"\n]{1,300}"|“[^”\n]{1,300}”|(?<=^|[\s(])['‘][^'’\n]{1,300}['’](?![\p{L}])/gu, text);
  if (QUOTES.size > 64) QUOTES.clear();
  QUOTES.set(text, spans);
  return spans;
}

/** True when the span sits inside a quotation: the writer is reporting the words, not saying them. */
export function isQuoted(text: string, span: { start: number; end: number }): boolean {
  return quotedSpans(text).some((q) => q.start < span.start && span.end <= q.end);
}

/** Reports every phrase found, once per span (the first phrase that matches a span wins); skips negated or quoted ones. */
export function findPhrases(context: RuleContext, phrases: readonly Phrase[], within?: Span): RuleReport[] {
  const reports: RuleReport[] = [];
  for (const phrase of phrases) {
    for (const span of find(context, phrase.re, within)) {
      if (!phrase.evenNegated && (isNegated(context.text, span.start) || isQuoted(context.text, span))) continue;
      const target = phrase.scope === 'sentence' ? sentenceAfterGreeting(context, span) : span;
      if (reports.some((r) => target.start < r.end && r.start < target.end)) continue;
      const report = reportAt(target, phrase.message, phrase.suggestion);
      if (phrase.replacement !== undefined) {
        const text = typeof phrase.replacement === 'function' ? phrase.replacement(span.text) : phrase.replacement;
        // After "Hi Ana," the rewrite goes on the greeting's line: "Hi Ana, happy to…".
        const afterComma = /,\s*$/.test(context.text.slice(Math.max(0, target.start - 3), target.start));
        report.suggestion = afterComma && !/^I\b/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
        report.replaces = true;
        if (phrase.suggestion !== undefined) report.advice = phrase.suggestion;
      }
      reports.push(report);
    }
  }
  return reports.sort((a, b) => a.start - b.start);
}

/** The sentence around a span, without a salutation that shares its line ("Hi Ana, I need…"). */
function sentenceAfterGreeting(context: RuleContext, span: Span): Span {
  const sentence = sentenceAt(context, span.start) ?? span;
  const greeting = context.greeting?.span;
  if (!greeting || greeting.start < sentence.start || greeting.end > span.start || greeting.end >= sentence.end)
    return sentence;
  const rest = context.text.slice(greeting.end, sentence.end);
  const start = greeting.end + (/^[\s,;:!—–-]*/.exec(rest)?.[0].length ?? 0);
  return { text: context.text.slice(start, sentence.end), start, end: sentence.end };
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
  /\byour\s+(?:[\p{L}\d'’-]+\s+){0,4}?(?:posts?|posting|talk|article|paper|thread|book|podcast|research|webinar|newsletter|guide|runbook|presentation|keynote|panel|video|comment|blog|write-?up|project|piece|interview|episode|course|study|launch|announcement|tweet|session|workshop|team published|tip|advice|answer)\b|\byour\s+(?:[\p{L}\d'’-]+\s+){1,4}?work\b|(?<!(?:n't|n’t|\bnot|\bnever)\s+(?:[\p{L}']+\s+){0,2})\bwe(?:'ve|’ve| have)?\s+(?:met|spoke|chatted|talked|worked|studied|shipped|played|volunteered)\b|\b(?:fellow|alumn(?:us|a|i)|alum|classmates?|mutual|former colleague)\b|\b(?:suggested|recommended) (?:I|that I|you)\b|\bmentioned (?:that )?you\b|\btold me (?:about )?(?:you|your)\b|\breferred by\b|\b(?:saw|read|heard|watched|loved|enjoyed|liked|noticed) (?:that )?(?:you|your)\b(?! work (?:at|for|in)\b)|\bcongrat(?:s|ulations)\b|\byou mentioned\b|\bapplied (?:[\p{L}]+ )?(?:for|to) the\b|\bsince we\b|\bafter your\b|\byour\s+(?:[\p{L}\d'’-]+\s+){0,4}?(?:threads?|benchmarks?|zines?|series|demos?|reports?|checklists?|slides|lectures?|library|tool|repo|photos|designs|illustrations|album|recipes?|maps?|dashboards?|templates?|lab(?:['’]s)?|classes|class|program(?:me)?|panel|webinar|paper|piece)\b|\byou (?:posted|wrote|shared|spoke|presented|published|built|made|organi[sz]ed|taught|gave|mentor|run|led|moved|went|switched|launched)\b|\b(?:meeting|met) (?:you )?(?:at|during|after|in)\b|\bwe sat\b|\bsame (?:table|panel|session|class|cohort|program|team|course)\b|\byour\s+(?!(?:thoughts|advice|help|opinion|input|take|time|feedback|views?|brain|mind|ear|schedule|calendar|inbox|network|contacts|company|team)\b)[\p{L}-]+\s+(?:on|about)\s+(?:how\s+|the\s+|a\s+)?\p{L}|\b(?:talking|speaking|chatting) (?:with|to) me\b|\bwe (?:were )?both\b|\b(?:great|loved|enjoyed|liked|fantastic|excellent|helpful|useful) (?:[\p{L}-]+ )?(?:thread|talk|post|article|piece|episode|panel|webinar|keynote|demo|write-?up|paper|book|video)\b|\b(?:uncle|aunt(?:ie)?|cousin|mom|dad|mum|my (?:sister|brother|friend|professor|teacher|manager|boss|colleague|coworker|mentor)) (?:said|mentioned|told me|suggested)\b/giu;

/** `DETAIL_RE` for a yes/no test (no global state). */
export const HAS_DETAIL = new RegExp(DETAIL_RE.source, 'iu');
