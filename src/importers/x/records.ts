import type { Item, MediaRef } from '../../core/item.js';
import type { ExportSource } from '../../source/types.js';
import { isObject, str, urlBasename } from './parse.js';
import type { FileTally } from './tally.js';
import { decodeText } from './tweet.js';

const STATUS_AUTHOR = /\/\/(?:www\.|mobile\.)?(?:twitter|x)\.com\/(\w+)\/status/;

/** `{like: {tweetId, fullText?, expandedUrl?}}` → a public `like` without a date (X gives none). */
export function likeItem(record: unknown, index: number, input: string, file: string, tally: FileTally): Item | null {
  const like = isObject(record) && isObject(record.like) ? record.like : undefined;
  const id = like ? str(like.tweetId) : undefined;
  if (!like || id === undefined) return tally.skip(index, 'no "like" object with a tweetId');
  if (like.fullText !== undefined && typeof like.fullText !== 'string') tally.field('fullText');
  const item: Item = {
    platform: 'x',
    kind: 'like',
    id,
    text: typeof like.fullText === 'string' ? decodeText(like.fullText) : '',
    createdAt: null,
    audience: 'public',
    engagement: {},
    media: [],
    locator: { input, file, index },
    flags: {},
  };
  const url = str(like.expandedUrl);
  if (url) {
    item.url = url;
    const author = STATUS_AUTHOR.exec(url)?.[1];
    if (author && author !== 'i') item.author = author;
  }
  return item;
}

export interface ProfileContext {
  input: string;
  file: string;
  userName: string | undefined;
  accountId: string | undefined;
  mediaDirs: readonly string[];
  source: ExportSource;
}

/**
 * `{profile: {description: {bio, website, location}, avatarMediaUrl, headerMediaUrl}}` → one `profile` item
 * (null when the profile is empty). Pictures are `profile_media/<accountId>-<basename>`.
 */
export function profileItem(record: unknown, index: number, context: ProfileContext, tally: FileTally): Item | null {
  const profile = isObject(record) && isObject(record.profile) ? record.profile : undefined;
  if (!profile) return tally.skip(index, 'no "profile" object');
  const description = isObject(profile.description) ? profile.description : {};
  const text = [description.bio, description.website, description.location]
    .filter((part): part is string => typeof part === 'string' && part.trim() !== '')
    .join('\n');
  const media: MediaRef[] = [];
  for (const key of ['avatarMediaUrl', 'headerMediaUrl']) {
    const url = str(profile[key]);
    if (!url) continue;
    const name = urlBasename(url);
    const path = context.mediaDirs
      .map((dir) => `${dir}/${context.accountId ?? ''}-${name}`)
      .find((candidate) => context.source.has(candidate));
    media.push({ path: path ?? null, type: 'photo', ref: url });
  }
  if (!text && media.length === 0) return null;
  const item: Item = {
    platform: 'x',
    kind: 'profile',
    id: 'profile',
    text: decodeText(text),
    createdAt: null,
    audience: 'public',
    engagement: {},
    media,
    locator: { input: context.input, file: context.file, index },
    flags: {},
  };
  if (context.userName) item.url = `https://x.com/${context.userName}`;
  return item;
}
