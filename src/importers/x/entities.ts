import type { TextEntities } from '../../core/item.js';
import { isObject, str } from './parse.js';

/**
 * X's own entities (`entities.urls`, `user_mentions`, `hashtags`) as UTF-16 offsets into the item's final text. X's
 * `indices` count code points in the raw, HTML-escaped text, which the importer decodes and trims; so each entity is
 * found again in the final text by what it says (the t.co link, `@handle`, `#tag`), in order.
 */
export function textEntities(text: string, entities: unknown): TextEntities | undefined {
  if (!isObject(entities)) return undefined;
  const out: TextEntities = {};
  const list = (value: unknown): Record<string, unknown>[] =>
    Array.isArray(value) ? value.filter((entry): entry is Record<string, unknown> => isObject(entry)) : [];
  const lower = text.toLowerCase();
  const locate = (needle: string, from: number): number => lower.indexOf(needle.toLowerCase(), from);

  let at = 0;
  for (const url of list(entities.urls)) {
    const short = str(url.url);
    const start = short ? locate(short, at) : -1;
    if (!short || start < 0) continue;
    const expanded = str(url.expanded_url);
    (out.urls ??= []).push({ start, end: start + short.length, ...(expanded ? { expanded } : {}) });
    at = start + short.length;
  }
  at = 0;
  for (const mention of list(entities.user_mentions)) {
    const handle = str(mention.screen_name);
    const start = handle ? locate(`@${handle}`, at) : -1;
    if (!handle || start < 0) continue;
    (out.mentions ??= []).push({ start, end: start + handle.length + 1, handle });
    at = start + handle.length + 1;
  }
  at = 0;
  for (const tag of list(entities.hashtags)) {
    const name = str(tag.text);
    const start = name ? locate(`#${name}`, at) : -1;
    if (!name || start < 0) continue;
    (out.hashtags ??= []).push({ start, end: start + name.length + 1 });
    at = start + name.length + 1;
  }
  return out.urls || out.mentions || out.hashtags ? out : undefined;
}
