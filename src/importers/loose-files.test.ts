import { beforeAll, describe, expect, it } from 'vitest';
import { facebookExportFiles, facebookPaths, metaJson } from '../../test/fixtures/samples/facebook.js';
import type { FileMap } from '../../test/fixtures/samples/file-map.js';
import { instagramExportFiles } from '../../test/fixtures/samples/instagram.js';
import { buildGrailbirdArchive, personaGrailbirdTweets } from '../../test/fixtures/samples/x.js';
import type { Item } from '../core/item.js';
import { FACEBOOK_HTML_REASON } from './facebook/index.js';
import { IMPORTERS } from './index.js';
import { collectingSink, memorySource } from '../../test/fixtures/memory-source.js';
import { recogniseExport } from './recognise.js';

/** What the audit does with an input: recognise it among every registered importer, then import it. */
async function audit(files: FileMap, label = 'input.zip') {
  const source = memorySource(files, label);
  const recognised = await recogniseExport(source, IMPORTERS);
  const collected = collectingSink();
  if (recognised.importer) await recognised.importer.import(source, collected.sink);
  return { platform: recognised.importer?.platform ?? null, unsupported: recognised.unsupported, ...collected };
}

const fromFile = (items: readonly Item[], file: string): string[] =>
  items.filter((item) => item.locator.file === file).map((item) => item.text);

/** A Facebook reactions file: the same `{timestamp, data[], title}` records as posts, told apart by `reaction`. */
const reactions = metaJson([
  {
    timestamp: 1767225600,
    data: [{ reaction: { reaction: 'LIKE', actor: 'Alex Morgan' } }],
    title: 'Alex likes a post.',
  },
  { timestamp: 1767225700, data: [{ reaction: { reaction: 'HAHA', actor: 'Alex Morgan' } }], title: 'Alex reacted.' },
]);

let facebook: FileMap;
let instagram: FileMap;
let fullFacebook: Awaited<ReturnType<typeof audit>>;
let fullInstagram: Awaited<ReturnType<typeof audit>>;
const fbPosts = facebookPaths('2022').posts;
const igPosts = 'your_instagram_activity/content/posts_1.json';
const igComments = 'your_instagram_activity/comments/post_comments_1.json';

beforeAll(async () => {
  facebook = await facebookExportFiles({ layout: '2022', withoutMedia: true });
  instagram = await instagramExportFiles({ era: '2023' });
  fullFacebook = await audit(facebook);
  fullInstagram = await audit(instagram);
});

describe('loose files of a Facebook export, recognised by their contents', () => {
  it('reads a lone your_posts_1.json as Facebook posts and says what a whole export would add', async () => {
    const result = await audit({ 'your_posts_1.json': facebook[fbPosts] as string });
    expect(result.platform).toBe('facebook');
    expect(fromFile(result.items, 'your_posts_1.json')).toEqual(fromFile(fullFacebook.items, fbPosts));
    expect(result.items.length).toBeGreaterThan(5);
    expect(result.problems).toEqual([
      {
        file: 'input.zip',
        message:
          'holds loose files of a Facebook export rather than the whole export; read from their contents: ' +
          'your_posts_1.json (posts); not given, so not audited: profile, comments, friends, messages',
      },
    ]);
  });

  it('reads renamed files in a wrapper folder beside unrelated files, and names what it leaves out', async () => {
    const result = await audit({
      'my-facebook/README.md': '# my data',
      'my-facebook/analysis.ipynb': '{"cells": []}',
      'my-facebook/data/posts (1).json': facebook[fbPosts] as string,
      'my-facebook/data/comments.json': facebook[facebookPaths('2022').comments] as string,
      'my-facebook/data/likes_and_reactions_1.json': reactions,
      'my-facebook/data/settings.json': '{"theme": "dark"}',
    });
    expect(result.platform).toBe('facebook');
    expect(fromFile(result.items, 'data/posts (1).json')).toEqual(fromFile(fullFacebook.items, fbPosts));
    expect(result.items.filter((item) => item.kind === 'comment').length).toBeGreaterThan(0);
    expect(fromFile(result.items, 'data/likes_and_reactions_1.json')).toEqual([]);
    expect(result.problems).toEqual([
      {
        file: 'input.zip',
        message:
          'holds loose files of a Facebook export rather than the whole export; read from their contents: ' +
          'data/comments.json (comments), data/posts (1).json (posts); ' +
          'not audited: data/likes_and_reactions_1.json (reactions); not recognised: data/settings.json; ' +
          'not given, so not audited: profile, friends, messages',
      },
    ]);
  });

  it('reads a lone Messenger thread as Facebook (both Meta platforms share the format; Facebook is asked first)', async () => {
    const thread = Object.keys(facebook).find((path) => /messages\/inbox\/.+\/message_1\.json$/.test(path)) as string;
    const result = await audit({ 'message_1.json': facebook[thread] as string });
    expect(result.platform).toBe('facebook');
    expect(result.items.every((item) => item.kind === 'message')).toBe(true);
    expect(result.items.length).toBe(fullFacebook.items.filter((item) => item.locator.file === thread).length);
  });

  it('does not read a stray posts-shaped file inside a whole export’s own folders', async () => {
    const result = await audit({ ...facebook, 'posts/edits_to_your_posts.json': facebook[fbPosts] as string });
    expect(result.items.length).toBe(fullFacebook.items.length);
    expect(result.problems).toEqual(fullFacebook.problems);
  });
});

describe('loose files of an Instagram export, recognised by their contents', () => {
  it('reads a lone posts_1.json as Instagram posts', async () => {
    const result = await audit({ 'posts_1.json': instagram[igPosts] as string });
    expect(result.platform).toBe('instagram');
    expect(fromFile(result.items, 'posts_1.json')).toEqual(fromFile(fullInstagram.items, igPosts));
    expect(result.problems[0]?.message).toMatch(/^holds loose files of an Instagram export .*posts_1\.json \(posts\)/);
  });

  it('reads loose comments and posts, leaving liked comments and saved posts out by name', async () => {
    const result = await audit({
      'posts_1.json': instagram[igPosts] as string,
      'post_comments_1.json': instagram[igComments] as string,
      'liked_comments.json': metaJson({ likes_comment_likes: [{ title: 'rileychen', string_list_data: [] }] }),
      'saved_posts.json': metaJson({ saved_saved_media: [{ title: 'rileychen', string_map_data: {} }] }),
    });
    expect(result.platform).toBe('instagram');
    expect(fromFile(result.items, 'post_comments_1.json')).toEqual(fromFile(fullInstagram.items, igComments));
    expect(result.problems).toEqual([
      {
        file: 'input.zip',
        message:
          'holds loose files of an Instagram export rather than the whole export; read from their contents: ' +
          'post_comments_1.json (comments), posts_1.json (posts); not audited: liked_comments.json (liked comments), ' +
          'saved_posts.json (saved posts); not given, so not audited: profile, followers, messages',
      },
    ]);
  });
});

describe('what loose-file recognition leaves alone', () => {
  it('claims no folder of ordinary JSON files', async () => {
    const result = await audit({
      'package.json': '{"name": "x"}',
      'data/list.json': '[1, 2, 3]',
      'x.json': '[{"a": 1}]',
    });
    expect(result.platform).toBeNull();
  });

  it('claims no file of reactions alone: there is nothing in it to audit', async () => {
    expect((await audit({ 'likes_and_reactions_1.json': reactions })).platform).toBeNull();
  });

  it('still explains Meta’s HTML export when nothing can read the input', async () => {
    const result = await audit({ 'index.html': '<html></html>', 'posts_1.html': '<html></html>' });
    expect(result).toMatchObject({ platform: null, unsupported: FACEBOOK_HTML_REASON });
  });
});

describe('the Grailbird X archive with its viewer (index.html, css/, js/)', () => {
  it('is read as X and not told it is a Facebook HTML export (#14)', async () => {
    const files: FileMap = {
      ...buildGrailbirdArchive(personaGrailbirdTweets()),
      'css/application.css': 'body {}',
      'js/application.js': '// viewer',
      'lib/twt/twt.min.js': '// viewer',
    };
    expect(files['index.html']).toBeDefined();
    const result = await audit(files);
    expect(result).toMatchObject({ platform: 'x', unsupported: null });
    expect(result.items.length).toBe(personaGrailbirdTweets().length);
  });
});

describe('Grailbird month files handed over without their folders', () => {
  const months = (): FileMap =>
    Object.fromEntries(
      Object.entries(buildGrailbirdArchive(personaGrailbirdTweets()))
        .filter(([path]) => path.startsWith('data/js/tweets/'))
        .map(([path, content]) => [path.slice('data/js/tweets/'.length), content]),
    );

  it('reads the months of a zipped tweets/ folder as X, every tweet, no problems', async () => {
    const files = months();
    expect(Object.keys(files).every((path) => /^\d{4}_\d{2}\.js$/.test(path))).toBe(true);
    const result = await audit(files);
    expect(result.platform).toBe('x');
    expect(result.items.length).toBe(personaGrailbirdTweets().length);
    expect(result.problems).toEqual([]);
  });

  it('claims no root 2015_01.js that is not a Grailbird month', async () => {
    expect((await audit({ '2015_01.js': 'var report = [1, 2]', 'notes.txt': 'x' })).platform).toBeNull();
  });
});
