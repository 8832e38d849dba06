import { describe, expect, it } from 'vitest';
import { facebookExportFiles, metaJson } from '../../../test/fixtures/samples/facebook.js';
import { instagramExportFiles, type InstagramEra } from '../../../test/fixtures/samples/instagram.js';
import { itemSchema, type Item } from '../../core/item.js';
import { mergeSources } from '../../source/open.js';
import type { ExportSource } from '../../source/types.js';
import { facebookImporter } from '../facebook/index.js';
import { collectingSink, memorySource } from '../../../test/fixtures/memory-source.js';
import { INSTAGRAM_HTML_REASON, instagramImporter } from './index.js';
import { localized, truthy } from './keys.js';

async function importFrom(source: ExportSource) {
  const collected = collectingSink();
  await instagramImporter.import(source, collected.sink);
  return collected;
}

const byText = (items: readonly Item[], fragment: string): Item => {
  const found = items.find((item) => item.text.includes(fragment));
  if (!found) throw new Error(`no item with "${fragment}"`);
  return found;
};

const handlesOf = (items: readonly Item[], kind: string, direction: string): string[] =>
  items.filter((item) => item.kind === kind && item.direction === direction).map((item) => item.person?.handle ?? '');

describe.each(['2022', '2023', '2025'] as const)('Instagram export, %s layout', (era: InstagramEra) => {
  it('is recognised as Instagram and not as Facebook', async () => {
    const source = memorySource(await instagramExportFiles({ era }));
    expect(instagramImporter.detect(source)).toBeGreaterThanOrEqual(0.9);
    expect(facebookImporter.detect(source)).toBeLessThan(0.5);
  });

  it('reads posts, stories, reels, archived posts, profile photos, comments, relations and the profile', async () => {
    const { items, problems, accounts } = await importFrom(memorySource(await instagramExportFiles({ era })));
    expect(problems).toEqual([]);
    for (const item of items) expect(itemSchema.safeParse(item).success).toBe(true);
    expect(accounts).toEqual([
      { platform: 'instagram', handle: 'alex.morgan.photos', name: 'Alex Morgan', isPrivate: false },
    ]);
    const kinds: Record<string, number> = {};
    for (const item of items) kinds[item.kind] = (kinds[item.kind] ?? 0) + 1;
    expect(kinds).toEqual({ profile: 1, post: 3, photo: 4, comment: 3, connection: 11, request: 6, message: 3 });
    expect(byText(items, 'Told her I had the flu')).toMatchObject({
      kind: 'message',
      audience: 'private',
      direction: 'outgoing',
      person: { name: 'Jordan Lee' },
      createdAt: '2026-01-20T22:01:35.000Z',
    });
    expect(byText(items, 'I recruit for Tailspin Toys')).toMatchObject({
      direction: 'incoming',
      person: { name: 'Taylor Brooks' },
      thread: expect.stringMatching(/^message_requests\//),
    });

    // a single-media post keeps caption and time on media[0]
    const bar = byText(items, 'Cheers to the weekend');
    expect(bar).toMatchObject({ kind: 'post', audience: 'public', createdAt: '2025-11-14T23:10:00.000Z' });
    expect(bar.media[0]).toMatchObject({
      path: 'media/posts/202511/17912345678901234.jpg',
      type: 'photo',
      geo: { latitude: 47.61371, longitude: -122.34598 },
    });
    // several media: caption and time on the post
    const hike = byText(items, 'Weekend hike');
    expect(hike.media).toHaveLength(2);
    expect(hike.createdAt).toBe('2025-08-03T17:00:00.000Z');

    expect(byText(items, 'NYE at mine')).toMatchObject({ kind: 'photo', audience: 'public' });
    expect(byText(items, 'Karaoke hour').media[0]).toMatchObject({ path: null, type: 'video' });
    expect(byText(items, 'Old view from the office').kind).toBe('photo');

    expect(byText(items, 'more wasted than me')).toMatchObject({ kind: 'comment', author: 'riley.chen' });
    expect(byText(items, 'Tack så mycket, Zoë!').createdAt).toBe('2025-07-20T10:00:00.000Z');

    expect(handlesOf(items, 'connection', 'incoming')).toEqual([
      'riley.chen',
      'caseyjordan_',
      'noor.haddad',
      'patmorgan58',
      'jordanlee.codes',
      'priya.raman',
    ]);
    expect(handlesOf(items, 'connection', 'outgoing')).toContain('dana.whitfield');
    expect(handlesOf(items, 'request', 'incoming')).toEqual([
      'taylorbrooks.recruits',
      'chrisnovak.dev',
      'zoe.angstrom',
      'dmitri_v_1987',
      'liwei_sh',
    ]);
    const received = items.find((item) => item.person?.handle === 'taylorbrooks.recruits');
    expect(received).toMatchObject({ audience: 'private', flags: { requestState: 'received' } });
    expect(received?.person?.url).toMatch(/^https:\/\/www\.instagram\.com\/(_u\/)?taylorbrooks\.recruits$/);
    expect(handlesOf(items, 'request', 'outgoing')).toEqual(['morgandiaz_litware']);
  });
});

describe('Instagram before 2022 (media.json)', () => {
  it('reads media.json, comments.json, connections.json and profile.json', async () => {
    const source = memorySource(await instagramExportFiles({ era: '2021' }));
    expect(instagramImporter.detect(source)).toBeGreaterThanOrEqual(0.8);
    expect(facebookImporter.detect(source)).toBe(0);
    const { items, problems, accounts } = await importFrom(source);
    expect(problems).toEqual([]);
    expect(accounts[0]).toMatchObject({ handle: 'alex.morgan.photos', isPrivate: false });
    const bar = byText(items, 'Cheers to the weekend');
    expect(bar).toMatchObject({
      kind: 'post',
      createdAt: '2025-11-14T23:10:00.000Z',
      place: { name: 'The Tipsy Cow Taproom' },
      media: [{ path: 'photos/202511/5f1b2c3d4e.jpg', type: 'photo' }],
    });
    expect(byText(items, 'NYE').kind).toBe('photo');
    expect(byText(items, 'more wasted').author).toBe('riley.chen');
    expect(handlesOf(items, 'connection', 'incoming')).toHaveLength(6);
    expect(handlesOf(items, 'connection', 'outgoing')).toHaveLength(5);
    expect(handlesOf(items, 'request', 'outgoing')).toEqual(['morgandiaz_litware']);
  });
});

describe('Instagram account privacy and localized keys', () => {
  it('narrows the audience of everything to friends when the account is private', async () => {
    const { items, accounts } = await importFrom(memorySource(await instagramExportFiles({ isPrivate: true })));
    expect(accounts[0]?.isPrivate).toBe(true);
    expect(byText(items, 'Cheers to the weekend').audience).toBe('friends');
    expect(byText(items, 'NYE at mine').audience).toBe('friends');
  });

  it('says unknown when the export has no personal information', async () => {
    const files = await instagramExportFiles({ era: '2023' });
    const kept = Object.fromEntries(
      Object.entries(files).filter(([path]) => !path.startsWith('personal_information/')),
    );
    const { items, accounts } = await importFrom(memorySource(kept));
    expect(accounts).toEqual([]);
    expect(byText(items, 'Cheers to the weekend').audience).toBe('unknown');
  });

  it.each(['de', 'fr', 'es'] as const)('reads comment and profile keys written in %s', async (locale) => {
    const { items, accounts, problems } = await importFrom(
      memorySource(await instagramExportFiles({ era: '2023', locale, isPrivate: true })),
    );
    expect(problems).toEqual([]);
    expect(accounts[0]).toMatchObject({ handle: 'alex.morgan.photos', isPrivate: true });
    const comment = byText(items, 'more wasted than me');
    expect(comment).toMatchObject({ author: 'riley.chen', createdAt: '2025-11-15T12:30:00.000Z' });
  });

  it('falls back to the shape of string_map_data for a language not in the table', async () => {
    const file = 'your_instagram_activity/comments/post_comments_1.json';
    const { items } = await importFrom(
      memorySource({
        [file]: metaJson([{ string_map_data: { Kommentti: { value: 'Hauska!' }, Aika: { timestamp: 1767225600 } } }]),
      }),
    );
    expect(items).toMatchObject([{ kind: 'comment', text: 'Hauska!', createdAt: '2026-01-01T00:00:00.000Z' }]);
  });

  it('matches keys regardless of case and accents, and reads localized booleans', () => {
    expect(localized({ 'propriétaire du contenu': 1 }, 'mediaOwner')).toBe(1);
    expect(localized({ 'PRIVATE ACCOUNT': 2 }, 'privateAccount')).toBe(2);
    expect(localized({ Other: 3 }, 'comment')).toBeUndefined();
    expect([truthy('True'), truthy('Wahr'), truthy('Faux'), truthy(false), truthy('maybe')]).toEqual([
      true,
      true,
      false,
      false,
      undefined,
    ]);
  });
});

describe('Instagram detection', () => {
  it('recognises a media-only part of a split export', () => {
    const media = memorySource({
      'media/posts/202511/1.jpg': Buffer.from([0xff, 0xd8]),
      'media/stories/202512/2.jpg': 'x',
    });
    expect(instagramImporter.detect(media)).toBeGreaterThanOrEqual(0.5);
    expect(facebookImporter.detect(media)).toBeLessThan(0.5);
    // a part holding only `photos/…` is stepped into like any single top folder: still Instagram
    const old = memorySource({ 'photos/202511/1.jpg': 'x' });
    expect(old.paths).toEqual(['202511/1.jpg']);
    expect(instagramImporter.detect(old)).toBeGreaterThanOrEqual(0.5);
    expect(instagramImporter.detect(memorySource({ 'media/posts/202511/1.jpg': 'x' }))).toBeGreaterThanOrEqual(0.5);
    expect(facebookImporter.detect(old)).toBe(0);
  });

  it('merges a JSON part with a media part whose lone media/ folder was stepped into', async () => {
    const files = await instagramExportFiles({ era: '2025' });
    const json = Object.fromEntries(Object.entries(files).filter(([path]) => path.endsWith('.json')));
    const media = Object.fromEntries(Object.entries(files).filter(([path]) => !path.endsWith('.json')));
    const mediaPart = memorySource(media, 'part2');
    expect(mediaPart.paths[0]).toMatch(/^(posts|profile|stories)\//);
    expect(instagramImporter.detect(mediaPart)).toBeGreaterThanOrEqual(0.5);
    const { items, problems } = await importFrom(mergeSources([memorySource(json, 'part1'), mediaPart]));
    expect(problems).toEqual([]);
    expect(byText(items, 'Cheers to the weekend').media[0]?.path).toBe('posts/202511/17912345678901234.jpg');
  });

  it('does not claim a Facebook export', async () => {
    expect(instagramImporter.detect(memorySource(await facebookExportFiles({ layout: '2024' })))).toBeLessThan(0.5);
    expect(instagramImporter.detect(memorySource(await facebookExportFiles({ layout: '2022' })))).toBeLessThan(0.5);
  });

  it("explains Instagram's HTML export, and leaves Facebook's to the Facebook importer", () => {
    const html = memorySource({
      'start_here.html': 'x',
      'your_instagram_activity/content/posts_1.html': 'x',
      'connections/followers_and_following/followers_1.html': 'x',
    });
    expect(instagramImporter.unsupportedReason?.(html)).toBe(INSTAGRAM_HTML_REASON);
    expect(facebookImporter.unsupportedReason?.(html)).toBeNull();
    expect(instagramImporter.unsupportedReason?.(memorySource({ 'posts/your_posts_1.html': 'x' }))).toBeNull();
  });
});

describe('Instagram bad input', () => {
  it('names a truncated file and still reads the rest', async () => {
    const files = await instagramExportFiles({ era: '2025' });
    const posts = 'your_instagram_activity/media/posts_1.json';
    const text = files[posts] as string;
    const { items, problems } = await importFrom(memorySource({ ...files, [posts]: text.slice(0, 200) }));
    expect(problems).toEqual([{ file: posts, message: expect.stringContaining('not valid JSON') }]);
    expect(items.filter((item) => item.kind === 'post')).toEqual([]);
    expect(items.filter((item) => item.kind === 'connection')).toHaveLength(11);
  });

  it('reports wrong types once per file and keeps what is good', async () => {
    const follow = 'connections/followers_and_following/';
    const stepped = 'followers_and_following/'; // the lone top folder `connections/` is stepped into
    const { items, problems } = await importFrom(
      memorySource({
        [`${follow}followers_1.json`]: metaJson([
          { string_list_data: [{ value: 'ok.user', timestamp: 1 }] },
          5,
          { title: '' },
        ]),
        [`${follow}following.json`]: metaJson('nope'),
      }),
    );
    expect(items.map((item) => item.person?.handle)).toEqual(['ok.user']);
    expect(problems).toEqual([
      { file: `${stepped}following.json`, message: expect.stringContaining('expected shape') },
      {
        file: `${stepped}followers_1.json`,
        message: '2 records could not be read; the first: entry 1 is not an object',
      },
    ]);
  });
});
