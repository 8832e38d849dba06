import { LinkifyIt } from 'linkify-it';
import { splitHashtag } from './hashtag.js';

export const TOKEN_KINDS = [
  'word',
  'number',
  'url',
  'email',
  'mention',
  'hashtag',
  'emoji',
  'markup',
  'punctuation',
] as const;
export type TokenKind = (typeof TOKEN_KINDS)[number];

/** Platform markup that is not the author's words. */
export type MarkupKind = 'mention-tag' | 'retweet-prefix' | 'truncated-word';

/** A span of the original text; offsets are UTF-16 code units, `end` exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

export interface Token extends TextSpan {
  kind: TokenKind;
  text: string;
  /** For hashtags: the words of the tag (camelCase and run-together words split), as spans of the original text. */
  words?: TextSpan[];
  /** For mentions and mention tags: the handle or the tagged name. */
  handle?: string;
  /** For URLs: the full address when the platform gives it (X `expanded_url`). */
  expanded?: string;
  markup?: MarkupKind;
  /** True when the span comes from the platform's own entities, not from parsing. */
  fromPlatform?: boolean;
}

/** Entities the platform marked in the text itself (X `entities`), as UTF-16 offsets into the item's text. */
export interface PlatformEntities {
  urls?: readonly (TextSpan & { expanded?: string })[];
  mentions?: readonly (TextSpan & { handle?: string })[];
  hashtags?: readonly TextSpan[];
}

const linkify = new LinkifyIt({ fuzzyLink: true, fuzzyEmail: true, fuzzyIP: false });

/** A text can hold a link or an e-mail only with one of these; most posts skip linkify entirely. */
const MIGHT_LINK = /[:@]|[\p{L}\p{N}-]\.[a-z]{2,}/iu;
/** Facebook's mention tag `@[100004716152062:2048:Name]` (older exports: `@[100004716152062:Name]`). */
const MENTION_TAG = /@\[(\d{5,20})(?::\d{1,6})?:([^\]\n]{1,100})\]/g;
/** X's retweet prefix `RT @handle: `. */
const RETWEET_PREFIX = /^RT @([A-Za-z0-9_]{1,15}):?\s*/;
/** Handles: X (15 characters), Instagram and Threads (dots allowed, 30 characters); not after a letter (a@b). */
const MENTION = /(?<![\p{L}\p{N}_@.])[@＠]([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)(?![@\p{L}\p{N}_])/gu;
/** A hashtag needs a letter in it: `#1` and `C#` are not tags. */
const HASHTAG = /(?<![\p{L}\p{N}_&#])[#＃]([\p{L}\p{M}\p{N}_]*[\p{L}\p{M}][\p{L}\p{M}\p{N}_]*)/gu;
/**
 * Everything else, one token at a time: words (letters with digits, apostrophes inside: don't, sh1t), numbers,
 * emoji sequences (ZWJ, variation selectors, skin tones, flags) and single punctuation marks.
 */
const REST =
  /(\p{N}+(?:[.,:/]\p{N}+)*(?![\p{L}\p{M}]))|([\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*)|((?:\p{Extended_Pictographic}|\p{Regional_Indicator})(?:\u{FE0F}|\p{Emoji_Modifier}|\u{20E3}|\u200D(?:\p{Extended_Pictographic}|\p{Regional_Indicator})|\p{Regional_Indicator})*)|(\S)/gu;

/** A trailing cut-off word: letters glued to `…` at the very end (only links or spaces after it). */
const TRUNCATED = /([\p{L}\p{M}\p{N}'’]+)…(?=\s*$)/u;

export interface TokenizeOptions {
  entities?: PlatformEntities;
  /**
   * The platform cut the text short (an old retweet, a preview): a word glued to a final `…` is a fragment, not a
   * word. Off by default: "I was like…" ends in a whole word.
   */
  truncated?: boolean;
}

function overlapsAny(start: number, end: number, taken: readonly TextSpan[]): boolean {
  return taken.some((t) => start < t.end && end > t.start);
}

/** Platform entities are used only where their offsets point at what they claim to be. */
function platformTokens(text: string, entities: PlatformEntities | undefined): Token[] {
  if (!entities) return [];
  const out: Token[] = [];
  const valid = (s: TextSpan) => s.start >= 0 && s.end <= text.length && s.start < s.end;
  for (const url of entities.urls ?? []) {
    if (!valid(url)) continue;
    const token: Token = { kind: 'url', start: url.start, end: url.end, text: text.slice(url.start, url.end) };
    if (url.expanded) token.expanded = url.expanded;
    out.push({ ...token, fromPlatform: true });
  }
  for (const mention of entities.mentions ?? []) {
    if (!valid(mention) || !/^[@＠]/.test(text.slice(mention.start, mention.end))) continue;
    const raw = text.slice(mention.start, mention.end);
    out.push({
      kind: 'mention',
      start: mention.start,
      end: mention.end,
      text: raw,
      handle: mention.handle ?? raw.slice(1),
      fromPlatform: true,
    });
  }
  for (const tag of entities.hashtags ?? []) {
    if (!valid(tag) || !/^[#＃]/.test(text.slice(tag.start, tag.end))) continue;
    out.push({ ...hashtagToken(text, tag.start, tag.end), fromPlatform: true });
  }
  return out;
}

function hashtagToken(text: string, start: number, end: number): Token {
  const body = start + 1;
  return {
    kind: 'hashtag',
    start,
    end,
    text: text.slice(start, end),
    words: splitHashtag(text.slice(body, end)).map((w) => ({ start: body + w.start, end: body + w.end })),
  };
}

function addMatches(re: RegExp, text: string, out: Token[], make: (m: RegExpExecArray) => Token | null): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const token = make(m);
    if (token && !overlapsAny(token.start, token.end, out)) out.push(token);
  }
  re.lastIndex = 0;
}

/**
 * Splits a text into tokens that know what they are, in text order, covering every non-space character once.
 * Platform entities win; then markup, links and e-mails (linkify-it), handles and hashtags; the rest are words,
 * numbers, emoji and punctuation.
 */
export function tokenize(text: string, options: TokenizeOptions = {}): Token[] {
  const special: Token[] = platformTokens(text, options.entities);
  const prefix = RETWEET_PREFIX.exec(text);
  if (prefix && !overlapsAny(0, prefix[0].trimEnd().length, special))
    special.push({
      kind: 'markup',
      markup: 'retweet-prefix',
      start: 0,
      end: prefix[0].trimEnd().length,
      text: prefix[0].trimEnd(),
      handle: prefix[1] as string,
    });
  if (text.includes('@[')) {
    addMatches(MENTION_TAG, text, special, (m) => ({
      kind: 'markup',
      markup: 'mention-tag',
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      handle: (m[2] as string).trim(),
    }));
  }
  if (MIGHT_LINK.test(text)) {
    for (const link of linkify.match(text) ?? []) {
      if (overlapsAny(link.index, link.lastIndex, special)) continue;
      special.push({
        kind: link.schema === 'mailto:' ? 'email' : 'url',
        start: link.index,
        end: link.lastIndex,
        text: text.slice(link.index, link.lastIndex),
      });
    }
  }
  if (text.includes('@') || text.includes('＠'))
    addMatches(MENTION, text, special, (m) => ({
      kind: 'mention',
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      handle: m[1] as string,
    }));
  if (text.includes('#') || text.includes('＃'))
    addMatches(HASHTAG, text, special, (m) => hashtagToken(text, m.index, m.index + m[0].length));
  if (options.truncated && text.includes('…')) {
    const tail = TRUNCATED.exec(text.replace(/\s+(?:https?:\/\/\S+\s*)+$/u, (s) => ' '.repeat(s.length)));
    if (tail && !overlapsAny(tail.index, tail.index + tail[0].length, special))
      special.push({
        kind: 'markup',
        markup: 'truncated-word',
        start: tail.index,
        end: tail.index + tail[0].length,
        text: tail[0],
      });
  }
  special.sort((a, b) => a.start - b.start);

  const tokens: Token[] = [];
  let at = 0;
  const restUntil = (end: number) => {
    if (end <= at) return;
    const part = text.slice(at, end);
    REST.lastIndex = 0;
    for (let m = REST.exec(part); m; m = REST.exec(part)) {
      const kind: TokenKind = m[1] ? 'number' : m[2] ? 'word' : m[3] ? 'emoji' : 'punctuation';
      tokens.push({ kind, start: at + m.index, end: at + m.index + m[0].length, text: m[0] });
    }
    REST.lastIndex = 0;
  };
  for (const token of special) {
    restUntil(token.start);
    tokens.push(token);
    at = Math.max(at, token.end);
  }
  restUntil(text.length);
  return tokens;
}
