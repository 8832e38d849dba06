/**
 * Decoding an export file's bytes to text. Platforms write UTF-8, but a file that passed through an editor or a
 * spreadsheet (a LinkedIn CSV, a Meta JSON file "tidied" on Windows, an X `.js` file saved from Notepad) may come
 * back as UTF-16, with or without a byte-order mark. Read as UTF-8, such a file is NUL bytes between letters and no
 * parser can use it, so every reader decodes through here.
 */

/** How many leading bytes are enough to tell UTF-16 from UTF-8 by its NUL pattern. */
const SAMPLE = 4096;

/**
 * UTF-16 without a byte-order mark, told by its NUL pattern: text that is mostly ASCII has a zero in every other
 * byte (the high byte of each code unit), odd bytes for little-endian, even ones for big-endian.
 */
function utf16ByNulPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

/** The UTF-16 byte order a file is written in (by its byte-order mark, else its NUL pattern), or null for UTF-8. */
export function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return utf16ByNulPattern(bytes);
}

/**
 * A file's text: UTF-16 (either byte order, with or without a mark) decoded as such, anything else as UTF-8
 * (invalid sequences become U+FFFD). A UTF-16 byte-order mark is dropped; a UTF-8 one is kept for the parsers,
 * which skip it themselves.
 */
export function decodeText(bytes: Buffer): string {
  const utf16 = utf16Encoding(bytes);
  return utf16 ? new TextDecoder(utf16).decode(bytes) : bytes.toString('utf8');
}
