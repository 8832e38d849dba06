import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.js';

const cell = (value: string | number | null) => toCsv(['h'], [[value]]).split('\r\n')[1];

describe('toCsv: OWASP CSV injection', () => {
  it.each([
    ['=', '=1+1', `"'=1+1"`],
    ['+', "+cmd|' /C calc'!A0", `"'+cmd|' /C calc'!A0"`],
    ['-', '-2+3', `"'-2+3"`],
    ['@', '@SUM(1,2)', `"'@SUM(1,2)"`],
    ['TAB', '\t=1+1', `"'\t=1+1"`],
    ['TAB alone', '\tnote', `"'\tnote"`],
    ['CR', '\r=1+1', `"'␍=1+1"`],
    ['leading spaces', '  =1+1', `"'  =1+1"`],
    ['a leading double quote', '"=1+1', `"'""=1+1"`],
    ['a leading single quote', "'=1+1", `"''=1+1"`],
    ['a newline first', '\n@x', `"'\n@x"`],
    ['HYPERLINK', '=HYPERLINK("https://evil.example","x")', `"'=HYPERLINK(""https://evil.example"",""x"")"`],
  ])('neutralises a cell starting with %s', (_name, value, expected) => {
    expect(cell(value)).toBe(expected);
  });

  it.each([
    ['plain text', 'went out for drinks', 'went out for drinks'],
    ['a formula character later on', 'a=b, c-d', '"a=b, c-d"'],
    ['an email address', 'ana@contoso.example', 'ana@contoso.example'],
    ['a number we wrote (negative too)', -3, '-3'],
    ['an empty cell', null, ''],
    ['emoji and scripts', '🥃 李伟 Zoë', '🥃 李伟 Zoë'],
  ])('leaves %s as it is', (_name, value, expected) => {
    expect(cell(value)).toBe(expected);
  });

  it('shows control characters as visible stand-ins and quotes the cell', () => {
    expect(cell('a\u001b[2Jb\u202ec')).toBe('"a␛[2Jb<U+202E>c"');
  });

  it('quotes commas, quotes and newlines (RFC 4180) with CRLF rows', () => {
    expect(toCsv(['a', 'b'], [['x,y', 'say "hi"\nbye']])).toBe('a,b\r\n"x,y","say ""hi""\nbye"\r\n');
  });
});
