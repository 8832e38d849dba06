import { describe, expect, it } from 'vitest';
import { decodeText, utf16Encoding } from './text.js';

const TEXT = '[{"post": "Zoë’s café 🍻 Ελλάδα 李伟"}]';
const le = (text: string): Buffer => Buffer.from(text, 'utf16le');
const be = (text: string): Buffer => Buffer.from(text, 'utf16le').swap16();

describe('decoding an export file', () => {
  it.each([
    ['UTF-8', Buffer.from(TEXT, 'utf8'), null],
    ['UTF-8 with a byte-order mark', Buffer.from(`\ufeff${TEXT}`, 'utf8'), null],
    ['UTF-16LE with a byte-order mark', le(`\ufeff${TEXT}`), 'utf-16le'],
    ['UTF-16LE without one (NUL in every odd byte)', le(TEXT), 'utf-16le'],
    ['UTF-16BE with a byte-order mark', be(`\ufeff${TEXT}`), 'utf-16be'],
    ['UTF-16BE without one (NUL in every even byte)', be(TEXT), 'utf-16be'],
  ])('%s', (_name, bytes, encoding) => {
    expect(utf16Encoding(bytes)).toBe(encoding);
    expect(decodeText(bytes).replace(/^\ufeff/, '')).toBe(TEXT);
  });

  it('does not take text in other scripts, which has no NUL bytes in UTF-8, for UTF-16', () => {
    const cyrillic = Buffer.from('Привет, как дела? '.repeat(50), 'utf8');
    expect(utf16Encoding(cyrillic)).toBeNull();
  });

  it('does not take a binary file with a few NUL bytes for UTF-16', () => {
    const bytes = Buffer.from(Array.from({ length: 512 }, (_, i) => (i % 7 === 0 ? 0 : 65 + (i % 26))));
    expect(utf16Encoding(bytes)).toBeNull();
  });

  it('keeps a one-character UTF-16 file with its byte-order mark', () => {
    expect(decodeText(le('\ufeffx'))).toBe('x');
  });
});
