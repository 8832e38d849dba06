import { describe, expect, it } from 'vitest';
import { salvageJsonList, salvageNote } from './salvage.js';

describe('salvaging the good records of a damaged JSON list', () => {
  it.each([
    ['a list cut off mid-record', '[{"a": 1}, {"b": [2, 3]}, {"c": "cut', [{ a: 1 }, { b: [2, 3] }], 2, 1],
    ['a list cut off between records', '[{"a": 1},\n  {"b": 2},\n', [{ a: 1 }, { b: 2 }], 2, 0],
    [
      'one bad record among good ones',
      '[{"a": 1}, {"b": 2 "c": 3}, {"d": "x, ] } [ \\" y"}]',
      [{ a: 1 }, { d: 'x, ] } [ " y' }],
      2,
      1,
    ],
    ['a stray byte between records', '[1, 2, \u0000, 4]', [1, 2, 4], 3, 1],
    ['Meta’s keyed list', '{"comments_v2": [{"a": 1}, {"b": ]}', { comments_v2: [{ a: 1 }] }, 1, 1],
    ['a byte-order mark and spaces first', '\ufeff  [ "x", "y" ', ['x', 'y'], 2, 0],
  ])('%s', (_name, text, value, kept, lost) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(salvageJsonList(text)).toEqual({
      value,
      kept,
      lost,
    });
  });

  it.each([
    ['not a list', '{"a": 1'],
    ['an object whose first value is not a list', '{"a": {"b": [1, 2]'],
    ['a list whose only record is broken', '[{"a": }]'],
    ['an unterminated string that swallows the rest', '["never closed, 1, 2, 3]'],
    ['nothing at all', ''],
  ])('gives nothing for %s', (_name, text) => {
    expect(salvageJsonList(text)).toBeNull();
  });

  it('keeps the records beside one nested 100,000 levels deep, without overflowing the stack', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const salvaged = salvageJsonList(`[{"a": 1}, ${deep}, {"b": 2}, {"c": `);
    expect(salvaged?.kept).toBe(3);
    expect(salvaged?.lost).toBe(1);
  });

  it('says what was lost, or that nothing was', () => {
    expect(salvageNote({ value: [], kept: 4, lost: 2 })).toBe(
      '2 record(s) that could not be parsed were skipped and the other 4 read',
    );
    expect(salvageNote({ value: [], kept: 4, lost: 0 })).toBe('all 4 of its records were read');
  });
});
