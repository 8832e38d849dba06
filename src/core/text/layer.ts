import type { Item } from '../item.js';
import { languageOf, type Language } from './language.js';
import { readingOf, type Reading } from './reading.js';
import { tokenize, type PlatformEntities, type Token } from './tokens.js';

/** Texts longer than this are read only in their first part: every detector stays bounded on 1 MB posts. */
export const MAX_TEXT = 20_000;

/**
 * What every detector reads of one text, computed once: the tokens, the reading text (the author's own words, with
 * offsets back into the original) and the language.
 */
export interface TextLayer {
  /** The text as given, cut to MAX_TEXT characters. */
  text: string;
  tokens: readonly Token[];
  reading: Reading;
  language: Language;
}

export interface TextLayerOptions {
  entities?: PlatformEntities;
  /** The platform's language tag, when it gives one. */
  lang?: string;
  /** The platform may have cut the text short, so a word glued to a final `…` is a fragment. */
  truncated?: boolean;
}

export function textLayer(text: string, options: TextLayerOptions = {}): TextLayer {
  const bounded = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  const tokens = tokenize(bounded, {
    ...(options.entities ? { entities: options.entities } : {}),
    ...(options.truncated ? { truncated: true } : {}),
  });
  return { text: bounded, tokens, reading: readingOf(bounded, tokens), language: languageOf(tokens, options.lang) };
}

/** Old retweets and previews are cut at a length and end in `…`; a post that long may be cut as well. */
const MAY_BE_CUT = 100;

/** The text layer of an item's own text, with the platform's entities and language tag. */
export function textLayerOf(item: Item): TextLayer {
  return textLayer(item.text, {
    ...(item.entities ? { entities: item.entities } : {}),
    ...(item.lang ? { lang: item.lang } : {}),
    truncated: item.kind === 'repost' || item.text.length >= MAX_TEXT || item.text.trimEnd().length >= MAY_BE_CUT,
  });
}
