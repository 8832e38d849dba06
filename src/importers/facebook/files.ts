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
