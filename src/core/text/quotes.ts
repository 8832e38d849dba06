import type { TextSpan } from './tokens.js';

/**
 * Opening marks and the marks that may close them. Curly quotes are often typed the wrong way round on phones
 * (“…“), so either curly mark closes a curly opening. Single quotes are left out: they are apostrophes far more often.
 */
const QUOTE_PAIRS: Readonly<Record<string, string>> = {
  '“': '”“',
  '„': '“”',
  '"': '"',
  '«': '»',
  '»': '«',
  '「': '」',
};

/** A passage of fewer words is a scare-quoted phrase ("Garbage Human"), still the author's own words. */
const MIN_QUOTED_WORDS = 3;
/** A quotation runs at most this far; an unmatched mark further on is a stray. */
const MAX_QUOTED_LENGTH = 600;

/** A song being played: the words after the tag are its title or lyrics, up to the end of the line or a link. */
const NOW_PLAYING = /(?:#(?:now ?playing|np|nowlistening|listeningto)\b|[♪♫🎶🎵]\s*)[^\n]*?(?=https?:\/\/|\n|$)/giu;

const wordCount = (text: string): number => text.split(/\s+/u).filter((word) => /\p{L}/u.test(word)).length;

/**
 * The parts of a text that quote someone else: passages in quotation marks of at least three words (a line of
 * lyrics, a film quote, what a headline said, "a mishearing of …") and song titles after #NowPlaying or ♫. Offsets
 * are into the given text, the marks included.
 */
export function quotedPassages(text: string): TextSpan[] {
  const passages: TextSpan[] = [];
  for (let i = 0; i < text.length; i++) {
    const closers = QUOTE_PAIRS[text[i] as string];
    if (!closers) continue;
    let end = i + 1;
    while (end < text.length && end - i <= MAX_QUOTED_LENGTH && !closers.includes(text[end] as string)) end++;
    if (end >= text.length || end - i > MAX_QUOTED_LENGTH) continue;
    if (wordCount(text.slice(i + 1, end)) >= MIN_QUOTED_WORDS) passages.push({ start: i, end: end + 1 });
    i = end;
  }
  NOW_PLAYING.lastIndex = 0;
  for (let m = NOW_PLAYING.exec(text); m; m = NOW_PLAYING.exec(text))
    if (m[0]) passages.push({ start: m.index, end: m.index + m[0].length });
  NOW_PLAYING.lastIndex = 0;
  return passages.sort((a, b) => a.start - b.start);
}

/** True when every span lies inside one of the passages. */
export function allInside(spans: readonly TextSpan[], passages: readonly TextSpan[]): boolean {
  return (
    spans.length > 0 &&
    spans.every((span) => passages.some((passage) => passage.start <= span.start && span.end <= passage.end))
  );
}
