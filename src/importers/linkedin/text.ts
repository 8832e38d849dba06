import { createHash } from 'node:crypto';
import { decodeHTML } from 'entities';
import type { Audience, MediaRef } from '../../core/item.js';

/** A short stable hash for derived ids: the same export gives the same id. */
export function shortHash(...parts: readonly string[]): string {
  return createHash('sha1').update(parts.join('\u0000')).digest('hex').slice(0, 12);
}

/** Decodes HTML entities (`&amp;`, `&#39;`), leaving plain text alone. */
export function decodeEntities(text: string): string {
  return text.includes('&') ? decodeHTML(text) : text;
}

/**
 * Message CONTENT can be HTML (`<p>Hi</p><p>…</p>`, `<br>`): block ends become line breaks, tags go, entities are
 * decoded. A `<` not starting a tag (`I <3 this`, `a < b`) is kept.
 */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return html.trim();
  const text = html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6]|tr|blockquote)\s*>/gi, '\n')
    .replace(/<li\b[^<>]*>/gi, '• ')
    .replace(/<\/?[a-zA-Z][^<>]*>/g, '');
  return decodeEntities(text)
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Names compared the way people read them: case, accents in composed/decomposed form and spacing ignored. */
export function sameName(a: string, b: string): boolean {
  if (a === b) return a.trim() !== '';
  const norm = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  const left = norm(a);
  return left !== '' && left === norm(b);
}

/** Shares `Visibility`: PUBLIC → public, MEMBER_NETWORK/CONNECTIONS → connections, anything else → unknown. */
export function audienceOf(visibility: string): Audience {
  const value = visibility
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
  if (value === 'PUBLIC' || value === 'ANYONE') return 'public';
  if (value === 'MEMBER_NETWORK' || value === 'CONNECTIONS' || value === 'CONNECTIONS_ONLY') return 'connections';
  return 'unknown';
}

/** LinkedIn URNs (`urn:li:activity:7…`) inside links, URL-encoded or not; ids stay strings. */
export function urnIn(link: string, types: readonly string[]): string | null {
  let decoded = link;
  try {
    decoded = decodeURIComponent(link);
  } catch {
    // keep the raw link
  }
  for (const type of types) {
    const m = new RegExp(`urn:li:${type}:(\\([^)]*\\)|[0-9A-Za-z_-]+)`).exec(decoded);
    if (m) return m[0];
  }
  return null;
}

export function mediaTypeOf(url: string): MediaRef['type'] {
  const lower = url.toLowerCase();
  if (/\.(mp4|mov|webm|m4v)(\?|$)|video|playlist/.test(lower)) return 'video';
  if (/\.gif(\?|$)/.test(lower)) return 'gif';
  if (/\.(jpe?g|png|webp|heic)(\?|$)|image|photo/.test(lower)) return 'photo';
  return 'unknown';
}

/** Gives each id of one kind once: a repeated id gets `-2`, `-3`… in file order, so upserts never merge records. */
export class IdRegistry {
  private readonly seen = new Map<string, number>();

  unique(kind: string, id: string): string {
    const key = `${kind}\u0000${id}`;
    const count = (this.seen.get(key) ?? 0) + 1;
    this.seen.set(key, count);
    return count === 1 ? id : `${id}-${count}`;
  }
}
