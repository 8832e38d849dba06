import type { ContentRule } from '../meta/content.js';
import { isObject, type JsonObject } from '../meta/read.js';
import { MESSAGE_FILE } from '../meta/messages.js';

/** Which Facebook data a file holds, judged from its path; both folder layouts (~2021–2023 and 2024+). */
export type FacebookFileKind =
  | 'posts'
  | 'album'
  | 'other-photos'
  | 'videos'
  | 'comments'
  | 'group-posts'
  | 'group-comments'
  | 'liked-pages'
  | 'friends'
  | 'received'
  | 'sent'
  | 'rejected'
  | 'removed'
  | 'messages'
  | 'profile';

const FRIENDS_DIR = String.raw`(?:^|/)(?:friends_and_followers|connections/friends|friends)/`;

/**
 * Paths are matched from any depth (`(?:^|/)`), so an extra wrapping folder or the 2024+ `your_facebook_activity/`
 * and `personal_information/` folders all read the same.
 */
const FILE_KINDS: readonly (readonly [RegExp, FacebookFileKind])[] = [
  [/(?:^|\/)posts\/your_posts(?:_+check_ins_+photos_and_videos)?(?:_\d+)?\.json$/, 'posts'],
  [/(?:^|\/)posts\/album\/\d+\.json$/, 'album'],
  [/(?:^|\/)posts\/your_uncategori[sz]ed_photos\.json$/, 'other-photos'],
  [/(?:^|\/)posts\/your_videos\.json$/, 'videos'],
  [/(?:^|\/)comments(?:_and_reactions)?\/comments\.json$/, 'comments'],
  [/(?:^|\/)groups\/(?:your_posts_in_groups|group_posts_and_comments|your_group_posts)\.json$/, 'group-posts'],
  [/(?:^|\/)groups\/your_comments_in_groups\.json$/, 'group-comments'],
  [/(?:^|\/)pages\/pages_you['’]?ve_liked\.json$/, 'liked-pages'],
  [new RegExp(`${FRIENDS_DIR}(?:friends|your_friends)\\.json$`), 'friends'],
  [new RegExp(`${FRIENDS_DIR}(?:friend_requests_received|received_friend_requests)\\.json$`), 'received'],
  [new RegExp(`${FRIENDS_DIR}(?:friend_requests_sent|sent_friend_requests)\\.json$`), 'sent'],
  [new RegExp(`${FRIENDS_DIR}rejected_friend_requests\\.json$`), 'rejected'],
  [new RegExp(`${FRIENDS_DIR}(?:removed_friends|deleted_friends)\\.json$`), 'removed'],
  [MESSAGE_FILE, 'messages'],
  [/(?:^|\/)profile_information\/profile_information\.json$/, 'profile'],
];

export function facebookFileKind(path: string): FacebookFileKind | undefined {
  if (path.includes('your_instagram_activity/')) return undefined;
  for (const [pattern, kind] of FILE_KINDS) if (pattern.test(path)) return kind;
  return undefined;
}

/** Numeric part of `your_posts_2.json`, `message_10.json`, so parts are read in order. */
export function partOrder(a: string, b: string): number {
  const number = (path: string): number => Number(/_(\d+)\.json$/.exec(path)?.[1] ?? 0);
  const dirA = a.slice(0, a.lastIndexOf('/'));
  const dirB = b.slice(0, b.lastIndexOf('/'));
  return dirA < dirB ? -1 : dirA > dirB ? 1 : number(a) - number(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** True when one of a record's `data[]` entries has `key` (`post`, `comment`, `reaction`…). */
const hasData = (record: JsonObject, key: string): boolean =>
  Array.isArray(record.data) && record.data.some((entry) => isObject(entry) && key in entry);

/**
 * What Facebook files hold, told from their contents (for loose files whose paths say nothing): the `_v2` keys of
 * 2019+ exports, and, for bare lists, the fields of their records. Reactions come before posts: both are
 * `{timestamp, data[], title}`, told apart only by a `reaction` entry.
 */
export const FACEBOOK_CONTENT: readonly ContentRule<FacebookFileKind>[] = [
  { kind: 'posts', label: 'posts', keys: ['status_updates_v2'] },
  { kind: 'comments', label: 'comments', keys: ['comments_v2'] },
  { kind: 'group-posts', label: 'group posts', keys: ['group_posts_v2'] },
  { kind: 'group-comments', label: 'group comments', keys: ['group_comments_v2'] },
  { kind: 'liked-pages', label: 'liked pages', keys: ['page_likes_v2'] },
  { kind: 'friends', label: 'friends', keys: ['friends_v2'] },
  { kind: 'received', label: 'friend requests received', keys: ['received_requests_v2'] },
  { kind: 'sent', label: 'friend requests sent', keys: ['sent_requests_v2'] },
  { kind: 'rejected', label: 'rejected friend requests', keys: ['rejected_requests_v2'] },
  { kind: 'removed', label: 'removed friends', keys: ['deleted_friends_v2', 'removed_friends_v2'] },
  { kind: 'profile', label: 'profile', keys: ['profile_v2'] },
  { kind: 'other-photos', label: 'photos', keys: ['other_photos_v2'] },
  { kind: 'videos', label: 'videos', keys: ['videos_v2'] },
  { kind: 'messages', label: 'a message thread', keys: ['participants'] },
  { kind: null, label: 'reactions', keys: ['reactions_v2'], record: (record) => hasData(record, 'reaction') },
  { kind: null, label: 'event invitations', keys: ['events_invited_v2', 'event_responses_v2', 'your_events_v2'] },
  { kind: 'comments', label: 'comments', record: (record) => hasData(record, 'comment') },
  {
    kind: 'posts',
    label: 'posts',
    record: (record) =>
      typeof record.timestamp === 'number' &&
      (Array.isArray(record.attachments) ||
        hasData(record, 'post') ||
        hasData(record, 'update_timestamp') ||
        typeof record.title === 'string'),
  },
];

/** The parts of a whole Facebook export, named when loose files lack them. */
export const FACEBOOK_PARTS: readonly (readonly [FacebookFileKind, string])[] = [
  ['profile', 'profile'],
  ['posts', 'posts'],
  ['comments', 'comments'],
  ['friends', 'friends'],
  ['messages', 'messages'],
];
