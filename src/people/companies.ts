/**
 * Company-name normalisation: which employer names in the exports are the same employer.
 *
 * "Contoso", "Contoso Ltd." and "Contoso, Inc." are one employer (legal forms, punctuation, case and accents do not
 * count); "Contoso Bank" is another (a different word is a different employer unless the user pins it). Names in
 * other scripts keep their script ("Контосо" is not transliterated to "Contoso"), but their legal forms are dropped
 * too (ООО «Контосо», 株式会社コントソ, 腾讯有限公司).
 *
 * Pure: no I/O. The user's pins and splits come in as `CompanyOverride`s (stored by the network feature).
 */

/** Legal-form words dropped from the end of a name (after lower-casing, removing dots and other punctuation). */
const LEGAL_SUFFIXES = new Set([
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'ltd',
  'limited',
  'llc',
  'llp',
  'lp',
  'plc',
  'co',
  'company',
  'gmbh',
  'mbh',
  'ag',
  'kg',
  'kgaa',
  'se',
  'sa',
  'sas',
  'sarl',
  'srl',
  'spa',
  'bv',
  'nv',
  'oy',
  'oyj',
  'ab',
  'as',
  'asa',
  'aps',
  'kk',
  'pty',
  'pvt',
  'pte',
  'bhd',
  'sdn',
  'ulc',
  'lda',
  'sl',
  'sro',
  'zrt',
  'kft',
  'ооо',
  'оао',
  'зао',
  'пао',
  'ао',
]);

/** Multi-word legal forms, dropped as a whole from the end (checked before single words). */
const LEGAL_SUFFIX_PHRASES = ['limited liability company', 'private limited', 'and co', 'gmbh and co kg'];

/** Legal-form words that come first (Russian and other Cyrillic forms: ООО «Ромашка»). */
const LEGAL_PREFIXES = new Set(['ооо', 'оао', 'зао', 'пао', 'ао', 'ип', 'тов', 'пат', 'the']);

/** East Asian legal forms, written without spaces before or after the name. Longest first. */
const CJK_FORMS = [
  '股份有限公司',
  '有限责任公司',
  '有限責任公司',
  '有限公司',
  '株式会社',
  '有限会社',
  '合同会社',
  '주식회사',
  '유한회사',
  '(株)',
  '(有)',
  '(주)',
];

/** Latin letters lose their accents (Nestlé = Nestle); other scripts keep their marks (ガ is not カ). */
function foldLatinAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC');
}

function stripCjkForms(text: string): string {
  let result = text.trim();
  for (let changed = true; changed;) {
    changed = false;
    for (const form of CJK_FORMS) {
      if (result.length > form.length && result.startsWith(form)) {
        result = result.slice(form.length).trim();
        changed = true;
      }
      if (result.length > form.length && result.endsWith(form)) {
        result = result.slice(0, -form.length).trim();
        changed = true;
      }
    }
  }
  return result;
}

/** Lower-cased words of the name with punctuation removed, before legal forms are dropped. */
function words(name: string): string[] {
  const text = stripCjkForms(foldLatinAccents(name.normalize('NFKC')).toLocaleLowerCase('en-US'))
    .replace(/['’ʼ`´]/g, '') // McDonald's = McDonalds
    .replace(/\./g, '') // S.A. = SA, Ltd. = Ltd
    .replace(/&|\+/g, ' and ') // Procter & Gamble = Procter and Gamble
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return text ? text.split(' ') : [];
}

function dropLegalForms(tokens: string[]): string[] {
  const result = [...tokens];
  while (result.length > 1 && LEGAL_PREFIXES.has(result[0]!)) result.shift();
  for (let changed = true; changed && result.length > 1;) {
    changed = false;
    for (const phrase of LEGAL_SUFFIX_PHRASES) {
      const parts = phrase.split(' ');
      if (result.length > parts.length && result.slice(-parts.length).join(' ') === phrase) {
        result.splice(-parts.length);
        changed = true;
      }
    }
    if (result.length > 1 && LEGAL_SUFFIXES.has(result[result.length - 1]!)) {
      result.pop();
      changed = true;
    }
  }
  return result;
}

/**
 * The matching key of a company name: two names with the same key are the same employer (before the user's
 * overrides). Empty for a name with no letters or digits ("", "-", "N/A" is kept as "n a": callers skip blanks).
 */
export function companyKey(name: string): string {
  const cached = keyCache.get(name);
  if (cached !== undefined) return cached;
  const key = dropLegalForms(words(name)).join(' ');
  if (keyCache.size > 20_000) keyCache.clear();
  keyCache.set(name, key);
  return key;
}

/** Exports repeat the same few hundred employer spellings thousands of times. */
const keyCache = new Map<string, string>();

/** True when the name is blank or a placeholder that names no employer ("", "-", "n/a", "self-employed" is kept). */
export function isBlankCompany(name: string | undefined | null): boolean {
  if (!name) return true;
  const key = companyKey(name);
  return key === '' || key === 'n a' || key === 'na' || key === 'none' || key === 'unknown';
}

let patterns: { suffix: RegExp; prefix: RegExp } | undefined;

/** The legal forms as written in display names ("Inc.", "S.A.", "& Co. KG"), built once. */
function displayPatterns(): { suffix: RegExp; prefix: RegExp } {
  if (patterns) return patterns;
  const legalWord = [...LEGAL_SUFFIXES, ...LEGAL_SUFFIX_PHRASES].map((form) =>
    form
      .split(' ')
      .map((word) => (word === 'and' ? '(?:&|and)' : [...word].join('\\.?')))
      .join('[\\s.,]+'),
  );
  patterns = {
    suffix: new RegExp(`[\\s,]+(?:${legalWord.join('|')})\\.?\\s*$`, 'iu'),
    prefix: new RegExp(`^(?:${[...LEGAL_PREFIXES].filter((p) => p !== 'the').join('|')})\\s+`, 'iu'),
  };
  return patterns;
}

/**
 * The name as a person would write it, without its legal form: "Fabrikam, Inc." → "Fabrikam",
 * "ООО «Контосо»" → "Контосо", "株式会社コントソ" → "コントソ". Case and accents are kept.
 */
export function companyDisplayName(name: string): string {
  let text = stripCjkForms(name.normalize('NFKC').trim());
  const { suffix, prefix } = displayPatterns();
  for (let before = ''; before !== text;) {
    before = text;
    const stripped = text.replace(suffix, '').replace(prefix, '');
    if (companyKey(stripped) === companyKey(text) && stripped.trim()) text = stripped.trim();
  }
  text = text.replace(/^[«"“„'‘]+|[»"”'’]+$/gu, '').replace(/[\s,]+$/u, '');
  return text || name.trim();
}

/**
 * A user's correction to the automatic grouping.
 * - `pin`: every name whose key equals `companyKey(variant)` belongs to `target`'s employer
 *   (`decorum network company pin "Contoso Bank" --as "Contoso"`).
 * - `split`: this exact name (case-insensitive, spaces trimmed) is its own employer, never grouped with others
 *   and not affected by pins (`decorum network company split "Contoso Bank"`).
 */
export interface CompanyOverride {
  action: 'pin' | 'split';
  variant: string;
  /** For `pin`: the name of the employer the variant belongs to. */
  target?: string;
}

function exactForm(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-US');
}

/** Resolves names to employer keys, applying the user's pins and splits. */
export class CompanyResolver {
  private readonly pins = new Map<string, string>();
  private readonly splits = new Set<string>();
  private readonly cache = new Map<string, string>();

  constructor(overrides: readonly CompanyOverride[] = []) {
    for (const override of overrides) {
      if (override.action === 'split') this.splits.add(exactForm(override.variant));
      else if (override.target !== undefined) {
        const from = companyKey(override.variant);
        if (from) this.pins.set(from, companyKey(override.target));
      }
    }
    // A pin to a pinned name follows the chain (A → B, B → C gives A → C); cycles stop where they close.
    for (const [from] of this.pins) {
      const seen = new Set([from]);
      let to = this.pins.get(from)!;
      while (this.pins.has(to) && !seen.has(to)) {
        seen.add(to);
        to = this.pins.get(to)!;
      }
      this.pins.set(from, to);
    }
  }

  /** The employer key of a name: equal keys are the same employer. Split names get a key of their own. */
  key(name: string): string {
    const cached = this.cache.get(name);
    if (cached !== undefined) return cached;
    let key: string;
    if (this.splits.size > 0 && this.splits.has(exactForm(name))) key = `=${exactForm(name)}`;
    else {
      const automatic = companyKey(name);
      key = this.pins.get(automatic) ?? automatic;
    }
    this.cache.set(name, key);
    return key;
  }

  same(a: string, b: string): boolean {
    const keyA = this.key(a);
    return keyA !== '' && keyA === this.key(b);
  }

  /** Why two names are (or are not) grouped, in a phrase for the evidence column. */
  explain(name: string): string {
    if (this.splits.has(exactForm(name))) return `"${name}" kept apart (split by you)`;
    const key = companyKey(name);
    const pinned = this.pins.get(key);
    if (pinned !== undefined) return `"${name}" pinned by you`;
    return `"${name}" matched as "${key}"`;
  }
}

/** True when both names are the same employer (legal forms, punctuation, case and Latin accents ignored). */
export function sameCompany(a: string, b: string, overrides: readonly CompanyOverride[] = []): boolean {
  return new CompanyResolver(overrides).same(a, b);
}

export interface CompanyGroup {
  /** The employer key (`CompanyResolver.key`). */
  key: string;
  /** The display name: the most common spelling without its legal form. */
  name: string;
  /** Every spelling seen, most common first. */
  variants: string[];
}

/**
 * Groups company names into employers. Blank names are skipped. Groups come in order of first appearance;
 * a pinned target's own spelling names the group when it is among the names.
 */
export function groupCompanies(names: Iterable<string>, overrides: readonly CompanyOverride[] = []): CompanyGroup[] {
  const resolver = new CompanyResolver(overrides);
  const groups = new Map<string, Map<string, number>>();
  for (const raw of names) {
    if (isBlankCompany(raw)) continue;
    const name = raw.normalize('NFKC').trim().replace(/\s+/g, ' ');
    const key = resolver.key(name);
    const counts = groups.get(key) ?? new Map<string, number>();
    counts.set(name, (counts.get(name) ?? 0) + 1);
    groups.set(key, counts);
  }
  const pinTargets = new Map(
    overrides.filter((o) => o.action === 'pin' && o.target).map((o) => [companyKey(o.target!), o.target!]),
  );
  return [...groups].map(([key, counts]) => {
    const variants = [...counts].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || a[0].localeCompare(b[0]));
    const preferred = variants.find(([variant]) => companyKey(variant) === key) ?? variants[0]!;
    const name = key.startsWith('=') ? preferred[0] : (pinTargets.get(key) ?? preferred[0]);
    // A split spelling keeps its exact form as its name, so it never reads like the group it left.
    const display = key.startsWith('=') ? name : companyDisplayName(name);
    return { key, name: display, variants: variants.map(([variant]) => variant) };
  });
}
