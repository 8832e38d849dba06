/** Control characters (C0, DEL, C1) and the marks that reorder text (bidi overrides, isolates). */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Export text is hostile: a terminal would run an escape sequence, a bidi override would make a line read
 * differently from what it holds. Each such character becomes a space.
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, ' ');
}
