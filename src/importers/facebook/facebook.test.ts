import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FACEBOOK_HOME_ADDRESS,
  facebookExportFiles,
  facebookPaths,
  facebookSplitParts,
  metaJson,
} from '../../../test/fixtures/samples/facebook.js';
import { writeZip, type FileMap } from '../../../test/fixtures/samples/file-map.js';
import { instagramExportFiles } from '../../../test/fixtures/samples/instagram.js';
import { itemSchema, type Item } from '../../core/item.js';
import { mergeSources, openExport } from '../../source/open.js';
import type { ExportSource } from '../../source/types.js';
import { instagramImporter } from '../instagram/index.js';
import { collectingSink, memorySource } from '../../../test/fixtures/memory-source.js';
import { commentAuthorFromTitle, FACEBOOK_HTML_REASON, facebookImporter, isBoilerplateTitle } from './index.js';

async function importFrom(source: ExportSource) {
  const collected = collectingSink();
  await facebookImporter.import(source, collected.sink);
  return collected;
}

const byText = (items: readonly Item[], fragment: string): Item => {
  const found = items.find((item) => item.text.includes(fragment));
  if (!found) throw new Error(`no item with "${fragment}"`);
  return found;
};

let files2024: FileMap;
let files2022: FileMap;

beforeAll(async () => {
  files2024 = await facebookExportFiles({ layout: '2024' });
  files2022 = await facebookExportFiles({ layout: '2022' });
});

describe.each(['2024', '2022'] as const)('Facebook export, %s layout', (layout) => {
  const files = (): FileMap => (layout === '2024' ? files2024 : files2022);

  it('is recognised as Facebook and not as Instagram', () => {
    const source = memorySource(files());
    expect(facebookImporter.detect(source)).toBeGreaterThanOrEqual(0.9);
    expect(instagramImporter.detect(source)).toBeLessThan(0.5);
    expect(facebookImporter.unsupportedReason?.(source)).toBeNull();
  });

  it('reads every kind of record with valid Items and no problems', async () => {
    const { items, problems } = await importFrom(memorySource(files()));
    expect(problems).toEqual([]);
    for (const item of items) expect(itemSchema.safeParse(item).success).toBe(true);
    const kinds = new Map<string, number>();
    for (const item of items) kinds.set(item.kind, (kinds.get(item.kind) ?? 0) + 1);
    expect(Object.fromEntries(kinds)).toEqual({
      profile: 1,
      post: 9,
      photo: 4,
      comment: 5,
      like: 3,
      connection: 4,
      request: 13,
      message: 15,
    });
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
  });

  it('maps the bar post: text, place, media with exif location, audience unknown, derived id', async () => {
    const { items } = await importFrom(memorySource(files()));
    const bar = byText(items, 'Third round at the Tipsy Cow');
    expect(bar.kind).toBe('post');
    expect(bar.audience).toBe('unknown');
    expect(bar.id).toMatch(/^fb-1763161500-[0-9a-f]{10}$/);
    expect(bar.createdAt).toBe('2025-11-14T23:05:00.000Z');
    expect(bar.place).toEqual({ name: 'The Tipsy Cow Taproom', geo: { latitude: 47.61371, longitude: -122.34598 } });
    expect(bar.media).toHaveLength(1);
    expect(bar.media[0]).toMatchObject({
      path: `${facebookPaths(layout).media}YourPosts_8kq2/438120095_10233801947361025_7735581900335468_n.jpg`,
      type: 'photo',
      geo: { latitude: 47.61371, longitude: -122.34598 },
      takenAt: '2025-11-14T22:41:00.000Z',
      camera: 'Apple iPhone 14',
    });
    expect(bar.text).toBe(
      'Third round at the Tipsy Cow with the crew 🍻 absolutely wasted already, no regrets\n\nAlex Morgan is at The Tipsy Cow Taproom.',
    );
    expect(bar.locator).toEqual({ input: 'memory', file: facebookPaths(layout).posts, index: 0 });
  });

  it('keeps risky text intact, links from attachments, and the title when a post has no text', async () => {
    const { items } = await importFrom(memorySource(files()));
    expect(byText(items, 'Pick it up at').text).toContain(FACEBOOK_HOME_ADDRESS);
    expect(byText(items, 'write-up').text).toBe(
      'Great write-up on what is new in TypeScript.\nhttps://devblogs.example.com/typescript-5-9',
    );
    expect(byText(items, 'Fika in Malmö').text).toContain('café by the harbour');
    expect(items.some((item) => item.kind === 'post' && item.text === 'Alex Morgan updated his cover photo.')).toBe(
      true,
    );
  });

  it('lists album and uncategorised photos once (not the one already in a post) and keeps missing videos', async () => {
    const { items } = await importFrom(memorySource(files()));
    const photos = items.filter((item) => item.kind === 'photo');
    expect(photos.map((item) => item.text).sort()).toEqual([
      'Green Lake at sunset',
      'Karaoke at 1am, do not show this to HR',
      'NYE party at mine, bring your own booze',
      'Summer 2025',
    ]);
    expect(byText(photos, 'NYE party').media[0]?.geo).toEqual({ latitude: 47.61495, longitude: -122.31952 });
    expect(byText(photos, 'Karaoke').media[0]).toMatchObject({ path: null, type: 'video' });
  });

  it('attributes comments to the owner of the commented content', async () => {
    const { items } = await importFrom(memorySource(files()));
    const comments = items.filter((item) => item.kind === 'comment');
    expect(comments.map((item) => [item.text, item.author])).toEqual([
      ['You were even drunker than me 😂', 'Riley Chen'],
      ['Standup is pointless anyway, I just mute and play games', 'Jordan Lee'],
      ['Thanks everyone!', 'Alex Morgan'],
      ['Congrats Zoë! 🎉', 'Zoë Ångström'],
      ['Management there has no clue, trust me', 'Morgan Diaz'],
    ]);
  });

  it('reads messages from every folder with direction, person, thread and private audience', async () => {
    const { items } = await importFrom(memorySource(files()));
    const messages = items.filter((item) => item.kind === 'message');
    expect(messages.every((item) => item.audience === 'private')).toBe(true);
    const skip = byText(messages, 'Cover for me at standup');
    expect(skip).toMatchObject({ direction: 'outgoing', person: { name: 'Jordan Lee' } });
    expect(skip.thread).toMatch(/^inbox\/jordanlee_\d+$/);
    expect(skip.createdAt).toBe('2026-01-19T21:00:00.000Z');
    expect(byText(messages, 'sprint report')).toMatchObject({ direction: 'incoming', person: { name: 'Priya Raman' } });
    expect(byText(messages, 'business opportunity').thread).toMatch(/^message_requests\//);
    expect(byText(messages, 'Happy birthday').thread).toMatch(/^archived_threads\//);
    const photo = messages.find((item) => item.media.length > 0);
    expect(photo?.media[0]?.path).toMatch(
      /messages\/inbox\/rileychen_\d+\/photos\/438120099_10233805947361029_5561209983345122_n\.jpg$/,
    );
  });

  it('reads friends as connections and keeps every request state, accented and other-script names intact', async () => {
    const { items } = await importFrom(memorySource(files()));
    const friends = items.filter((item) => item.kind === 'connection');
    expect(friends.map((item) => item.person?.name)).toEqual([
      'Riley Chen',
      'Casey Jordan',
      'Noor Haddad',
      'Pat Morgan',
    ]);
    expect(friends[0]).toMatchObject({ audience: 'private', text: '', createdAt: '2025-02-01T12:00:00.000Z' });
    const requests = items.filter((item) => item.kind === 'request');
    const states = requests.map((item) => [item.person?.name, item.flags.requestState, item.direction]);
    expect(states).toContainEqual(['Taylor Brooks', 'received', 'incoming']);
    expect(states).toContainEqual(['Sam O’Neil', 'received', 'incoming']);
    expect(states).toContainEqual(['Zoë Ångström', 'received', 'incoming']);
    expect(states).toContainEqual(['李伟', 'received', 'incoming']);
    expect(states).toContainEqual(['Dana Whitfield', 'sent', 'outgoing']);
    expect(states).toContainEqual(['李伟', 'rejected', 'incoming']);
    expect(states).toContainEqual(['Dmitri Volkov', 'removed', 'outgoing']);
  });

  it('reads the profile: account, every employer as a position, bio-like fields as a profile item', async () => {
    const { items, accounts, positions } = await importFrom(memorySource(files()));
    expect(accounts).toEqual([{ platform: 'facebook', name: 'Alex Morgan', handle: 'alex.morgan.77' }]);
    expect(positions).toEqual([
      { platform: 'facebook', company: 'Contoso Ltd.', title: 'Software Engineer', startedOn: '2022-03' },
      {
        platform: 'facebook',
        company: 'Fabrikam, Inc.',
        title: 'Junior Developer',
        startedOn: '2019-06',
        finishedOn: '2022-02',
      },
      {
        platform: 'facebook',
        company: 'Northwind Traders',
        title: 'IT Intern',
        startedOn: '2018-05',
        finishedOn: '2019-05',
      },
    ]);
    const profile = items.find((item) => item.kind === 'profile');
    expect(profile?.id).toBe('profile');
    expect(profile?.text).toContain(
      'About: Software engineer in Seattle. Coffee, code and climbing — and the occasional pint.',
    );
    expect(profile?.text).toContain('Phone: +12065550143');
  });

  it('reads posts and comments in groups', async () => {
    const { items } = await importFrom(memorySource(files()));
    const post = byText(items, "I work there and even I wouldn't install it");
    expect(post).toMatchObject({ kind: 'post', audience: 'unknown', createdAt: '2026-02-12T21:30:00.000Z' });
    expect(post.text).not.toContain('posted in');
    expect(post.locator.file).toMatch(/groups\/(group_posts_and_comments|your_posts_in_groups)\.json$/);
    expect(byText(items, 'Management there has no clue')).toMatchObject({ kind: 'comment', author: 'Morgan Diaz' });
  });

  it('reads liked pages as public likes', async () => {
    const { items } = await importFrom(memorySource(files()));
    const likes = items.filter((item) => item.kind === 'like');
    expect(likes.map((item) => item.text)).toEqual([
      'Contoso Ltd.',
      'Seattle Craft Beer Week',
      'Tequila Tuesdays — Get Wasted Till You Drop',
    ]);
    expect(likes[0]).toMatchObject({
      audience: 'public',
      author: 'Contoso Ltd.',
      url: 'https://www.facebook.com/contoso',
      createdAt: '2022-03-15T09:00:00.000Z',
    });
  });

  it('gives the same ids on every import', async () => {
    const first = await importFrom(memorySource(files()));
    const second = await importFrom(memorySource(await facebookExportFiles({ layout })));
    expect(second.items.map((item) => item.id)).toEqual(first.items.map((item) => item.id));
  });
});

describe('Facebook split download', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'decorum-fb-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('recognises the media-only part 2 as Facebook and merges both zips so post photos resolve', async () => {
    const [part1, part2] = await facebookSplitParts();
    await writeZip(join(dir, 'part1.zip'), part1);
    await writeZip(join(dir, 'part2.zip'), part2);
    const problems: unknown[] = [];
    const one = await openExport(join(dir, 'part1.zip'), (problem) => problems.push(problem));
    const two = await openExport(join(dir, 'part2.zip'), (problem) => problems.push(problem));
    expect(one.paths.some((path) => path.includes('.DS_Store') || path.includes('__MACOSX'))).toBe(false);
    expect(facebookImporter.detect(two)).toBeGreaterThanOrEqual(0.5);
    expect(facebookImporter.detect(two)).toBeGreaterThan(instagramImporter.detect(two));

    const alone = await importFrom(one);
    expect(byText(alone.items, 'Third round').media[0]?.path).toBeNull();

    const merged = await importFrom(mergeSources([one, two]));
    expect(merged.problems).toEqual([]);
    const bar = byText(merged.items, 'Third round');
    expect(bar.media[0]?.path).toBe(
      'your_facebook_activity/posts/media/YourPosts_8kq2/438120095_10233801947361025_7735581900335468_n.jpg',
    );
    expect(bar.locator.input).toBe(join(dir, 'part1.zip'));
    expect((await mergeSources([one, two]).read(bar.media[0]?.path as string)).subarray(0, 2)).toEqual(
      Buffer.from([0xff, 0xd8]),
    );
    await one.close();
    await two.close();
    expect(problems).toEqual([]);
  });

  it('finds photos when the media part was zipped without a top folder and its your_facebook_activity/ stepped into', async () => {
    const json = Object.fromEntries(Object.entries(files2024).filter(([path]) => path.endsWith('.json')));
    const media = Object.fromEntries(Object.entries(files2024).filter(([path]) => !path.endsWith('.json')));
    const part2 = memorySource(media, 'part2');
    expect(part2.paths.every((path) => !path.startsWith('your_facebook_activity/'))).toBe(true);
    expect(facebookImporter.detect(part2)).toBeGreaterThanOrEqual(0.5);
    const { items, problems } = await importFrom(mergeSources([memorySource(json, 'part1'), part2]));
    expect(problems).toEqual([]);
    expect(byText(items, 'Third round').media[0]?.path).toBe(
      'posts/media/YourPosts_8kq2/438120095_10233801947361025_7735581900335468_n.jpg',
    );
    const photo = items.find((item) => item.kind === 'message' && item.media.length > 0);
    expect(photo?.media[0]?.path).toMatch(/^messages\/inbox\/rileychen_\d+\/photos\//);
  });

  it('recognises a Messenger-only part as Facebook', () => {
    const part = memorySource({
      'your_facebook_activity/messages/inbox/rileychen_1/photos/1.jpg': 'x',
      'your_facebook_activity/messages/inbox/rileychen_1/message_1.json': '{}',
    });
    expect(part.paths[0]).toMatch(/^messages\/inbox\//); // stepped into your_facebook_activity/
    expect(facebookImporter.detect(part)).toBeGreaterThanOrEqual(0.5);
    expect(instagramImporter.detect(part)).toBeLessThan(0.5);
  });

  it('says what is missing when only the media part is given', async () => {
    const [, part2] = await facebookSplitParts();
    const { items, problems } = await importFrom(memorySource(part2, 'part2.zip'));
    expect(items).toEqual([]);
    expect(problems).toEqual([{ file: 'part2.zip', message: expect.stringContaining('only photos and videos') }]);
  });
});

describe('Facebook detection and unsupported exports', () => {
  it('explains the HTML export', () => {
    const html = memorySource({
      'index.html': '<html></html>',
      'your_facebook_activity/posts/your_posts_1.html': '<html></html>',
      'your_facebook_activity/messages/inbox/rileychen_1/message_1.html': '<html></html>',
    });
    expect(facebookImporter.unsupportedReason?.(html)).toBe(FACEBOOK_HTML_REASON);
    expect(memorySource({ 'posts_1.html': 'x' }).paths).toEqual(['posts_1.html']);
    expect(facebookImporter.unsupportedReason?.(memorySource({ 'posts_1.html': 'x' }))).toBe(FACEBOOK_HTML_REASON);
    expect(facebookImporter.unsupportedReason?.(memorySource({ 'index.html': 'x' }))).toBe(FACEBOOK_HTML_REASON);
  });

  it('leaves an Instagram export and unrelated folders alone', async () => {
    const instagram = memorySource(await instagramExportFiles({ era: '2023' }));
    expect(facebookImporter.detect(instagram)).toBeLessThan(0.5);
    expect(facebookImporter.detect(memorySource({ 'data/tweets.js': 'x', 'data/manifest.js': 'y' }))).toBe(0);
    expect(facebookImporter.detect(memorySource({ 'Connections.csv': 'a,b' }))).toBe(0);
  });
});

describe('Facebook bad input', () => {
  it('names a truncated file, keeps its complete records and still reads the rest', async () => {
    const paths = facebookPaths('2024');
    const text = files2024[paths.comments] as string;
    const whole = (await importFrom(memorySource(files2024))).items.filter(
      (item) => item.locator.file === paths.comments,
    );
    const cut = text.lastIndexOf('"title"'); // inside the last comment: every one before it is complete
    const { items, problems } = await importFrom(memorySource({ ...files2024, [paths.comments]: text.slice(0, cut) }));
    expect(problems).toEqual([
      {
        file: paths.comments,
        message: expect.stringMatching(
          new RegExp(
            `^is not valid JSON .*; 1 record\\(s\\) that could not be parsed were skipped and the other ${whole.length - 1} read$`,
          ),
        ),
      },
    ]);
    expect(items.filter((item) => item.locator.file === paths.comments)).toEqual(whole.slice(0, -1));
    expect(items.filter((item) => item.kind === 'post')).toHaveLength(9);
  });

  it('keeps the records after a damaged one in a bare list', async () => {
    const paths = facebookPaths('2024');
    const posts = `[{"timestamp": 1767225600, "data": [{"post": "first"}]},
      {"timestamp": 1767225601, "data": [{"post": "broken"}] "title": "x"},
      {"timestamp": 1767225602, "data": [{"post": "third, with [brackets] and \\"quotes\\" in it"}]}]`;
    // a root file keeps the lone posts file from being stepped into as a single top folder
    const { items, problems } = await importFrom(memorySource({ 'README.txt': 'export', [paths.posts]: posts }));
    expect(items.map((item) => item.text)).toEqual(['first', 'third, with [brackets] and "quotes" in it']);
    expect(problems).toEqual([
      {
        file: paths.posts,
        message: expect.stringContaining('1 record(s) that could not be parsed were skipped and the other 2 read'),
      },
    ]);
  });

  it('keeps every post of a file when one post is nested 100,000 levels deep', async () => {
    const paths = facebookPaths('2024');
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const posts = `[{"timestamp": 1767225600, "data": [{"post": "first"}]},
      {"timestamp": 1767225601, "data": ${deep}},
      {"timestamp": 1767225602, "data": [{"post": "caf\\u00c3\\u00a9 after the deep one"}]}]`;
    const { items, problems } = await importFrom(memorySource({ [paths.posts]: posts }));
    expect(problems).toEqual([]);
    expect(items.map((item) => item.text)).toEqual(['first', 'café after the deep one']);
  });

  it.each([
    [
      'with a byte-order mark',
      (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    ],
    ['without a byte-order mark', (text: string) => Buffer.from(text, 'utf16le')],
    ['big-endian', (text: string) => Buffer.from(`\ufeff${text}`, 'utf16le').swap16()],
  ])('reads a posts file saved as UTF-16 %s', async (_name, encode) => {
    const paths = facebookPaths('2024');
    const posts = metaJson([{ timestamp: 1767225600, data: [{ post: 'Zoë’s first day 🍻' }] }]);
    const { items, problems } = await importFrom(memorySource({ [paths.posts]: encode(posts) }));
    expect(problems).toEqual([]);
    expect(items.map((item) => item.text)).toEqual(['Zoë’s first day 🍻']);
  });

  it('reports wrong types per file once, with the count of bad records, and keeps the good ones', async () => {
    const paths = facebookPaths('2024');
    const { items, problems } = await importFrom(
      memorySource({
        [paths.posts]: metaJson([{ timestamp: 1767225600, data: [{ post: 'fine' }] }, 42, 'x', null]),
        [paths.profile]: metaJson({ profile_v2: 'not an object' }),
        [`${paths.friendsDir}${paths.friends}`]: metaJson({ friends_v2: [{ name: 7 }, { name: 'Riley Chen' }] }),
      }),
    );
    expect(items.map((item) => item.text || item.person?.name)).toEqual(['fine', 'Riley Chen']);
    expect(problems).toEqual([
      { file: paths.profile, message: expect.stringContaining('expected shape') },
      { file: paths.posts, message: '3 records could not be read; the first: post 1 is not an object' },
      { file: `${paths.friendsDir}${paths.friends}`, message: 'entry 0 has no name' },
    ]);
  });

  it('reports an unknown layout once', async () => {
    const { items, problems } = await importFrom(
      memorySource({ 'your_facebook_activity/new_thing/x.json': '{}' }, 'fb.zip'),
    );
    expect(items).toEqual([]);
    expect(problems).toEqual([{ file: 'fb.zip', message: expect.stringContaining('layout Decorum knows') }]);
  });

  it('guesses no owner from a single thread: nobody can be told apart', async () => {
    const thread = Object.keys(files2024).find((path) => /inbox\/jordanlee_\d+\/message_1\.json$/.test(path));
    const { items } = await importFrom(memorySource({ [thread as string]: files2024[thread as string] as string }));
    expect(items.filter((item) => item.kind === 'message')).toHaveLength(3);
    expect(items.every((item) => item.direction === 'incoming')).toBe(true);
    expect(byText(items, 'Cover for me').person?.name).toBe('Alex Morgan');
  });

  it('guesses the owner from the threads when the profile is missing', async () => {
    const files = Object.fromEntries(
      Object.entries(files2024).filter(([path]) => !path.includes('profile_information')),
    );
    const { items } = await importFrom(memorySource(files));
    expect(byText(items, 'Cover for me')).toMatchObject({ direction: 'outgoing', person: { name: 'Jordan Lee' } });
    expect(byText(items, 'sprint report')).toMatchObject({ direction: 'incoming', person: { name: 'Priya Raman' } });
  });
});

describe('post titles', () => {
  it.each([
    ['Alex Morgan updated his status.', true],
    ['Alex Morgan shared a link.', true],
    ["Alex Morgan shared Jordan Lee's post.", true],
    ['Alex Morgan added 3 new photos.', true],
    ['Alex Morgan posted in Seattle Devs.', true],
    ['Alex Morgan updated her cover photo.', true],
    ['Alex Morgan is at The Tipsy Cow Taproom.', false],
    ['Alex Morgan is feeling wasted with Riley Chen.', false],
    ['Alex Morgan was at Contoso HQ.', false],
  ])('%s → boilerplate %s', (title, boilerplate) => {
    expect(isBoilerplateTitle(title)).toBe(boilerplate);
  });

  it('keeps a title that says more than the kind of post with the text', async () => {
    const { items } = await importFrom(memorySource(files2024));
    expect(byText(items, 'So hungover').text).toMatch(/Tuesday again 🤢\n\nAlex Morgan is feeling sick\.$/);
    expect(byText(items, 'Finished the Seattle 10k').text).not.toContain('updated his status');
  });
});

describe('comment titles', () => {
  it.each([
    ["Alex Morgan commented on Riley Chen's photo.", 'Riley Chen'],
    ['Alex Morgan replied to James’ comment.', 'James'],
    ["Alex Morgan commented on Zoë Ångström's post.", 'Zoë Ångström'],
    ['Alex Morgan commented on his own post.', 'Alex Morgan'],
    ['Alex Morgan commented on a post.', undefined],
    ['', undefined],
  ])('%s → %s', (title, author) => {
    expect(commentAuthorFromTitle(title, 'Alex Morgan')).toBe(author);
  });
});
