import { describe, expect, it } from 'vitest';
import { escapeX, xDate, ytd } from '../../../test/fixtures/samples/x.js';
import { parseGrailbird, parseManifest, parseYtd, toCount, toIsoDate, urlBasename } from './parse.js';

describe('parseYtd', () => {
  it.each([
    ['the builder output', ytd('tweets', 0, [{ tweet: { id_str: '1' } }]), [{ tweet: { id_str: '1' } }]],
    ['a trailing semicolon and newline', 'window.YTD.tweets.part3 = [ {"a": 1} ];\n', [{ a: 1 }]],
    ['a byte-order mark', '\uFEFFwindow.YTD.like.part0 = []', []],
    [
      'ids beyond 2^53 as strings',
      'window.YTD.tweets.part0 = [{"id_str":"1953333333333333333"}]',
      [{ id_str: '1953333333333333333' }],
    ],
  ])('reads %s', (_name, text, expected) => {
    expect(parseYtd(text)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['plain JSON', '[1, 2]', /^is not a window\.YTD assignment \(it starts with "\[1, 2\]"\)$/],
    ['an empty file', '', /^is not a window\.YTD assignment \(it is empty\)$/],
    ['another global', 'window.foo = []', /^is not a window\.YTD assignment/],
    ['an object', 'window.YTD.account.part0 = {"a": 1}', /^holds no a list after the window\.YTD assignment$/],
    [
      'a truncated file',
      'window.YTD.tweets.part0 = [ {"a": ',
      /^not valid JSON after the window\.YTD assignment \(.*\)$/,
    ],
  ])('explains %s', (_name, text, message) => {
    const parsed = parseYtd(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });

  it.each([
    ['a missing comma', 'window.YTD.tweets.part0 = [1, 2 x]', 'x', [1], '1 record(s) that could not be parsed'],
    [
      'a stray brace mid-file',
      'window.YTD.tweets.part0 = [{"a": 1,\n "isEditEligible"{ true,\n "b": 2}]',
      '{ true',
      undefined,
      '',
    ],
    ['a trailing comma', 'window.YTD.tweets.part0 = [1,]', ']', [1], 'all 1 of its records were read'],
  ])(
    'gives the JSON error position in the whole file, in one line, for %s, and keeps the good records',
    (_name, text, at, kept, note) => {
      const parsed = parseYtd(text);
      const message = parsed.ok ? parsed.damage : parsed.message;
      expect(message).not.toContain('\n');
      expect(message).toContain(`position ${text.lastIndexOf(at)}`);
      expect(message).toContain(note);
      expect(parsed.ok ? parsed.value : undefined).toEqual(kept);
    },
  );

  it('keeps every record but the damaged one, and the good ones after it', () => {
    const records = Array.from(
      { length: 5 },
      (_, n) => `{"tweet": {"id_str": "${n}", "full_text": "t, [${n}] \\"q\\""}}`,
    );
    records[2] = '{"tweet": {"id_str": "2", "full_text": "broken" "x": 1}}';
    const parsed = parseYtd(`window.YTD.tweets.part0 = [ ${records.join(',\n')} ]`);
    expect(parsed).toMatchObject({ ok: true, damage: expect.stringContaining('1 record(s) that could not be parsed') });
    expect(
      (parsed.ok ? parsed.value : []).map((record) => (record as { tweet: { id_str: string } }).tweet.id_str),
    ).toEqual(['0', '1', '3', '4']);
  });
});

describe('parseManifest and parseGrailbird', () => {
  it('reads window.__THAR_CONFIG', () => {
    expect(parseManifest('window.__THAR_CONFIG = {\n "userInfo" : { "accountId" : "1" }\n}')).toEqual({
      ok: true,
      value: { userInfo: { accountId: '1' } },
    });
    expect(parseManifest('window.YTD.x.part0 = []').ok).toBe(false);
  });

  it('reads Grailbird assignments', () => {
    expect(parseGrailbird('Grailbird.data.tweets_2015_01 = \n [ {"text": "hi"} ]', '[')).toMatchObject({
      ok: true,
      value: [{ text: 'hi' }],
    });
    expect(parseGrailbird('var user_details = { "id": "5" }', '{')).toMatchObject({ ok: true, value: { id: '5' } });
  });
});

describe('toIsoDate', () => {
  it.each([
    ['Sat Dec 06 18:20:30 +0000 2025', '2025-12-06T18:20:30.000Z'],
    [xDate('2024-02-29T23:59:59Z'), '2024-02-29T23:59:59.000Z'],
    ['2015-01-24 02:02:37 +0000', '2015-01-24T02:02:37.000Z'],
    ['2015-01-24 02:02:37 +0100', '2015-01-24T01:02:37.000Z'],
    ['2025-06-01T14:03:22.123Z', '2025-06-01T14:03:22.123Z'],
    ['2025-06-01T14:03:22Z', '2025-06-01T14:03:22.000Z'],
    ['Sat Dec 06 18:20:30 +0200 2025', '2025-12-06T16:20:30.000Z'],
  ])('%s → %s', (input, expected) => {
    expect(toIsoDate(input)).toBe(expected);
  });

  it.each([
    ['yesterday'],
    [''],
    [12345],
    [null],
    [undefined],
    ['Sat Dec 06 aa:bb:cc +0000 2025'],
    ['Sat Dec 06 25:20:30 +0000 2025'],
    ['2015-13-24 02:02:37 +0000'],
  ])('%s → null', (input) => {
    expect(toIsoDate(input)).toBeNull();
  });
});

describe('small helpers', () => {
  it('reads counts written as strings, never inventing one', () => {
    expect([toCount('12'), toCount(3), toCount(''), toCount('-1'), toCount('1.5'), toCount({})]).toEqual([
      12,
      3,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('takes a URL basename without the query', () => {
    expect(urlBasename('https://video.twimg.com/ext_tw_video/1/pu/vid/720x1280/aBc.mp4?tag=12')).toBe('aBc.mp4');
    expect(urlBasename('https://pbs.twimg.com/media/GmQx4bWaAAE1xYz.jpg')).toBe('GmQx4bWaAAE1xYz.jpg');
  });

  it('escapes only what X escapes', () => {
    expect(escapeX(`Q&A <b> "quotes" 'single'`)).toBe(`Q&amp;A &lt;b&gt; "quotes" 'single'`);
  });
});
