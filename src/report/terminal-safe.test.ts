import { describe, expect, it } from 'vitest';
import { jsonText, terminalSafe, terminalSafeKeepingColours } from './terminal-safe.js';

describe('terminalSafe', () => {
  it.each([
    ['clear screen', '\u001b[2J\u001b[H', '␛[2J␛[H'],
    ['window title (OSC … BEL)', '\u001b]0;owned\u0007', '␛]0;owned␇'],
    [
      'forged OSC 8 link',
      '\u001b]8;;https://evil.example/\u001b\\x\u001b]8;;\u001b\\',
      '␛]8;;https://evil.example/␛\\x␛]8;;␛\\',
    ],
    ['C1 CSI, OSC and ST', '\u009b2J\u009d0;t\u009c', '<U+009B>2J<U+009D>0;t<U+009C>'],
    ['right-to-left override', 'invoice\u202egpj.exe', 'invoice<U+202E>gpj.exe'],
    ['bidi isolates', '\u2066a\u2067b\u2068c\u2069', '<U+2066>a<U+2067>b<U+2068>c<U+2069>'],
    ['backspace and DEL', 'ok\b\u007f', 'ok␈␡'],
    ['lone CR (overwrites the line)', 'fine\rEVIL', 'fine␍EVIL'],
    ['NUL, vertical tab, form feed', '\u0000\u000b\u000c', '␀␋␌'],
  ])('shows %s as visible text', (_name, input, expected) => {
    expect(terminalSafe(input)).toBe(expected);
  });

  it.each([
    ['emoji with ZWJ and skin tone', '👩🏽‍💻 🥃🥃 🏳️‍🌈'],
    ['combining marks', 'Zoë Ångström e\u0301 \u0928\u093f'],
    ['every script', '李伟 Дмитрий محمد שלום नमस्ते 東京'],
    ['left-to-right and right-to-left marks', 'abc\u200e \u05d0\u200f'],
    ['tabs, newlines and CRLF', 'a\tb\nc\r\nd'],
  ])('keeps %s as it is', (_name, text) => {
    expect(terminalSafe(text)).toBe(text);
  });
});

describe('terminalSafeKeepingColours', () => {
  it('keeps the colour codes Decorum draws and escapes everything else', () => {
    expect(terminalSafeKeepingColours('\u001b[1mRead\u001b[22m \u001b[31mhigh\u001b[39m')).toBe(
      '\u001b[1mRead\u001b[22m \u001b[31mhigh\u001b[39m',
    );
    expect(terminalSafeKeepingColours('\u001b[31m\u001b]0;t\u0007\u001b[2J\u001b[39m')).toBe(
      '\u001b[31m␛]0;t␇␛[2J\u001b[39m',
    );
  });

  it('never keeps conceal (8), which would hide text', () => {
    expect(terminalSafeKeepingColours('\u001b[8msecret')).toBe('␛[8msecret');
  });
});

describe('jsonText', () => {
  it('escapes what JSON leaves raw, and parses back to the same value', () => {
    const value = { text: 'a\u009bb\u202ec\u2028d\u007fe\u001bf 🥃 李伟' };
    const json = jsonText(value);
    expect(json).toBe('{\n  "text": "a\\u009bb\\u202ec\\u2028d\\u007fe\\u001bf 🥃 李伟"\n}');
    expect(JSON.parse(json)).toEqual(value);
    expect(terminalSafe(json)).toBe(json);
  });

  it('prints on one line with indent 0', () => {
    expect(jsonText({ a: [1] }, 0)).toBe('{"a":[1]}');
  });
});
