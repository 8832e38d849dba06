import type { Audience, Item, MediaRef } from '../../core/item.js';
import type { ProfilePicture } from '../../core/profile/record.js';
import type { ContentRule, Placement } from '../meta/content.js';
import { metaImporter } from '../meta/importer.js';
import { MESSAGE_FILE, readMessageThread } from '../meta/messages.js';
import { facebookScore, instagramScore } from '../meta/markers.js';
import { listIn, metaItem, newMetaRun, wrongShape, type MetaRun } from '../meta/run.js';
import {
  asArray,
  isObject,
  isoFromSeconds,
  mediaRefOf,
  shortHash,
  str,
  type Json,
  type JsonObject,
} from '../meta/read.js';
import type { Importer } from '../types.js';
import { localized, truthy } from './keys.js';
import { newestPicture } from './profile.js';

export const INSTAGRAM_HTML_REASON =
  "this is Instagram's HTML export; request the JSON format (Accounts Centre → Your information and permissions → Download your information → Format: JSON)";

type InstagramFileKind =
  | 'profile'
  | 'profile-2021'
  | 'posts'
  | 'stories'
  | 'reels'
  | 'archived'
  | 'profile-photos'
  | 'media-2021'
  | 'comments'
  | 'comments-2021'
  | 'followers'
  | 'following'
  | 'requests-received'
  | 'requests-sent'
  | 'requests-recent'
  | 'connections-2021'
  | 'messages';

const CONTENT = String.raw`(?:^|/)(?:content|media)/`;
const FOLLOW = String.raw`(?:^|/)followers_and_following/`;

/** Every layout era: `media.json` (before 2022), `content/` (2022), `your_instagram_activity/content|media/` (2023+). */
const FILE_KINDS: readonly (readonly [RegExp, InstagramFileKind])[] = [
  [/(?:^|\/)personal_information\/personal_information\.json$/, 'profile'],
  [/^profile\.json$/, 'profile-2021'],
  [new RegExp(`${CONTENT}posts_\\d+\\.json$`), 'posts'],
  [new RegExp(`${CONTENT}stories\\.json$`), 'stories'],
  [new RegExp(`${CONTENT}reels\\.json$`), 'reels'],
  [new RegExp(`${CONTENT}archived_posts\\.json$`), 'archived'],
  [new RegExp(`${CONTENT}profile_photos\\.json$`), 'profile-photos'],
  [/^media\.json$/, 'media-2021'],
  [/(?:^|\/)comments\/(?:post_comments(?:_\d+)?|reels_comments)\.json$/, 'comments'],
  [/^comments\.json$/, 'comments-2021'],
  [new RegExp(`${FOLLOW}followers(?:_\\d+)?\\.json$`), 'followers'],
  [new RegExp(`${FOLLOW}following\\.json$`), 'following'],
  [new RegExp(`${FOLLOW}follow_requests_you['’]?ve_received\\.json$`), 'requests-received'],
  [new RegExp(`${FOLLOW}pending_follow_requests\\.json$`), 'requests-sent'],
  [new RegExp(`${FOLLOW}recent_follow_requests\\.json$`), 'requests-recent'],
  [/^connections\.json$/, 'connections-2021'],
  [MESSAGE_FILE, 'messages'],
];

function instagramFileKind(path: string): InstagramFileKind | undefined {
  if (path.includes('your_facebook_activity/')) return undefined;
  for (const [pattern, kind] of FILE_KINDS) if (pattern.test(path)) return kind;
  return undefined;
}

/** An Instagram import run: the Meta run plus the account's privacy, which sets every post's audience. */
interface Run extends MetaRun<'instagram'> {
  /** From `Private Account`: friends (followers) when private, public when not, unknown when the export is silent. */
  audience: Audience;
}

function item(
  run: Run,
  file: string,
  index: number | undefined,
  fields: Partial<Item> & Pick<Item, 'kind' | 'id'>,
): Item {
  return metaItem(run, file, index, run.audience, fields);
}

/** ISO from the 2021 era's `taken_at` ("2019-05-01T12:00:00+00:00", sometimes without a zone: UTC). */
function isoFromText(value: Json): string | null {
  const text = str(value);
  if (!text) return null;
  const zoned = /([zZ]|[+-]\d\d:?\d\d)$/.test(text) ? text : `${text}Z`;
  const time = Date.parse(zoned);
  return Number.isFinite(time) ? new Date(time).toISOString() : null;
}

// ---------- profile ----------

function readProfile(run: Run, file: string, value: Json): void {
  const users = isObject(value) ? asArray(value.profile_user) : [];
  const first = users[0];
  const map = isObject(first) && isObject(first.string_map_data) ? first.string_map_data : undefined;
  if (!map) return wrongShape(run, file, '{profile_user: [{string_map_data}]}');
  const field = (name: Parameters<typeof localized>[1]): string | undefined => {
    const entry = localized(map, name);
    return isObject(entry) ? str(entry.value)?.trim() || undefined : undefined;
  };
  const privateEntry = localized(map, 'privateAccount');
  const isPrivate = isObject(privateEntry) ? truthy(privateEntry.value) : undefined;
  const pictures = isObject(first) && isObject(first.media_map_data) ? Object.values(first.media_map_data) : [];
  const photo = pictures.find(isObject);
  const avatar = photo ? mediaRefOf(run.source, photo) : undefined;
  finishProfile(run, file, {
    ...(avatar ? { avatar: { path: avatar.path, ref: avatar.ref ?? '' } } : {}),
    handle: field('username'),
    name: field('name'),
    bio: field('bio'),
    website: field('website'),
    isPrivate,
  });
}

/** The newest picture of `profile_photos.json` is the one the profile shows. */
function readProfilePhotos(run: Run, file: string, value: Json): void {
  const newest = newestPicture(listIn(value, ['ig_profile_picture']) ?? []);
  const ref = newest ? mediaRefOf(run.source, newest) : undefined;
  if (ref) run.sink.profile?.({ platform: 'instagram', file, avatar: { path: ref.path, ref: ref.ref ?? '' } });
}

function readProfile2021(run: Run, file: string, value: Json): void {
  if (!isObject(value)) return wrongShape(run, file, '{username, name, biography, private_account}');
  finishProfile(run, file, {
    handle: str(value.username),
    name: str(value.name),
    bio: str(value.biography) ?? str(value.bio),
    website: str(value.website),
    isPrivate: truthy(value.private_account),
  });
}

function finishProfile(
  run: Run,
  file: string,
  profile: {
    handle?: string;
    name?: string;
    bio?: string;
    website?: string;
    isPrivate?: boolean;
    avatar?: ProfilePicture;
  },
): void {
  run.sink.profile?.({ platform: 'instagram', file, ...profile });
  run.owner = profile.name;
  if (profile.isPrivate !== undefined) run.audience = profile.isPrivate ? 'friends' : 'public';
  run.sink.account({
    platform: 'instagram',
    ...(profile.handle ? { handle: profile.handle } : {}),
    ...(profile.name ? { name: profile.name } : {}),
    ...(profile.isPrivate !== undefined ? { isPrivate: profile.isPrivate } : {}),
  });
  const text = [profile.name, profile.bio, profile.website].filter((part) => part?.trim()).join('\n');
  if (text) {
    run.sink.item(
      item(run, file, undefined, {
        kind: 'profile',
        id: 'profile',
        text,
        audience: 'public', // the bio shows even on a private account
        ...(profile.handle ? { url: `https://www.instagram.com/${profile.handle}/` } : {}),
      }),
    );
  }
}

// ---------- posts, stories, reels, archived posts, profile photos ----------

function mediaOf(run: Run, entry: JsonObject): MediaRef[] {
  const list = Array.isArray(entry.media) ? entry.media : [entry];
  const refs: MediaRef[] = [];
  for (const media of list) {
    const ref = isObject(media) ? mediaRefOf(run.source, media) : undefined;
    if (ref) refs.push(ref);
  }
  return refs;
}

/** Posts keep caption and time on the post for several media, on `media[0]` alone for one. */
function readContent(run: Run, file: string, value: Json, keys: readonly string[], kind: 'post' | 'photo'): void {
  const list = listIn(value, keys);
  if (!list) return wrongShape(run, file, `a list of media (${keys[0]})`);
  list.forEach((entry, index) => {
    if (!isObject(entry)) return run.bad.record(file, `entry ${index} is not an object`);
    const media = mediaOf(run, entry);
    if (media.length === 0) return run.bad.record(file, `entry ${index} has no media uri`);
    const first = Array.isArray(entry.media) && isObject(entry.media[0]) ? entry.media[0] : entry;
    const text = [str(entry.title), str(first.title)].find((part) => part?.trim()) ?? '';
    const timestamp = entry.creation_timestamp ?? first.creation_timestamp;
    const createdAt = isoFromSeconds(timestamp) ?? media[0]?.takenAt ?? null;
    const stamp = typeof timestamp === 'number' ? timestamp : 0;
    const prefix = kind === 'post' ? 'ig-post' : 'ig-media';
    run.sink.item(
      item(run, file, index, {
        kind,
        id: run.ids.unique(`${prefix}-${stamp}-${shortHash(...media.map((ref) => ref.ref ?? ''))}`),
        text,
        createdAt,
        media,
      }),
    );
  });
}

/** `media.json` before 2022: `{photos, videos, stories, profile: [{caption, taken_at, path, location?}]}`. */
function readMedia2021(run: Run, file: string, value: Json): void {
  if (!isObject(value)) return wrongShape(run, file, '{photos, videos, stories, profile}');
  let index = 0;
  for (const [key, kind] of [
    ['photos', 'post'],
    ['videos', 'post'],
    ['stories', 'photo'],
    ['profile', 'photo'],
  ] as const) {
    for (const entry of asArray(value[key])) {
      const at = index++;
      if (!isObject(entry)) {
        run.bad.record(file, `${key} entry is not an object`);
        continue;
      }
      const path = str(entry.path);
      const ref = path ? mediaRefOf(run.source, { uri: path }) : undefined;
      if (!ref) {
        run.bad.record(file, `${key} entry has no path`);
        continue;
      }
      const location = str(entry.location);
      run.sink.item(
        item(run, file, at, {
          kind,
          id: run.ids.unique(`ig-${kind === 'post' ? 'post' : 'media'}-${shortHash(path ?? '')}`),
          text: str(entry.caption) ?? '',
          createdAt: isoFromText(entry.taken_at),
          media: [ref],
          ...(location ? { place: { name: location } } : {}),
        }),
      );
    }
  }
}

// ---------- comments ----------

function readComments(run: Run, file: string, value: Json): void {
  const list = listIn(value, ['comments_media_comments', 'comments_reels_comments', 'comments_story_comments']);
  if (!list) return wrongShape(run, file, 'a list of comments');
  list.forEach((entry, index) => {
    if (!isObject(entry)) return run.bad.record(file, `comment ${index} is not an object`);
    let text: string | undefined;
    let owner: string | undefined;
    let timestamp: unknown;
    if (isObject(entry.string_map_data)) {
      const map = entry.string_map_data;
      const comment = localized(map, 'comment');
      const time = localized(map, 'time');
      const mediaOwner = localized(map, 'mediaOwner');
      text = isObject(comment) ? str(comment.value) : undefined;
      timestamp = isObject(time) ? time.timestamp : undefined;
      owner = isObject(mediaOwner) ? str(mediaOwner.value) : undefined;
      if (text === undefined) {
        // an unknown language: the one field holding text that is not a timestamp is the comment
        const values = Object.values(map).filter((field) => isObject(field) && str(field.value));
        if (values.length === 1 && isObject(values[0])) text = str(values[0].value);
      }
      if (timestamp === undefined) {
        const stamped = Object.values(map).find(
          (field) => isObject(field) && typeof field.timestamp === 'number' && field.timestamp > 0,
        );
        if (isObject(stamped)) timestamp = stamped.timestamp;
      }
    } else if (Array.isArray(entry.string_list_data)) {
      // 2022: {title: owner, string_list_data: [{value: comment, timestamp}]}
      const data = entry.string_list_data[0];
      if (isObject(data)) {
        text = str(data.value);
        timestamp = data.timestamp;
      }
      owner = str(entry.title);
    }
    if (text === undefined) return run.bad.record(file, `comment ${index} has no comment text`);
    run.sink.item(
      item(run, file, index, {
        kind: 'comment',
        id: run.ids.unique(
          `ig-comment-${typeof timestamp === 'number' ? timestamp : 0}-${shortHash(text, owner ?? '')}`,
        ),
        text,
        createdAt: isoFromSeconds(timestamp),
        audience: 'unknown',
        ...(owner?.trim() ? { author: owner.trim() } : {}),
      }),
    );
  });
}

/** `comments.json` before 2022: `{media_comments: [[time, text, owner], …]}`. */
function readComments2021(run: Run, file: string, value: Json): void {
  if (!isObject(value)) return wrongShape(run, file, '{media_comments: [[time, text, owner]]}');
  let index = 0;
  for (const key of ['media_comments', 'live_comments']) {
    for (const entry of asArray(value[key])) {
      const at = index++;
      const row = Array.isArray(entry) ? entry : [];
      const text = str(row[1]);
      if (text === undefined) {
        run.bad.record(file, `${key} entry ${at} is not [time, text, owner]`);
        continue;
      }
      const owner = str(row[2]);
      const createdAt = isoFromText(row[0]);
      run.sink.item(
        item(run, file, at, {
          kind: 'comment',
          id: run.ids.unique(`ig-comment-${createdAt ?? 0}-${shortHash(text, owner ?? '')}`),
          text,
          createdAt,
          audience: 'unknown',
          ...(owner ? { author: owner } : {}),
        }),
      );
    }
  }
}

// ---------- followers, following, follow requests ----------

interface Relation {
  kind: 'connection' | 'request';
  direction: 'incoming' | 'outgoing';
  requestState?: 'received' | 'sent';
  keys: readonly string[];
}

type RelationKind = 'followers' | 'following' | 'requests-received' | 'requests-sent' | 'requests-recent';

const RELATIONS: Record<RelationKind, Relation> = {
  followers: { kind: 'connection', direction: 'incoming', keys: ['relationships_followers'] },
  following: { kind: 'connection', direction: 'outgoing', keys: ['relationships_following'] },
  'requests-received': {
    kind: 'request',
    direction: 'incoming',
    requestState: 'received',
    keys: ['relationships_follow_requests_received'],
  },
  'requests-sent': {
    kind: 'request',
    direction: 'outgoing',
    requestState: 'sent',
    keys: ['relationships_follow_requests_sent'],
  },
  'requests-recent': {
    kind: 'request',
    direction: 'outgoing',
    requestState: 'sent',
    keys: ['relationships_permanent_follow_requests'],
  },
};

function relationItem(
  run: Run,
  file: string,
  index: number,
  relation: Relation,
  handle: string,
  href: string | undefined,
  createdAt: string | null,
): Item {
  const label =
    relation.kind === 'connection'
      ? relation.direction === 'incoming'
        ? 'follower'
        : 'following'
      : `request-${relation.requestState}`;
  return item(run, file, index, {
    kind: relation.kind,
    id: run.ids.unique(`ig-${label}-${handle}`),
    createdAt,
    audience: 'private',
    person: { name: handle, handle, url: href ?? `https://www.instagram.com/${handle}` },
    direction: relation.direction,
    ...(relation.requestState ? { flags: { requestState: relation.requestState } } : {}),
  });
}

function readRelations(run: Run, file: string, value: Json, relation: Relation): void {
  const list = listIn(value, relation.keys);
  if (!list) return wrongShape(run, file, `a list or {${relation.keys[0]}: [...]}`);
  list.forEach((entry, index) => {
    if (!isObject(entry)) return run.bad.record(file, `entry ${index} is not an object`);
    const data = isObject(asArray(entry.string_list_data)[0]) ? (asArray(entry.string_list_data)[0] as JsonObject) : {};
    const href = str(data.href);
    const handle =
      str(data.value)?.trim() ||
      str(entry.title)?.trim() ||
      (href ? /instagram\.com\/(?:_u\/)?([^/?#]+)/.exec(href)?.[1] : undefined);
    if (!handle) return run.bad.record(file, `entry ${index} has no username`);
    run.sink.item(relationItem(run, file, index, relation, handle, href, isoFromSeconds(data.timestamp)));
  });
}

/** `connections.json` before 2022: `{followers: {user: time}, following: {…}, follow_requests_sent: {…}}`. */
function readConnections2021(run: Run, file: string, value: Json): void {
  if (!isObject(value)) return wrongShape(run, file, '{followers: {user: time}, following: {...}}');
  const map: [string, Relation][] = [
    ['followers', RELATIONS.followers],
    ['following', RELATIONS.following],
    ['follow_requests_sent', RELATIONS['requests-sent']],
  ];
  let index = 0;
  for (const [key, relation] of map) {
    const people = value[key];
    if (people === undefined) continue;
    if (!isObject(people)) {
      run.bad.record(file, `${key} is not a map of user → time`);
      continue;
    }
    for (const [handle, time] of Object.entries(people)) {
      run.sink.item(relationItem(run, file, index++, relation, handle, undefined, isoFromText(time)));
    }
  }
}

// ---------- the importer ----------

const ORDER: readonly InstagramFileKind[] = [
  'profile',
  'profile-2021',
  'posts',
  'media-2021',
  'stories',
  'reels',
  'archived',
  'profile-photos',
  'comments',
  'comments-2021',
  'followers',
  'following',
  'connections-2021',
  'requests-received',
  'requests-sent',
  'requests-recent',
  'messages',
];

type Reader = (run: Run, file: string, value: Json) => void;

const contentReader =
  (keys: readonly string[], kind: 'post' | 'photo'): Reader =>
  (run, file, value) =>
    readContent(run, file, value, keys, kind);

const relationReader =
  (kind: RelationKind): Reader =>
  (run, file, value) =>
    readRelations(run, file, value, RELATIONS[kind]);

/** The reader of each kind of file. */
const READERS: Record<InstagramFileKind, Reader> = {
  profile: readProfile,
  'profile-2021': readProfile2021,
  posts: contentReader(['ig_posts'], 'post'),
  stories: contentReader(['ig_stories'], 'photo'),
  reels: contentReader(['ig_reels_media', 'ig_reels'], 'photo'),
  archived: contentReader(['ig_archived_post_media'], 'photo'),
  'profile-photos': (run, file, value) => {
    readContent(run, file, value, ['ig_profile_picture'], 'photo');
    readProfilePhotos(run, file, value);
  },
  'media-2021': readMedia2021,
  comments: readComments,
  'comments-2021': readComments2021,
  'connections-2021': readConnections2021,
  messages: readMessageThread,
  followers: relationReader('followers'),
  following: relationReader('following'),
  'requests-received': relationReader('requests-received'),
  'requests-sent': relationReader('requests-sent'),
  'requests-recent': relationReader('requests-recent'),
};

/** `string_map_data` rows of a record, when it has them. */
const stringMap = (record: JsonObject): JsonObject | undefined =>
  isObject(record.string_map_data) ? record.string_map_data : undefined;

/**
 * What Instagram files hold, told from their contents (for loose files whose paths say nothing): the keys each file
 * names its list with, and, for the bare lists of posts, comments and followers, the fields of their records.
 */
const INSTAGRAM_CONTENT: readonly ContentRule<InstagramFileKind>[] = [
  { kind: 'profile', label: 'profile', keys: ['profile_user'] },
  { kind: 'stories', label: 'stories', keys: ['ig_stories'] },
  { kind: 'reels', label: 'reels', keys: ['ig_reels_media', 'ig_reels'] },
  { kind: 'archived', label: 'archived posts', keys: ['ig_archived_post_media'] },
  { kind: 'profile-photos', label: 'profile photos', keys: ['ig_profile_picture'] },
  {
    kind: 'comments',
    label: 'comments',
    keys: ['comments_media_comments', 'comments_reels_comments', 'comments_story_comments'],
    record: (record) => {
      const map = stringMap(record);
      return map !== undefined && localized(map, 'comment') !== undefined;
    },
  },
  { kind: 'following', label: 'following', keys: ['relationships_following'] },
  { kind: 'requests-received', label: 'follow requests received', keys: ['relationships_follow_requests_received'] },
  { kind: 'requests-sent', label: 'follow requests sent', keys: ['relationships_follow_requests_sent'] },
  { kind: 'requests-recent', label: 'recent follow requests', keys: ['relationships_permanent_follow_requests'] },
  { kind: 'messages', label: 'a message thread', keys: ['participants'] },
  { kind: null, label: 'liked posts', keys: ['likes_media_likes'] },
  { kind: null, label: 'liked comments', keys: ['likes_comment_likes'] },
  { kind: null, label: 'saved posts', keys: ['saved_saved_media', 'saved_saved_collections'] },
  {
    kind: 'posts',
    label: 'posts',
    record: (record) =>
      Array.isArray(record.media) && record.media.some((media) => isObject(media) && typeof media.uri === 'string'),
  },
  {
    kind: 'followers',
    label: 'followers',
    keys: ['relationships_followers'],
    record: (record) => Array.isArray(record.string_list_data) && stringMap(record) === undefined,
  },
];

const INSTAGRAM_PARTS: readonly (readonly [InstagramFileKind, string])[] = [
  ['profile', 'profile'],
  ['posts', 'posts'],
  ['comments', 'comments'],
  ['followers', 'followers'],
  ['messages', 'messages'],
];

const INSTAGRAM_PLACEMENT: Placement<InstagramFileKind> = {
  kindOf: instagramFileKind,
  rules: INSTAGRAM_CONTENT,
  layoutScore: instagramScore,
  platform: 'Instagram',
  contents: 'posts, stories, comments, followers or profile',
  parts: INSTAGRAM_PARTS,
};

export const instagramImporter: Importer = metaImporter({
  platform: 'instagram',
  placement: INSTAGRAM_PLACEMENT,
  order: ORDER,
  sharedKind: 'messages',
  newRun: (source, sink): Run => ({ ...newMetaRun('instagram', source, sink), audience: 'unknown' }),
  readFile: (run, kind, file, value) => READERS[kind](run, file, value),
  htmlReason: (source) => (instagramScore(source) > facebookScore(source) ? INSTAGRAM_HTML_REASON : null),
});
