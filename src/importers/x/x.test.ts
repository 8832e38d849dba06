import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemSchema } from '../../core/item.js';
import { PERSONA } from '../../../test/fixtures/samples/persona.js';
import {
  buildGrailbirdArchive,
  buildLargeXArchive,
  buildTweet,
  buildXArchive,
  persona2019Archive,
  personaArchive,
  personaGrailbirdTweets,
  personaTweets,
  snowflake,
  type XMediaSpec,
  ytd,
} from '../../../test/fixtures/samples/x.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Account, Item } from '../../core/item.js';
import type { Problem } from '../../source/types.js';
import { openExport } from '../../source/open.js';
import { writeFolder, writeZip, type FileMap } from '../../../test/fixtures/samples/file-map.js';
import type { Importer } from '../types.js';
import { xImporter, xImporterStreamingFrom } from './index.js';

export interface Imported {
  input: string;
  detect: number;
  items: Item[];
  problems: Problem[];
  accounts: Account[];
  progress: [number, number][];
  byText(start: string): Item;
  ofKind(kind: Item['kind']): Item[];
}

const dirs: string[] = [];

/** Writes `files` as a folder (or a zip, optionally with one top-level folder), opens it and imports it. */
export async function importFiles(
  files: FileMap,
  as: { zip?: boolean; prefix?: string; importer?: Importer } = {},
): Promise<Imported> {
  const importer = as.importer ?? xImporter;
  const dir = mkdtempSync(join(tmpdir(), 'decorum-x-'));
  dirs.push(dir);
  const input = as.zip ? join(dir, 'archive.zip') : join(dir, 'archive');
  if (as.zip) await writeZip(input, files, as.prefix ?? '');
  else writeFolder(input, files);
  const problems: Problem[] = [];
  const source = await openExport(input, (problem) => problems.push(problem));
  const items: Item[] = [];
  const accounts: Account[] = [];
  const progress: [number, number][] = [];
  const detect = importer.detect(source);
  try {
    await importer.import(source, {
      item: (item) => items.push(item),
      problem: (problem) => problems.push(problem),
      account: (account) => accounts.push(account),
      position: () => {},
      progress: (done, total) => progress.push([done, total]),
    });
  } finally {
    await source.close();
  }
  return {
    input,
    detect,
    items,
    problems,
    accounts,
    progress,
    byText(start) {
      const found = items.find((item) => item.text.startsWith(start));
      if (!found) throw new Error(`no item starting with ${JSON.stringify(start)}`);
      return found;
    },
    ofKind: (kind) => items.filter((item) => item.kind === kind),
  };
}

export function cleanUp(): void {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

afterAll(cleanUp);

const PHOTOS = { bar: Buffer.from('bar-outing-jpeg'), neutral: Buffer.from('neutral-jpeg') };
const ME = PERSONA.xAccountId;
const at = (iso: string, n = 0) => ({ id: snowflake(iso, n), at: iso });

describe('X importer: the modern (tweets.js) archive', () => {
  let result: Imported;
  beforeAll(async () => {
    result = await importFiles(buildXArchive(personaArchive(PHOTOS)));
  });

  it('recognises the archive from its contents and reads every kind', () => {
    expect(result.detect).toBeGreaterThanOrEqual(0.9);
    expect(result.problems).toEqual([]);
    const counts: Record<string, number> = {};
    for (const item of result.items) counts[item.kind] = (counts[item.kind] ?? 0) + 1;
    expect(counts).toEqual({ profile: 1, post: 48, reply: 4, repost: 3, quote: 2, like: 6, message: 8 });
    for (const item of result.items) expect(() => itemSchema.parse(item)).not.toThrow();
  });

  it('keeps ids above 2^53 exactly, as strings', () => {
    const tweets = personaTweets();
    const ids = new Set(result.items.map((item) => item.id));
    for (const tweet of tweets) expect(ids.has(tweet.id)).toBe(true);
    const big = tweets.find((tweet) => String(Number(tweet.id)) !== tweet.id);
    expect(big).toBeDefined();
    expect(BigInt(big!.id)).toBeGreaterThan(2n ** 53n);
    expect(result.items.every((item) => typeof item.id === 'string')).toBe(true);
  });

  it('decodes HTML entities and maps time, engagement, url and locator', () => {
    const item = result.byText('Lunch & learn today');
    expect(item.text).toBe('Lunch & learn today: "Testing <Suspense> boundaries & async components". Slides soon!');
    expect(item.createdAt).toBe('2025-02-19T12:30:00.000Z');
    expect(item.engagement).toEqual({ likes: 17, reposts: 2 });
    expect(item.audience).toBe('public');
    expect(item.url).toBe(`https://x.com/${PERSONA.xHandle}/status/${item.id}`);
    expect(item.lang).toBe('en');
    expect(item.locator).toEqual({ input: result.input, file: 'data/tweets.js', index: 5 });
  });

  it('reports the account and the profile bio', () => {
    expect(result.accounts).toEqual([{ platform: 'x', id: ME, handle: PERSONA.xHandle, name: PERSONA.name }]);
    const profile = result.ofKind('profile')[0]!;
    expect(profile.id).toBe('profile');
    expect(profile.text).toContain('Software engineer at Contoso. TypeScript, testing & accessibility.');
    expect(profile.text).toContain('Seattle, Washington');
  });

  it('maps retweets, replies and quotes', () => {
    const retweet = result.byText('RT @rileychen:');
    expect(retweet.kind).toBe('repost');
    expect(retweet.author).toBe('rileychen');
    const reply = result.byText('@rileychen lmao');
    expect(reply.kind).toBe('reply');
    expect(reply.inReplyTo).toEqual({ id: snowflake('2025-07-29T09:00:00Z', 5), author: 'rileychen' });
    const quote = result.byText('Yikes, glad nobody');
    expect(quote.kind).toBe('quote');
    expect(quote.text).toBe('Yikes, glad nobody from work follows me here 😬');
    expect(quote.quoted).toEqual({ id: snowflake('2025-11-03T17:00:00Z', 8), author: 'rileychen' });
  });

  it('reads likes as public items without a date', () => {
    const likes = result.ofKind('like');
    expect(likes).toHaveLength(6);
    const bar = likes.find((like) => like.text.startsWith('who else is still at the bar'))!;
    expect(bar).toMatchObject({ audience: 'public', createdAt: null, id: snowflake('2025-03-22T01:00:00Z', 12) });
    expect(bar.url).toBe(`https://twitter.com/i/web/status/${bar.id}`);
    expect(likes.find((like) => like.author === 'tailspintoys')).toBeDefined();
    expect(likes.find((like) => like.text === '')).toBeDefined();
  });

  it('reads direct messages with direction, the other side, thread and media', () => {
    const messages = result.ofKind('message');
    expect(messages.every((message) => message.audience === 'private')).toBe(true);
    const sick = messages.find((message) => message.text.startsWith('calling in sick today'))!;
    const riley = { name: 'Riley Chen', handle: 'rileychen', url: 'https://x.com/i/user/2200000000000000011' };
    expect(sick).toMatchObject({ direction: 'outgoing', person: riley });
    expect(sick.thread).toBe([ME, '2200000000000000011'].sort().join('-'));
    const reply = messages.find((message) => message.text === 'haha classic. brunch instead?')!;
    expect(reply).toMatchObject({ direction: 'incoming', person: riley });
    const referral = messages.find((message) => message.text.startsWith('Saw the hiring post'))!;
    expect(referral.person).toEqual({
      name: 'Jordan Lee',
      handle: 'jordanlee_codes',
      url: 'https://x.com/i/user/2200000000000000012',
    });
    const photo = messages.find((message) => message.media.length)!;
    expect(photo.media[0]!.path).toBe(`data/direct_messages_media/${photo.id}-Hq3bar9kLmN.jpg`);
    const cv = messages.find((message) => message.text.startsWith('Of course!'))!;
    expect(cv.text).toBe('Of course! Send me their CV & I will pass it on.');
    const group = messages.find((message) => message.text.startsWith('Me! Pregaming'))!;
    expect(group).toMatchObject({
      direction: 'outgoing',
      thread: '1890000000000000042',
      person: { name: '2200000000000000011, 2200000000000000099' },
    });
    const stranger = messages.find((message) => message.text.startsWith('count me in'))!;
    expect(stranger.person).toEqual({ name: '2200000000000000099', url: 'https://x.com/i/user/2200000000000000099' });
  });

  it('flags deleted tweets, Circle tweets and long (note) posts', () => {
    const deleted = result.byText('honestly hate this job');
    expect(deleted.flags.deleted).toBe(true);
    expect(deleted.locator.file).toBe('data/deleted-tweets.js');
    const circle = result.byText('Circle only');
    expect(circle.audience).toBe('friends');
    expect(circle.flags.circle).toBe(true);
    const note = result.byText('Long post about the team offsite');
    const spec = personaTweets().find((tweet) => tweet.note)!;
    expect(note.id).toBe(spec.id);
    expect(note.text).toBe(spec.text);
    expect(note.text).toContain('I was so hammered I called in sick');
    expect(note.flags.note).toBe(true);
    const orphan = result.byText('Year in review, the long version');
    expect(orphan).toMatchObject({ kind: 'post', flags: { note: true }, locator: { file: 'data/note-tweet.js' } });
  });

  it('maps photos to their files in tweets_media', () => {
    const bar = result.byText('Friday night at The Tipsy Cow');
    expect(bar.media).toHaveLength(1);
    expect(bar.media[0]).toEqual({
      path: `data/tweets_media/${bar.id}-GmQx4bWaAAE1xYz.jpg`,
      type: 'photo',
      ref: 'https://pbs.twimg.com/media/GmQx4bWaAAE1xYz.jpg',
    });
  });

  it('reports progress per file up to the total', () => {
    const last = result.progress[result.progress.length - 1]!;
    expect(last[0]).toBe(last[1]);
    expect(last[1]).toBeGreaterThanOrEqual(10);
    expect(result.progress[0]).toEqual([0, last[1]]);
  });
});

describe('X importer: layouts and eras', () => {
  it('reads a zip with one top-level folder the same as the folder', async () => {
    const files = buildXArchive(personaArchive(PHOTOS));
    const zipped = await importFiles(files, { zip: true, prefix: 'twitter-2026-01-12-abc/' });
    expect(zipped.detect).toBeGreaterThanOrEqual(0.9);
    expect(zipped.problems).toEqual([]);
    expect(zipped.items).toHaveLength(72);
    const bar = zipped.byText('Friday night at The Tipsy Cow');
    expect(bar.media[0]!.path).toBe(`data/tweets_media/${bar.id}-GmQx4bWaAAE1xYz.jpg`);
    expect(bar.locator.input).toBe(zipped.input);
  });

  it('reads every split part of tweets.js (tweets-part1.js, tweets-part2.js)', async () => {
    const tweets = Array.from({ length: 9 }, (_, n) => ({
      ...at(`2025-03-0${n + 1}T10:00:00Z`, n),
      text: `post ${n}`,
    }));
    const files = buildXArchive({ tweets, parts: 3 });
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(['data/tweets.js', 'data/tweets-part1.js', 'data/tweets-part2.js']),
    );
    const result = await importFiles(files);
    expect(result.items.filter((item) => item.kind === 'post').map((item) => item.text)).toEqual(
      tweets.map((t) => t.text),
    );
    expect(result.items.find((item) => item.text === 'post 8')!.locator).toMatchObject({
      file: 'data/tweets-part2.js',
      index: 2,
    });
  });

  it('reads the 2019 era: tweet.js + tweet-part1.js, bare entries, no manifest, tweet_media/', async () => {
    const files = persona2019Archive(Buffer.from('jpeg'));
    expect(files['data/manifest.js']).toBeUndefined();
    expect(String(files['data/tweet.js'])).toMatch(/^window\.YTD\.tweet\.part0 = \[/);
    expect(String(files['data/tweet-part1.js'])).toMatch(/^window\.YTD\.tweet\.part1 = \[/);
    expect(String(files['data/tweet.js'])).not.toContain('"tweet"');
    const result = await importFiles(files);
    expect(result.problems).toEqual([]);
    expect(result.items.filter((item) => ['post', 'repost'].includes(item.kind))).toHaveLength(9);
    expect(result.byText("this damn project is going nowhere & management doesn't care")).toBeDefined();
    const photo = result.byText('Learning React hooks');
    expect(photo.media[0]!.path).toBe(`data/tweet_media/${photo.id}-EIj2kLqW4AA9xyz.jpg`);
    expect(result.byText('RT @samoneil_dev').author).toBe('samoneil_dev');
  });

  it('reads a Grailbird archive (2012–2018) with exact ids despite numeric id fields', async () => {
    const files = buildGrailbirdArchive(personaGrailbirdTweets());
    expect(String(files['data/js/tweets/2015_01.js'])).toMatch(/"id": \d{18}/);
    const result = await importFiles(files, { zip: true, prefix: 'tweets/' });
    expect(result.detect).toBeGreaterThanOrEqual(0.5);
    expect(result.problems).toEqual([]);
    const first = result.byText('Finally finished my CS homework');
    expect(first.id).toBe(personaGrailbirdTweets()[0]!.id);
    expect(first.createdAt).toBe('2015-01-24T02:02:37.000Z');
    expect(result.byText('Hackathon weekend: we built a bus tracker & won').kind).toBe('post');
    const retweet = result.ofKind('repost')[0]!;
    expect(retweet).toMatchObject({ author: 'seattle', text: 'Happy 4th of July from the Space Needle!' });
    expect(result.ofKind('reply')[0]!.inReplyTo?.author).toBe('rileychen');
    expect(result.accounts[0]).toMatchObject({ id: ME, handle: PERSONA.xHandle });
  });

  it('reads a Grailbird archive merged with a modern one (two inputs of one person seen as one source)', async () => {
    const modern = buildXArchive({ tweets: [{ ...at('2025-01-01T10:00:00Z', 1), text: 'modern era' }] });
    const result = await importFiles({ ...buildGrailbirdArchive(personaGrailbirdTweets()), ...modern });
    expect(result.byText('modern era').kind).toBe('post');
    expect(result.byText('Finally finished my CS homework')).toMatchObject({
      locator: { file: 'data/js/tweets/2015_01.js' },
    });
    expect(result.items).toHaveLength(8);
  });

  it.each([
    ['UTF-16LE with a byte-order mark', (text: string) => Buffer.from(`\ufeff${text}`, 'utf16le')],
    ['UTF-16LE without a byte-order mark', (text: string) => Buffer.from(text, 'utf16le')],
  ])('reads a tweets.js re-saved as %s from a zip', async (_name, encode) => {
    const files = buildXArchive({ tweets: [{ ...at('2025-02-01T10:00:00Z', 1), text: 'Grüße aus Köln 🍺 & more' }] });
    const result = await importFiles(
      { ...files, 'data/tweets.js': encode(String(files['data/tweets.js'])) },
      { zip: true },
    );
    expect(result.problems).toEqual([]);
    expect(result.byText('Grüße aus Köln 🍺 & more').kind).toBe('post');
  });

  it('reads an early 2019 zip with the .js files at its root (no data/ folder)', async () => {
    const files = buildXArchive({ era: 'tweet', tweets: [{ ...at('2019-03-01T10:00:00Z'), text: 'root level' }] });
    const flat = Object.fromEntries(
      Object.entries(files).map(([path, content]) => [path.replace(/^data\//, ''), content]),
    );
    const result = await importFiles(flat);
    expect(result.byText('root level').kind).toBe('post');
  });

  it('reads an unpacked data/ folder alone (opened at data/ itself), manifest paths and media included', async () => {
    const files = buildXArchive(personaArchive(PHOTOS));
    const dataOnly = Object.fromEntries(Object.entries(files).filter(([path]) => path.startsWith('data/')));
    const result = await importFiles(dataOnly);
    expect(result.problems).toEqual([]);
    expect(result.items).toHaveLength(72);
    const bar = result.byText('Friday night at The Tipsy Cow');
    expect(bar.media[0]!.path).toBe(`tweets_media/${bar.id}-GmQx4bWaAAE1xYz.jpg`);
    expect(bar.locator.file).toBe('tweets.js');
  });

  it('reads a Grailbird data/ folder alone', async () => {
    const files = buildGrailbirdArchive(personaGrailbirdTweets());
    const dataOnly = Object.fromEntries(Object.entries(files).filter(([path]) => path.startsWith('data/')));
    const result = await importFiles(dataOnly);
    expect(result.detect).toBeGreaterThanOrEqual(0.5);
    expect(result.items).toHaveLength(7);
  });

  it('does not claim exports that are not X archives', async () => {
    const result = await importFiles({
      'posts/your_posts_1.json': '[]',
      'data.js': 'var x = 1',
      'js/tweets/x.txt': '',
    });
    expect(result.detect).toBe(0);
    expect(result.items).toEqual([]);
    expect(result.problems).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/holds no X archive data .*nothing was read/) }),
    ]);
  });
});

describe('X importer: audience', () => {
  const tweets = [{ ...at('2025-05-01T10:00:00Z'), text: 'hello' }];

  it('protected-history ending in Protect makes every tweet friends-only and the account private', async () => {
    const result = await importFiles(buildXArchive({ tweets, protectedHistory: ['Unprotect', 'Protect'] }));
    expect(result.byText('hello').audience).toBe('friends');
    expect(result.accounts[0]!.isPrivate).toBe(true);
  });

  it('an account that was unprotected again is public', async () => {
    const result = await importFiles(buildXArchive({ tweets, protectedHistory: ['Protect', 'Unprotect'] }));
    expect(result.byText('hello').audience).toBe('public');
    expect(result.accounts[0]!.isPrivate).toBe(false);
  });

  it('a Circle tweet missing from tweets.js is still read from twitter-circle-tweet.js', async () => {
    const files = buildXArchive({
      tweets: [...tweets, { ...at('2025-05-02T10:00:00Z'), text: 'secret circle' }],
      circle: [],
    });
    const circleOnly = buildXArchive({
      tweets: [{ ...at('2025-05-02T10:00:00Z'), text: 'secret circle' }],
      circle: [snowflake('2025-05-02T10:00:00Z')],
    });
    files['data/twitter-circle-tweet.js'] = circleOnly['data/twitter-circle-tweet.js']!;
    files['data/tweets.js'] = buildXArchive({ tweets })['data/tweets.js']!;
    const result = await importFiles(files);
    const secret = result.byText('secret circle');
    expect(secret).toMatchObject({
      audience: 'friends',
      flags: { circle: true },
      locator: { file: 'data/twitter-circle-tweet.js' },
    });
    expect(result.items.filter((item) => item.text === 'secret circle')).toHaveLength(1);
  });
});

describe('X importer: long posts (note-tweet.js)', () => {
  const long = 'Starts one way. '.repeat(20) + 'And ends with the part tweets.js cut off.';

  it('matches a note whose start differs from the cut tweet when it is the only one at that second', async () => {
    const spec = { ...at('2025-09-01T10:00:00Z', 1), text: long, note: true };
    const files = buildXArchive({ tweets: [spec, { ...at('2025-09-01T10:00:00Z', 2), text: 'short, same second' }] });
    files['data/note-tweet.js'] = String(files['data/note-tweet.js']).replace(
      'Starts one way.',
      'Starts https://example.com',
    );
    const result = await importFiles(files);
    const item = result.items.find((candidate) => candidate.id === spec.id)!;
    expect(item.flags.note).toBe(true);
    expect(item.text.endsWith('And ends with the part tweets.js cut off.')).toBe(true);
    expect(result.byText('short, same second').flags.note).toBeUndefined();
    expect(result.items).toHaveLength(2);
  });

  it('keeps a note as its own post when no tweet fits it', async () => {
    const files = buildXArchive({
      tweets: [{ ...at('2025-09-01T10:00:00Z', 1), text: 'unrelated' }],
      orphanNotes: [{ id: '1900000000000000555', at: '2025-09-01T10:00:00.000Z', text: long }],
    });
    const result = await importFiles(files);
    expect(result.byText('unrelated').flags.note).toBeUndefined();
    expect(result.byText('Starts one way.')).toMatchObject({
      id: '1900000000000000555',
      kind: 'post',
      flags: { note: true },
    });
  });
});

describe('X importer: tweets kept in more than one file', () => {
  const one = { ...at('2025-08-01T10:00:00Z', 1), text: 'in both files' };
  const two = { ...at('2025-08-02T10:00:00Z', 2), text: 'only in tweets.js' };

  it('reports a tweet that is in tweets.js and deleted-tweets.js once, as deleted', async () => {
    const result = await importFiles(buildXArchive({ tweets: [one, two], deleted: [one] }));
    const copies = result.items.filter((item) => item.id === one.id);
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatchObject({ flags: { deleted: true }, locator: { file: 'data/deleted-tweets.js' } });
    expect(result.byText('only in tweets.js').flags.deleted).toBeUndefined();
  });

  it('reports a deleted Circle tweet once, as deleted and friends-only', async () => {
    const result = await importFiles(buildXArchive({ tweets: [one, two], deleted: [one], circle: [one.id] }));
    const copies = result.items.filter((item) => item.id === one.id);
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatchObject({ audience: 'friends', flags: { deleted: true, circle: true } });
  });

  it('reads community tweets missing from tweets.js, and does not repeat the ones in it', async () => {
    const community = { ...at('2025-08-03T10:00:00Z', 3), text: 'posted in a community' };
    const records = [one, community].map((spec) => ({ tweet: buildTweet(spec, PERSONA.xHandle, 'x').tweet }));
    const files = buildXArchive({
      tweets: [one, two],
      extra: { 'data/community-tweet.js': ytd('community_tweet', 0, records) },
    });
    const result = await importFiles(files);
    expect(result.problems).toEqual([]);
    expect(result.items.filter((item) => item.id === one.id)).toHaveLength(1);
    expect(result.byText('posted in a community')).toMatchObject({
      kind: 'post',
      locator: { file: 'data/community-tweet.js', index: 1 },
    });
  });

  it('works out the account from DM conversation ids when account.js and the manifest are missing', async () => {
    const friend = '2200000000000000011';
    const other = '2200000000000000012';
    const files = buildXArchive({
      tweets: [two],
      account: null,
      manifest: false,
      dms: [
        {
          id: `${ME}-${friend}`,
          messages: [
            {
              id: '1900000000000000101',
              senderId: ME,
              recipientId: friend,
              text: 'mine',
              at: '2025-08-04T10:00:00.000Z',
            },
          ],
        },
        {
          id: `${other}-${ME}`,
          messages: [
            {
              id: '1900000000000000102',
              senderId: other,
              recipientId: ME,
              text: 'theirs',
              at: '2025-08-04T11:00:00.000Z',
            },
          ],
        },
      ],
    });
    const result = await importFiles(files);
    expect(result.byText('mine')).toMatchObject({ direction: 'outgoing', person: { name: friend } });
    expect(result.byText('theirs')).toMatchObject({ direction: 'incoming', person: { name: other } });
    expect(result.byText('only in tweets.js').url).toBe(`https://x.com/i/web/status/${two.id}`);
  });
});

describe('X importer: quotes', () => {
  const quote = { screenName: 'devweekly', id: '1900000000000000777' };

  it('finds the quoted status under a trailing picture link and keeps only the own words', async () => {
    const spec = {
      ...at('2025-10-01T10:00:00Z', 1),
      text: 'So true',
      quote,
      media: [{ kind: 'photo' as const, mediaId: '81', name: 'Q.jpg', content: Buffer.from('q') }],
    };
    const result = await importFiles(buildXArchive({ tweets: [spec] }));
    expect(result.byText('So true')).toMatchObject({
      kind: 'quote',
      text: 'So true',
      quoted: { id: quote.id, author: 'devweekly' },
      media: [{ path: `data/tweets_media/${spec.id}-Q.jpg` }],
    });
  });

  it('keeps a reply that quotes a reply, with the quoted status beside it', async () => {
    const reply = { id: '1900000000000000778', screenName: 'rileychen', userId: '2200000000000000011' };
    const result = await importFiles(
      buildXArchive({ tweets: [{ ...at('2025-10-02T10:00:00Z', 1), text: 'look', reply, quote }] }),
    );
    expect(result.byText('@rileychen look')).toMatchObject({
      kind: 'reply',
      inReplyTo: { id: reply.id, author: 'rileychen' },
      quoted: { id: quote.id, author: 'devweekly' },
    });
  });

  it('does not take a status link in the middle of the text for a quote', async () => {
    const files = buildXArchive({ tweets: [{ ...at('2025-10-03T10:00:00Z', 1), text: 'see', quote }] });
    files['data/tweets.js'] = String(files['data/tweets.js']).replace(
      /"full_text": "see (https:\/\/t\.co\/\w+)"/,
      '"full_text": "see $1 and more words"',
    );
    const result = await importFiles(files);
    expect(result.byText('see https://t.co/')).toMatchObject({ kind: 'post' });
  });
});

describe('X importer: media mapping', () => {
  const id = snowflake('2025-06-01T10:00:00Z');
  const tweet = (media: XMediaSpec[]) => ({ id, at: '2025-06-01T10:00:00Z', text: 'with media', media });

  it('maps a video to its highest-bitrate mp4 variant file', async () => {
    const result = await importFiles(
      buildXArchive({
        tweets: [tweet([{ kind: 'video', mediaId: '77', name: 'aBcD.mp4', content: Buffer.from('mp4') }])],
      }),
    );
    const media = result.byText('with media').media[0]!;
    expect(media.type).toBe('video');
    expect(media.path).toBe(`data/tweets_media/${id}-aBcD.mp4`);
    expect(media.ref).toContain('/vid/aBcD.mp4');
  });

  it('falls back to the <tweetId>-* file when the name does not match, and null when nothing is there', async () => {
    const result = await importFiles(
      buildXArchive({
        tweets: [
          tweet([
            { kind: 'photo', mediaId: '78', name: 'One.jpg', content: Buffer.from('a'), storedAs: `${id}-renamed.jpg` },
            { kind: 'animated_gif', mediaId: '79', name: 'Two.mp4', content: null },
          ]),
        ],
      }),
    );
    const [first, second] = result.byText('with media').media;
    expect(first).toMatchObject({ type: 'photo', path: `data/tweets_media/${id}-renamed.jpg` });
    expect(second).toMatchObject({ type: 'gif', path: null });
  });

  it('drops the trailing pic link from the text of a tweet with media, and gives none to a plain tweet', async () => {
    const result = await importFiles(
      buildXArchive({
        tweets: [
          tweet([{ kind: 'photo', mediaId: '80', name: 'P.jpg', content: Buffer.from('a') }]),
          { ...at('2025-06-02T10:00:00Z'), text: 'plain https://t.co/abc' },
        ],
      }),
    );
    expect(result.byText('with media').text).toBe('with media');
    expect(result.byText('plain')).toMatchObject({ text: 'plain https://t.co/abc', media: [] });
  });
});

describe('X importer: bad input never throws', () => {
  const good = () =>
    buildXArchive({
      tweets: [
        { ...at('2025-07-01T10:00:00Z', 1), text: 'first' },
        { ...at('2025-07-02T10:00:00Z', 2), text: 'second' },
      ],
      likes: [{ tweetId: '1900000000000000001', text: 'liked' }],
      dms: [
        {
          id: `${ME}-2200000000000000011`,
          messages: [
            {
              id: '1900000000000000002',
              senderId: ME,
              recipientId: '2200000000000000011',
              text: 'hi',
              at: '2025-07-03T10:00:00.000Z',
            },
          ],
        },
      ],
    });

  it('reports malformed JSON in tweets.js with its position and still reads the rest', async () => {
    const files = good();
    files['data/tweets.js'] = String(files['data/tweets.js']).replace('"full_text"', '"full_text" "oops"');
    const result = await importFiles(files);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.file).toBe('data/tweets.js');
    expect(result.problems[0]!.message).toMatch(/^not valid JSON after the window\.YTD assignment \(.+position \d+/);
    const position = Number(/position (\d+)/.exec(result.problems[0]!.message)![1]);
    expect(String(files['data/tweets.js']).slice(position - 6, position + 8)).toContain('"oops"');
    expect(result.ofKind('like')).toHaveLength(1);
    expect(result.ofKind('message')).toHaveLength(1);
  });

  it('reads the other parts when one part is broken', async () => {
    const tweets = Array.from({ length: 6 }, (_, n) => ({
      ...at(`2025-03-0${n + 1}T10:00:00Z`, n),
      text: `post ${n}`,
    }));
    const files = buildXArchive({ tweets, parts: 3 });
    files['data/tweets-part1.js'] = 'window.YTD.tweets.part1 = [ { "tweet" : { ';
    const result = await importFiles(files);
    expect(result.problems.map((problem) => problem.file)).toEqual(['data/tweets-part1.js']);
    expect(result.items.map((item) => item.text)).toEqual(['post 0', 'post 1', 'post 4', 'post 5']);
  });

  it('reports a file that is not a window.YTD assignment', async () => {
    const files = good();
    files['data/like.js'] = '<html>Rate limit exceeded</html>';
    const result = await importFiles(files);
    expect(result.problems).toEqual([
      {
        file: 'data/like.js',
        message: 'is not a window.YTD assignment (it starts with "<html>Rate limit exceeded</html>")',
      },
    ]);
    expect(result.items.map((item) => item.text)).toEqual(['first', 'second', 'hi']);
  });

  it('skips records of the wrong shape with one summary per file, and ignores wrong-typed fields', async () => {
    const files = good();
    const records = JSON.parse(String(files['data/tweets.js']).replace(/^[^[]*/, '')) as {
      tweet: Record<string, unknown>;
    }[];
    records[0]!.tweet.id_str = 12345;
    records[0]!.tweet.id = 12345;
    records[1]!.tweet.favorite_count = { many: true };
    records[1]!.tweet.created_at = 'yesterday-ish';
    records.push('just a string' as never, { tweet: { id_str: '1900000000000000009' } } as never);
    files['data/tweets.js'] = `window.YTD.tweets.part0 = ${JSON.stringify(records)};`;
    const result = await importFiles(files);
    expect(result.problems).toEqual([
      {
        file: 'data/tweets.js',
        message: 'skipped 3 of 4 records with an unexpected shape (first: record 0: id_str is missing or not a string)',
      },
      {
        file: 'data/tweets.js',
        message:
          'ignored 2 field value(s) of the wrong type (created_at, favorite_count); the rest of those records was read',
      },
    ]);
    const second = result.byText('second');
    expect(second.createdAt).toBeNull();
    expect(second.engagement).toEqual({ reposts: 0 });
  });

  it('names unknown data files once, and stays quiet about files X always has', async () => {
    const files = good();
    files['data/mystery-feature.js'] = 'window.YTD.mystery_feature.part0 = []';
    const result = await importFiles(files);
    expect(result.problems).toEqual([
      { file: 'data/', message: '1 data file(s) not recognised and not read: mystery-feature.js' },
    ]);
    expect(files['data/follower.js']).toBeDefined();
  });

  it('falls back to file names when the manifest is broken, and says so', async () => {
    const files = good();
    files['data/manifest.js'] = 'window.__THAR_CONFIG = { "userInfo": ';
    const result = await importFiles(files);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ file: 'data/manifest.js' });
    expect(result.problems[0]!.message).toMatch(
      /not valid JSON after the window\.__THAR_CONFIG assignment .*file names were guessed/,
    );
    expect(result.items.map((item) => item.text)).toEqual(['first', 'second', 'liked', 'hi']);
  });

  it('reports files the manifest lists but the archive lacks', async () => {
    const files = good();
    delete files['data/like.js'];
    const result = await importFiles(files);
    expect(result.problems).toEqual([
      { file: 'data/manifest.js', message: 'lists 1 file(s) that are not in the archive: data/like.js' },
    ]);
  });

  it('reports an archive without a tweets file and reads the rest', async () => {
    const files = good();
    delete files['data/tweets.js'];
    const result = await importFiles(files);
    expect(result.problems.map((problem) => problem.message)).toContain(
      'holds no tweets file (tweets.js, tweet.js or js/tweets/); only the other files were read',
    );
    expect(result.ofKind('like')).toHaveLength(1);
  });

  it('reports a zip without data/ and reads nothing', async () => {
    const result = await importFiles({ 'README.txt': 'hello', 'photos/a.jpg': 'x' }, { zip: true });
    expect(result.detect).toBe(0);
    expect(result.items).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.file).toBe(result.input);
  });
});

const streaming = xImporterStreamingFrom(0);

describe('X importer: tweets files streamed record by record', () => {
  const tweets = Array.from({ length: 9 }, (_, n) => ({
    id: snowflake(`2025-03-0${n + 1}T10:00:00Z`, n),
    at: `2025-03-0${n + 1}T10:00:00Z`,
    text: `post ${n} "quoted", [bracketed] {braced} ✓`,
  }));

  it.each([
    ['the persona archive, zipped in a folder', buildXArchive(personaArchive({})), { zip: true, prefix: 'twitter/' }],
    ['the persona archive, unpacked', buildXArchive(personaArchive({})), {}],
    ['three split parts', buildXArchive({ tweets, parts: 3 }), { zip: true }],
    ['2,500 generated tweets (more than one batch)', buildLargeXArchive(2_500, 2_500), { zip: true }],
  ])('give the same items, problems and progress as files read whole: %s', async (_name, files, as) => {
    const whole = await importFiles(files, as);
    const streamed = await importFiles(files, { ...as, importer: streaming });
    expect(whole.items.length).toBeGreaterThan(8);
    const comparable = (result: typeof whole) => ({
      items: result.items.map((item) => ({ ...item, locator: { ...item.locator, input: '' } })),
      problems: result.problems.map((problem) => problem.message),
      progress: result.progress,
      accounts: result.accounts,
    });
    expect(comparable(streamed)).toEqual(comparable(whole));
  });

  it('skips a damaged record, keeps the ones after it, and says where it was', async () => {
    const files = buildXArchive({ tweets });
    const text = files['data/tweets.js'] as string;
    const broken = text.replace('"full_text": "post 3', '"full_text" "post 3');
    expect(broken).not.toBe(text);
    files['data/tweets.js'] = broken;
    const whole = await importFiles(files);
    const streamed = await importFiles(files, { importer: streaming });
    const texts = (result: typeof whole) =>
      result.items.filter((item) => item.kind === 'post').map((item) => item.text);
    expect(texts(streamed)).toEqual(texts(whole));
    expect(texts(streamed)).toHaveLength(8);
    const problem = streamed.problems.find((p) => p.file === 'data/tweets.js')?.message;
    expect(problem).toMatch(
      /^not valid JSON after the window\.YTD assignment: 1 record\(s\) .* skipped \(the first at byte \d+\) and the other 8 read$/,
    );
  });

  it('refuses a tweets file that is not a window.YTD assignment, as when read whole', async () => {
    const files = buildXArchive({ tweets });
    files['data/tweets.js'] =
      `var tweets = ${(files['data/tweets.js'] as string).slice((files['data/tweets.js'] as string).indexOf('['))}`;
    const whole = await importFiles(files);
    const streamed = await importFiles(files, { importer: streaming });
    const message = (result: typeof whole) => result.problems.find((p) => p.file === 'data/tweets.js')?.message;
    expect(message(streamed)).toMatch(/^is not a window\.YTD assignment \(it starts with "var tweets/);
    expect(message(streamed)).toBe(message(whole));
    expect(streamed.items.filter((item) => item.kind === 'post')).toHaveLength(0);
  });
});
