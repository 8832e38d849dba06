/**
 * People's names as the exports write them, made comparable: "Zoë Ångström", "zoe angstrom" and
 * "Ångström, Zoë" are one person; "Jordan A. Lee", "J. Lee" and "Jordan Lee" probably are; "李伟" and "李 伟" are.
 *
 * Pure functions, no I/O. Used by triage (who sent this request?) and the network map (who knows whom).
 *
 * - `normalizeName(name)`: one canonical spelling — lower case, accents folded, punctuation and titles dropped,
 *   "Last, First" turned round, Cyrillic and Greek transliterated, CJK written without spaces.
 * - `nameTokens(name)`: the words of the canonical spelling.
 * - `nameKey(name)`: first and last word only (middle names dropped), for grouping and map keys.
 * - `namesMatch(a, b)`: `{match, exact, reason}` — `exact` when the canonical spellings are equal, a tolerant
 *   match (middle name left out, an initial, another order, another script) is `match` but not `exact`.
 * - `NameIndex`: finds every stored name that matches a query, best first, without comparing against all.
 */

export interface NameMatch {
  match: boolean;
  /** The canonical spellings are equal (they differ at most in case, accents, punctuation or titles). */
  exact: boolean;
  /** Plain words a person understands, e.g. "middle name left out". */
  reason: string;
}

const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ŋ: 'n',
  ħ: 'h',
  ĸ: 'k',
};

/** Common (BGN/PCGN-like, simplified) transliteration of Russian/Ukrainian Cyrillic. */
const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  є: 'ye',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'yi',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

const GREEK: Readonly<Record<string, string>> = {
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
};

/** Titles before a name, dropped when a name remains. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'rev']);
/** Generational suffixes, dropped at the end of a name. */
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
/** Letters and credentials after a comma ("Jane Doe, PhD"), dropped. */
const CREDENTIALS = new Set([
  ...SUFFIXES,
  'phd',
  'md',
  'mba',
  'cpa',
  'pmp',
  'esq',
  'msc',
  'bsc',
  'ma',
  'ba',
  'pe',
  'rn',
  'cfa',
  'shrm',
  'cp',
  'scp',
  'dds',
]);

/** Scripts written without spaces between family and given name. */
const UNSPACED = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}ー・]+$/u;
const NON_LATIN_LETTER = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;

interface Parsed {
  tokens: string[];
  /** The name had Cyrillic or Greek letters that were transliterated. */
  transliterated: boolean;
  /** Written in a script without spaces (CJK, Thai): one token. */
  unspaced: boolean;
}

function foldToken(token: string): string {
  let out = '';
  // Greek ου is one sound, "ou" (Παπαδόπουλος → papadopoulos).
  for (const char of token.toLowerCase().replace(/ου/g, 'ou')) {
    const lower = char.toLowerCase();
    out += SPECIAL_LETTERS[lower] ?? CYRILLIC[lower] ?? GREEK[lower] ?? lower;
  }
  return out;
}

function isCredentialList(part: string): boolean {
  const words = part
    .toLowerCase()
    .replace(/[.\s]+/g, ' ')
    .trim()
    .split(/[\s,/]+/)
    .filter(Boolean);
  return words.length > 0 && words.every((word) => CREDENTIALS.has(word.replace(/[^a-z]/g, '')));
}

const parsedCache = new Map<string, Parsed>();

function parse(raw: string): Parsed {
  const cached = parsedCache.get(raw);
  if (cached) return cached;
  let text = raw.normalize('NFKC');
  // LinkedIn headlines glued to names ("Taylor Brooks | Hiring"), nicknames and maiden names in brackets.
  text = text.split(/[|•·]/u)[0] ?? '';
  text = text.replace(/\([^)]*\)|\[[^\]]*\]|"[^"]*"|“[^”]*”/gu, ' ');
  // "Doe, Jane" → "Jane Doe"; "Jane Doe, PhD, MBA" → "Jane Doe".
  const parts = text.split(',').map((part) => part.trim());
  while (parts.length > 1 && isCredentialList(parts[parts.length - 1] ?? '')) parts.pop();
  if (parts.length === 2 && parts[0] && parts[1]) text = `${parts[1]} ${parts[0]}`;
  else text = parts.join(' ');

  const transliterated = NON_LATIN_LETTER.test(text);
  text = text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC')
    .replace(/['’ʼ`´]/gu, '');
  let tokens = text
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(foldToken)
    .filter(Boolean);
  while (tokens.length > 1 && HONORIFICS.has(tokens[0] ?? '')) tokens = tokens.slice(1);
  while (tokens.length > 1 && SUFFIXES.has(tokens[tokens.length - 1] ?? '')) tokens = tokens.slice(0, -1);
  let unspaced = false;
  if (tokens.length > 0 && tokens.every((token) => UNSPACED.test(token))) {
    tokens = [tokens.join('')];
    unspaced = true;
  }
  const parsed = { tokens, transliterated, unspaced };
  if (parsedCache.size > 50_000) parsedCache.clear();
  parsedCache.set(raw, parsed);
  return parsed;
}

/** The canonical spelling: "Dr. Zoë  Ångström-Berg" → "zoe angstrom berg"; "" when nothing of a name is left. */
export function normalizeName(name: string): string {
  return parse(name).tokens.join(' ');
}

/** The words of the canonical spelling. */
export function nameTokens(name: string): string[] {
  return [...parse(name).tokens];
}

/**
 * First and last word of the canonical spelling: "Jordan A. Lee" and "jordan lee" share the key "jordan lee".
 * A key groups likely matches; `namesMatch` decides.
 */
export function nameKey(name: string): string {
  const { tokens } = parse(name);
  if (tokens.length <= 2) return tokens.join(' ');
  return `${tokens[0]} ${tokens[tokens.length - 1]}`;
}

/** Tolerates the usual transliteration variants: Dmitriy, Dmitrii, Dmitry and Dmitri compare equal. */
function looseToken(token: string): string {
  return token
    .replace(/[iy]+/g, 'i')
    .replace(/kh/g, 'h')
    .replace(/(.)\1+/g, '$1');
}

const isInitial = (token: string): boolean => token.length === 1 && /\p{L}/u.test(token);

type TokenFit = 'same' | 'initial' | 'none';

function tokenFit(a: string, b: string, loose: boolean): TokenFit {
  if (a === b || (loose && looseToken(a) === looseToken(b))) return 'same';
  if (isInitial(a) && b.startsWith(a)) return 'initial';
  if (isInitial(b) && a.startsWith(b)) return 'initial';
  return 'none';
}

/**
 * Whether `short` is `long` with middle names left out or shortened to initials: same first word, same last word,
 * and any middle words of `short` appear in order in `long`.
 */
function fitsInside(short: readonly string[], long: readonly string[], loose: boolean): TokenFit[] | null {
  if (short.length < 2 || long.length < short.length) return null;
  const first = tokenFit(short[0] ?? '', long[0] ?? '', loose);
  const last = tokenFit(short[short.length - 1] ?? '', long[long.length - 1] ?? '', loose);
  if (first === 'none' || last !== 'same') return null;
  const fits: TokenFit[] = [first];
  let j = 1;
  for (let i = 1; i < short.length - 1; i++) {
    while (j < long.length - 1 && tokenFit(short[i] ?? '', long[j] ?? '', loose) === 'none') j++;
    if (j >= long.length - 1) return null;
    fits.push(tokenFit(short[i] ?? '', long[j] ?? '', loose));
    j++;
  }
  fits.push(last);
  return fits;
}

const NO: NameMatch = { match: false, exact: false, reason: 'different names' };

/**
 * Whether two written names are probably the same person. Tolerates case, accents, punctuation, titles,
 * "Last, First", left-out middle names, a first-name initial, another word order and Cyrillic/Greek spellings;
 * never matches on a first name alone.
 */
export function namesMatch(a: string, b: string): NameMatch {
  const pa = parse(a);
  const pb = parse(b);
  if (pa.tokens.length === 0 || pb.tokens.length === 0) return { match: false, exact: false, reason: 'empty name' };
  const ka = pa.tokens.join(' ');
  const kb = pb.tokens.join(' ');
  if (ka === kb) {
    const literal = a.trim().replace(/\s+/g, ' ') === b.trim().replace(/\s+/g, ' ');
    if (pa.transliterated !== pb.transliterated)
      return { match: true, exact: false, reason: 'same name written in another script' };
    return {
      match: true,
      exact: true,
      reason: literal ? 'same name' : 'same name apart from case, accents, punctuation or titles',
    };
  }
  if (pa.unspaced || pb.unspaced) return NO;
  const loose = pa.transliterated || pb.transliterated;
  if (loose && pa.tokens.map(looseToken).join(' ') === pb.tokens.map(looseToken).join(' '))
    return { match: true, exact: false, reason: 'same name written in another script' };
  if (pa.tokens.length === 1 || pb.tokens.length === 1)
    return { match: false, exact: false, reason: 'only one name given: too little to tell' };

  const [short, long] = pa.tokens.length <= pb.tokens.length ? [pa.tokens, pb.tokens] : [pb.tokens, pa.tokens];
  const fits = fitsInside(short, long, loose);
  if (fits) {
    const initials = fits.filter((fit) => fit === 'initial').length;
    const leftOut = long.length - short.length;
    const parts: string[] = [];
    if (leftOut > 0) parts.push(leftOut === 1 ? 'middle name left out' : 'middle names left out');
    if (initials > 0) {
      const first =
        fits[0] === 'initial' ? `${(short[0] ?? '').toUpperCase()}. could be ${capital(long[0] ?? '')}` : '';
      parts.push(first && initials === 1 ? `initial ${first}` : 'initials instead of names');
    }
    if (loose) parts.push('written in another script');
    if (parts.length === 0) parts.push('same names');
    return { match: true, exact: false, reason: parts.join('; ') };
  }
  if (short.length === long.length && [...short].sort().join(' ') === [...long].sort().join(' '))
    return { match: true, exact: false, reason: 'same names in another order' };
  return NO;
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export interface NameHit<T> {
  name: string;
  value: T;
  match: NameMatch;
}

/**
 * A set of named values that answers "who here could this be?" — exact matches first, then tolerant ones.
 * Names are bucketed by each full word (surname, given name, CJK name), so a lookup compares only candidates
 * that share a word with the query.
 */
export class NameIndex<T> {
  private readonly buckets = new Map<string, { name: string; value: T }[]>();
  private count = 0;

  add(name: string, value: T): void {
    const tokens = bucketTokens(name);
    if (tokens.length === 0) return;
    const entry = { name, value };
    for (const token of new Set(tokens)) {
      const bucket = this.buckets.get(token);
      if (bucket) bucket.push(entry);
      else this.buckets.set(token, [entry]);
    }
    this.count++;
  }

  get size(): number {
    return this.count;
  }

  /**
   * Every stored entry whose name matches `name`, exact ones first, in the order they were added. Only entries
   * that share the query's last word are compared (every match needs it: same surname, or another word order).
   */
  find(name: string): NameHit<T>[] {
    const { tokens } = parse(name);
    const last = tokens[tokens.length - 1];
    if (!last || isInitial(last)) return [];
    const hits: NameHit<T>[] = [];
    for (const entry of this.buckets.get(looseToken(last)) ?? []) {
      const match = namesMatch(name, entry.name);
      if (match.match) hits.push({ name: entry.name, value: entry.value, match });
    }
    return hits.sort((a, b) => Number(b.match.exact) - Number(a.match.exact));
  }
}

function bucketTokens(name: string): string[] {
  return parse(name)
    .tokens.filter((token) => !isInitial(token))
    .map(looseToken);
}

/** Whether a string looks like a handle (one word with dots, underscores or digits, or all lower case). */
export function looksLikeHandle(text: string): boolean {
  const trimmed = text.trim().replace(/^@/, '');
  return /^[\p{Script=Latin}\p{N}._]+$/u.test(trimmed) && (/[._\d]/.test(trimmed) || trimmed === trimmed.toLowerCase());
}

/** The letters of a handle, for `handleSpellings` to be looked for in: "chrisnovak.dev" → "chrisnovakdev". */
export function handleLetters(handle: string): string {
  return parse(handle.replace(/^@/, ''))
    .tokens.join('')
    .replace(/[^\p{L}]/gu, '');
}

/** How a name is spelled inside a handle: first-last and last-first, run together; none for short or CJK names. */
export function handleSpellings(name: string): string[] {
  const { tokens, unspaced } = parse(name);
  if (tokens.length < 2 || unspaced) return [];
  const first = tokens[0] ?? '';
  const last = tokens[tokens.length - 1] ?? '';
  return [...new Set([`${first}${last}`, `${last}${first}`])].filter((spelled) => spelled.length >= 6);
}

/**
 * Whether a handle ("chrisnovak.dev", "caseyjordan_", "@patmorgan58") spells out a person's full name ("Chris Novak"),
 * first-last or last-first. Never exact; needs a name of two or more words and at least 6 letters.
 */
export function handleMatchesName(handle: string, name: string): NameMatch {
  if (!looksLikeHandle(handle)) return NO;
  const letters = handleLetters(handle);
  if (handleSpellings(name).some((spelled) => letters.includes(spelled)))
    return { match: true, exact: false, reason: `handle ${handle.replace(/^@/, '')} spells the name` };
  return NO;
}
