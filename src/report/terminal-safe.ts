/**
 * Making hostile text safe to print. Every string in an export was written by someone else (a sender, a tagger,
 * whoever named a zip entry), and a terminal obeys what it prints: ESC clears the screen, sets the window title or
 * forges an OSC 8 link; C1 bytes act as ESC on some terminals; bidi overrides reorder what the reader sees. These
 * are replaced by visible stand-ins. Tabs, newlines (and CRLF), emoji, zero-width joiners, combining marks and
 * every script are kept as they are.
 */

/** C0 controls but tab and newline, a CR not followed by LF, DEL, C1, bidi embeddings/overrides/isolates. */
const UNSAFE = /[\u0000-\u0008\u000b-\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/g;

/**
 * The colours Decorum itself draws (SGR "select graphic rendition": bold, dim, colours, resets). They only
 * restyle text: they cannot move the cursor, clear the screen, retitle the window or make a link. 8 (conceal)
 * is left out so nothing can be hidden.
 */
const OWN_COLOUR = /\u001b\[(?:[0-79]|2[2-9]|3\d|4\d|9\d|10[0-7])m/y;

function standIn(char: string): string {
  const code = char.codePointAt(0)!;
  // C0 and DEL have printable "control pictures" (␛ for ESC); the rest are spelled out.
  if (code < 0x20) return String.fromCodePoint(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
}

/** `text` with every control character and bidi override replaced by a visible stand-in. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, standIn);
}

/**
 * Like `terminalSafe`, but the colour codes Decorum draws around its own words survive. For whole output lines
 * when colours are on; the hostile parts inside them lose their ESC, so they cannot start a colour either.
 */
export function terminalSafeKeepingColours(text: string): string {
  let out = '';
  let start = 0;
  for (let at = text.indexOf('\u001b'); at >= 0; at = text.indexOf('\u001b', at + 1)) {
    OWN_COLOUR.lastIndex = at;
    const colour = OWN_COLOUR.exec(text);
    if (!colour) continue;
    out += terminalSafe(text.slice(start, at)) + colour[0];
    start = at + colour[0].length;
    at = start - 1;
  }
  return out + terminalSafe(text.slice(start));
}

/** Characters JSON.stringify leaves raw that a terminal would act on: DEL, C1, bidi controls, line separators. */
const JSON_UNSAFE = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/**
 * `value` as JSON text safe to print: parsed, it is the same value (those characters become `\uXXXX` escapes), so
 * JSON contracts keep every character while a terminal sees none of them raw. JSON.stringify already escapes C0.
 * `indent` 0 prints it on one line.
 */
export function jsonText(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(
    JSON_UNSAFE,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
