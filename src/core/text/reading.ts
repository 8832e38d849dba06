import type { TextSpan, Token } from './tokens.js';

/**
 * The text detectors read: the author's words only. Links, e-mails and platform markup become a space; handles and
 * mention tags become `@user` (so "@sam you idiot" still addresses someone, but nothing matches inside a handle);
 * hashtags become their words ("#recruitersbelike" → "recruiters be like"). Every span of it maps back to the
 * original text with `toOriginal`, so evidence points at what the person wrote.
 */
export interface Reading {
  text: string;
  toOriginal(start: number, end: number): TextSpan;
}

/** One piece of the reading text: either copied from `origin` or put in for a token that starts there. */
interface Piece {
  at: number;
  length: number;
  /** Where the piece starts in the original; for a put-in piece, the whole token it stands for. */
  origin: number;
  originEnd: number;
  copied: boolean;
}

const MENTION_STAND_IN = '@user';

export function readingOf(text: string, tokens: readonly Token[]): Reading {
  const pieces: Piece[] = [];
  let out = '';
  let copiedFrom = 0;
  const copy = (from: number, to: number) => {
    if (to <= from) return;
    pieces.push({ at: out.length, length: to - from, origin: from, originEnd: to, copied: true });
    out += text.slice(from, to);
  };
  const put = (value: string, token: TextSpan) => {
    pieces.push({ at: out.length, length: value.length, origin: token.start, originEnd: token.end, copied: false });
    out += value;
  };
  let changed = false;
  for (const token of tokens) {
    const kind = token.kind;
    if (kind !== 'url' && kind !== 'email' && kind !== 'markup' && kind !== 'mention' && kind !== 'hashtag') continue;
    changed = true;
    copy(copiedFrom, token.start);
    copiedFrom = token.end;
    if (kind === 'hashtag') {
      put(' ', { start: token.start, end: token.start + 1 });
      (token.words ?? []).forEach((word, i) => {
        if (i > 0) put(' ', { start: word.start, end: word.start });
        copy(word.start, word.end);
      });
    } else if (kind === 'mention' || token.markup === 'mention-tag') put(MENTION_STAND_IN, token);
    else put(' ', token);
  }
  if (!changed) return { text, toOriginal: (start, end) => ({ start, end }) };
  copy(copiedFrom, text.length);

  /** The piece that holds reading offset `offset` (the last piece starting at or before it). */
  const pieceAt = (offset: number): Piece => {
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((pieces[mid] as Piece).at <= offset) lo = mid;
      else hi = mid - 1;
    }
    return pieces[lo] as Piece;
  };
  return {
    text: out,
    toOriginal(start, end) {
      if (!pieces.length) return { start: 0, end: 0 };
      const first = pieceAt(start);
      const from = first.copied ? first.origin + Math.min(start - first.at, first.length) : first.origin;
      const last = pieceAt(Math.max(start, end - 1));
      const to = last.copied ? last.origin + Math.min(end - last.at, last.length) : last.originEnd;
      return { start: from, end: Math.max(from, to) };
    },
  };
}
