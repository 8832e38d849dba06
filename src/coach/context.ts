import { spansOf, STOPWORDS, WORD_RE } from './text.js';
import type { CoachOptions, MessageKind, RuleContext, Span } from './types.js';

const ABBREVIATIONS = new Set([
  'mr',
  'ms',
  'mrs',
  'mx',
  'dr',
  'prof',
  'st',
  'jr',
  'sr',
  'vs',
  'etc',
  'no',
  'e.g',
  'i.e',
  'inc',
  'ltd',
  'co',
  'approx',
  'dept',
]);
const FIRST_CONTACT_KINDS: readonly MessageKind[] = ['connection_note', 'first_message', 'email'];

/**
 * Splits a span into sentences: a run of `.`, `!` or `?` followed by white space ends one (not after `Mr.`,
 * `Dr.`, `e.g.`), and so does a line break. Unlike Unicode (ICU) segmentation, a lowercase word after a full
 * stop still starts a new sentence — which is what lets the coach see sloppy lowercase sentence starts.
 */
export function splitSentences(span: Span): Span[] {
  const out: Span[] = [];
  const text = span.text;
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed)
      out.push({ text: trimmed, start: span.start + start + lead, end: span.start + start + lead + trimmed.length });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(i + 1);
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let j = i;
    while (j + 1 < text.length && /[.!?"'’”)\]]/.test(text[j + 1]!)) j++;
    const next = text[j + 1];
    if (next !== undefined && !/\s/.test(next)) {
      i = j;
      continue;
    }
    if (ch === '.') {
      const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 8), i))?.[1]?.toLowerCase() ?? '';
      if (ABBREVIATIONS.has(before) || /^\p{L}$/u.test(before)) {
        i = j;
        continue;
      }
    }
    push(j + 1);
    i = j;
  }
  push(text.length);
  return out;
}

export function splitParagraphs(span: Span): Span[] {
  const out: Span[] = [];
  const re = /\n[ \t]*\n/g;
  let start = 0;
  const add = (end: number) => {
    const raw = span.text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed)
      out.push({ text: trimmed, start: span.start + start + lead, end: span.start + start + lead + trimmed.length });
  };
  for (const match of span.text.matchAll(re)) {
    add(match.index);
    start = match.index + match[0].length;
  }
  add(span.text.length);
  return out;
}

const SUBJECT_RE = /^\s*subject\s*:[ \t]*([^\n]*)/i;
const GREETING_RE =
  /^(?:[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear|[Gg]ood (?:morning|afternoon|evening)|[Gg]reetings)\b[ \t,]*(?:(?:Mr|Ms|Mrs|Mx|Dr|Prof)\.?[ \t]+)?(\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+)?)?/u;

/** The commonest function words of languages a job seeker here may also write in. */
const OTHER_STOPWORDS = [
  'el la los las de del que y en un una por con para es no se lo como más pero sus le ya muy sí porque está estoy hola gracias',
  'le la les de des du et en un une est que qui pour pas dans sur avec ce je vous nous mais très bonjour merci suis',
  'der die das und ist nicht ich sie es ein eine zu den mit von für auf wir mir dich hallo danke bin sehr auch',
  'o a os as de do da que e em um uma para com não por mais como mas muito olá obrigado sou está',
  'il lo la gli le di che e è un una per con non sono ma molto anche ciao grazie sei',
  'de het een en is dat van ik je niet met op voor zijn maar ook heel hallo bedankt',
].map((list) => new Set(list.split(' ')));

/**
 * `en` when English function words outnumber those of Spanish, French, German, Portuguese, Italian and Dutch
 * (and the words are in Latin letters), `other` when not, `empty` when there are no words.
 */
export function detectLanguage(words: readonly Span[]): 'en' | 'other' | 'empty' {
  if (words.length === 0) return 'empty';
  const latin = words.filter((w) => /^[a-z'’-]+$/i.test(w.text)).length;
  if (latin / words.length < 0.5) return 'other';
  const lower = words.map((w) => w.text.toLowerCase().replace('’', "'"));
  const english = lower.filter((w) => STOPWORDS.has(w)).length;
  const other = Math.max(...OTHER_STOPWORDS.map((set) => lower.filter((w) => set.has(w) && !STOPWORDS.has(w)).length));
  return english >= other || words.length < 4 ? 'en' : 'other';
}

export interface BuiltContext {
  context: RuleContext;
  language: 'en' | 'other' | 'empty';
}

/** Builds what the rules read: subject, body, sentences, words, greeting, and the context with its defaults. */
export function buildContext(text: string, options: CoachOptions = {}): BuiltContext {
  const subjectMatch = SUBJECT_RE.exec(text);
  let subject: Span | null = null;
  let body: Span = { text, start: 0, end: text.length };
  if (subjectMatch) {
    const value = subjectMatch[1] ?? '';
    const valueStart = subjectMatch.index + subjectMatch[0].length - value.length;
    const trimmed = value.trimEnd();
    subject = { text: trimmed, start: valueStart, end: valueStart + trimmed.length };
    const bodyStart = subjectMatch.index + subjectMatch[0].length;
    body = { text: text.slice(bodyStart), start: bodyStart, end: text.length };
  }
  const kind: MessageKind = options.kind ?? (subject ? 'email' : 'first_message');
  const platform = options.platform ?? (kind === 'email' ? 'email' : null);
  const history = options.history ?? [];
  const words = spansOf(WORD_RE, text);
  const bodyWords = words.filter((w) => w.start >= body.start);
  const lead = body.text.length - body.text.trimStart().length;
  const greetingMatch = GREETING_RE.exec(body.text.trimStart());
  let greeting: RuleContext['greeting'] = null;
  if (greetingMatch) {
    const start = body.start + lead;
    const name = greetingMatch[1];
    greeting = {
      span: { text: greetingMatch[0], start, end: start + greetingMatch[0].length },
      name: name
        ? { text: name, start: start + greetingMatch[0].length - name.length, end: start + greetingMatch[0].length }
        : null,
    };
  }
  const context: RuleContext = {
    text,
    platform,
    kind,
    account: options.account ?? null,
    recipientName: options.recipientName?.trim() || null,
    about: options.about?.trim() || null,
    history,
    now: options.now ?? new Date(),
    speller: options.speller ?? null,
    subject,
    body,
    sentences: splitSentences(body),
    paragraphs: splitParagraphs(body),
    words,
    bodyWords,
    greeting,
    firstContact: FIRST_CONTACT_KINDS.includes(kind) && !history.some((h) => h.direction === 'received'),
  };
  return { context, language: detectLanguage(bodyWords) };
}
