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

/** The fields of one `profile.js` record; pictures are `profile_media/<accountId>-<basename>`. */
export function xProfileFields(
  profile: Record<string, unknown>,
  context: ProfileContext,
): { bio?: string; website?: string; location?: string; avatar?: MediaRef; header?: MediaRef } {
  const description = isObject(profile.description) ? profile.description : {};
  const picture = (key: string): MediaRef | undefined => {
    const url = str(profile[key]);
    if (!url) return undefined;
    const name = urlBasename(url);
    // Header URLs end without an extension ("…/profile_banners/<id>/1569460092"); the file has one.
    const path = context.mediaDirs
      .map((dir) => `${dir}/${context.accountId ?? ''}-${name}`)
      .map((stem) => (context.source.has(stem) ? stem : context.source.paths.find((p) => p.startsWith(`${stem}.`))))
      .find((candidate) => candidate !== undefined);
    return { path: path ?? null, type: 'photo', ref: url };
  };
  const text = (key: string): string | undefined => {
    const value = str(description[key])?.trim();
    return value ? decodeText(value) : undefined;
  };
  const fields: ReturnType<typeof xProfileFields> = {};
  const bio = text('bio');
  const website = text('website');
  const location = text('location');
  const avatar = picture('avatarMediaUrl');
  const header = picture('headerMediaUrl');
  if (bio) fields.bio = bio;
  if (website) fields.website = website;
  if (location) fields.location = location;
  if (avatar) fields.avatar = avatar;
  if (header) fields.header = header;
  return fields;
}

/**
 * `{profile: {description: {bio, website, location}, avatarMediaUrl, headerMediaUrl}}` → one `profile` item
 * (null when the profile is empty), and its fields for the profile record.
 */
export function profileItem(
  record: unknown,
  index: number,
  context: ProfileContext,
  tally: FileTally,
): { item: Item | null; fields: ReturnType<typeof xProfileFields> } | null {
  const profile = isObject(record) && isObject(record.profile) ? record.profile : undefined;
  if (!profile) return tally.skip(index, 'no "profile" object');
  const fields = xProfileFields(profile, context);
  const text = [fields.bio, fields.website, fields.location].filter(Boolean).join('\n');
  const media = [fields.avatar, fields.header].filter((ref): ref is MediaRef => ref !== undefined);
  if (!text && media.length === 0) return { item: null, fields };
  const item: Item = {
    platform: 'x',
    kind: 'profile',
    id: 'profile',
    text,
    createdAt: null,
    audience: 'public',
    engagement: {},
    media,
    locator: { input: context.input, file: context.file, index },
    flags: {},
  };
  if (context.userName) item.url = `https://x.com/${context.userName}`;
  return { item, fields };
}
