import { printable } from '../core/printable.js';

/** One-line snippet of `text` around `start`–`end`, at most `width` characters, whitespace folded. */
export function snippet(text: string, start = 0, end = start, width = 80): string {
  const before = Math.max(0, start - Math.floor((width - (end - start)) / 2));
  const cut = printable(text.slice(before, before + width))
    .replace(/\s+/g, ' ')
    .trim();
  return `${before > 0 ? '…' : ''}${cut}${before + width < text.length ? '…' : ''}`;
}

export function formatDate(iso: string | null): string {
  return iso ? iso.slice(0, 10) : 'undated';
}
