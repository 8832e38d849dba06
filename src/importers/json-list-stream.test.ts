import { describe, expect, it } from 'vitest';
import { buildLargeXArchive } from '../../test/fixtures/samples/x.js';
import { JsonListSplitter, ListHeadError, MAX_ELEMENT_BYTES, type ListScan } from './json-list-stream.js';

const YTD_HEAD = /^window\.YTD\.[A-Za-z0-9_]+\.part\d+ = $/;
const checkHead = (head: string | null): string | null =>
  head !== null && YTD_HEAD.test(head) ? null : 'is not a window.YTD assignment';

/** Feeds `text` in chunks of `size` bytes; returns the records and the scan. */
function split(text: string | Buffer, size: number): { records: unknown[]; indexes: number[]; scan: ListScan } {
  const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8');
  const records: unknown[] = [];
  const indexes: number[] = [];
  const splitter = new JsonListSplitter((record, index) => {
    records.push(record);
    indexes.push(index);
  }, checkHead);
  for (let at = 0; at < bytes.length; at += size) splitter.write(bytes.subarray(at, at + size));
  return { records, indexes, scan: splitter.end() };
}

describe('JsonListSplitter', () => {
  const archive = buildLargeXArchive(300, 300)['data/tweets.js'] as string;
  const tricky =
    'window.YTD.tweets.part0 = [ {"t": "a \\"quoted\\" ] } , [ {", "n": [1, [2]]}, "é ✓ 😀", 12, null, true, ' +
    '{"slash": "\\\\"}, [] ];\n';

  it.each([1, 2, 3, 7, 64, 4096, 1 << 20])('reads what JSON.parse reads, in chunks of %i bytes', (size) => {
    for (const text of [archive, tricky]) {
      const { records, indexes, scan } = split(text, size);
      const expected = JSON.parse(text.slice(text.indexOf('['), text.lastIndexOf(']') + 1)) as unknown[];
      expect(records).toEqual(expected);
      expect(indexes).toEqual(expected.map((_, index) => index));
      expect(scan).toEqual({ kept: expected.length, lost: 0, closed: true, trailing: false });
    }
  });

  it.each([
    ['an empty list', 'window.YTD.like.part0 = []', [], { kept: 0, lost: 0, closed: true, trailing: false }],
    ['a damaged record', 'window.YTD.tweets.part0 = [1, 2 x, 3]', [1, 3], { kept: 2, lost: 1, closed: true }],
    ['a file cut inside a record', 'window.YTD.tweets.part0 = [1, {"a": "b', [1], { kept: 1, lost: 1, closed: false }],
    ['a file cut after a whole record', 'window.YTD.tweets.part0 = [{"a": 1}, "b"', [{ a: 1 }, 'b'], { closed: false }],
    ['a file cut inside a number', 'window.YTD.tweets.part0 = [1, 23', [1], { lost: 1, closed: false }],
    ['a trailing comma', 'window.YTD.tweets.part0 = [1,]', [1], { kept: 1, lost: 0 }],
    ['text after the list', 'window.YTD.tweets.part0 = [1]; alert(1)', [1], { trailing: true }],
  ])('reads %s', (_name, text, expected, scan) => {
    for (const size of [1, 5, 1024]) {
      const result = split(text, size);
      expect(result.records).toEqual(expected);
      expect(result.scan).toMatchObject(scan);
    }
  });

  it('says where the first damaged record starts, in bytes of the whole file', () => {
    const text = 'window.YTD.tweets.part0 = [{"a": "é"}, {"b" 2}, {"c" 3}]';
    expect(split(text, 3).scan).toMatchObject({
      lost: 2,
      firstLostAt: Buffer.byteLength(text.slice(0, text.indexOf('{"b'))),
    });
  });

  it.each([
    ['plain JSON', '[1, 2]'],
    ['another global', 'window.foo = [1]'],
    ['no list at all', `window.YTD.tweets.part0 = ${' '.repeat(5000)}`],
    ['an empty file', ''],
  ])('refuses %s through the head check', (_name, text) => {
    expect(() => split(text, 16)).toThrow(ListHeadError);
  });

  it('drops an element too large to hold, and reads on after it', () => {
    for (const extra of [10, 3 << 20]) {
      const huge = `window.YTD.tweets.part0 = [1, "${'x'.repeat(MAX_ELEMENT_BYTES + extra)}", 2]`;
      const { records, scan } = split(Buffer.from(huge, 'latin1'), 1 << 20);
      expect(records.length === 2 && records[0] === 1 && records[1] === 2).toBe(true);
      expect(scan).toMatchObject({ kept: 2, lost: 1, closed: true });
    }
  });
});
