import type { Item, MediaRef } from '../../core/item.js';
import type { Placement } from '../meta/content.js';
import { metaImporter } from '../meta/importer.js';
import { readMessageThread } from '../meta/messages.js';
import { facebookScore, instagramScore } from '../meta/markers.js';
import { listIn, metaItem, newMetaRun, wrongShape, type MetaRun } from '../meta/run.js';
import {
  asArray,
  isObject,
  isoFromSeconds,
  mediaRefOf,
  monthFromSeconds,
  placeOf,
  shortHash,
  str,
  type Json,
  type JsonObject,
} from '../meta/read.js';
import type { Importer } from '../types.js';
import { facebookProfilePart, ownerFromPostTitles, profilePictureOfAlbum } from './profile.js';
import { FACEBOOK_CONTENT, FACEBOOK_PARTS, facebookFileKind, partOrder, type FacebookFileKind } from './files.js';

export const FACEBOOK_HTML_REASON =
  "this is Facebook's HTML export; request the JSON format (Download your information → Format: JSON)";

/** A Facebook import run: the Meta run plus the media already attached to a post, so albums do not list it again. */
interface Run extends MetaRun<'facebook'> {
  postedUris: Set<string>;
}

function item(
  run: Run,
  file: string,
  index: number | undefined,
  fields: Partial<Item> & Pick<Item, 'kind' | 'id'>,
): Item {
  return metaItem(run, file, index, 'unknown', fields);
}

// ---------- posts ----------

/**
 * Titles that only say what kind of post it is ("X updated his status.", "X shared a link."). Others carry content
 * of their own ("X is feeling wasted at The Tipsy Cow.", "X was at …") and are kept with the post's text.
 */
const BOILERPLATE_TITLE =
  /\b(updated (his|her|their|your) (status|cover photo|profile picture|profile photo)|shared (a|an|\d+) [\w ]+|added (a|an|\d+) new [\w ]+|posted in [^.]+|wrote on [^.]+ (timeline|wall)|shared [^.]+'s? [\w ]+|changed (his|her|their|your) [\w ]+|created (a|an) [\w ]+|posted (a|an|\d+) [\w ]+)\.?$/i;

export function isBoilerplateTitle(title: string): boolean {
  // real titles are one short sentence; a long one is content (and is never run through the regex)
  return title.length <= 300 && BOILERPLATE_TITLE.test(title.trim());
}

function readPost(run: Run, file: string, index: number, post: unknown): void {
  if (!isObject(post)) return run.bad.record(file, `post ${index} is not an object`);
  const texts: string[] = [];
  for (const entry of asArray(post.data)) {
    if (isObject(entry) && typeof entry.post === 'string' && entry.post.trim()) texts.push(entry.post);
  }
  const title = str(post.title) ?? '';
  const media: MediaRef[] = [];
  let place: Item['place'];
  const links: string[] = [];
  const descriptions: string[] = [];
  for (const attachment of asArray(post.attachments)) {
    if (!isObject(attachment)) continue;
    for (const entry of asArray(attachment.data)) {
      if (!isObject(entry)) continue;
      if (isObject(entry.media)) {
        const ref = mediaRefOf(run.source, entry.media);
        if (ref) {
          media.push(ref);
          if (ref.ref) run.postedUris.add(ref.ref);
          const description = str(entry.media.description);
          if (description?.trim()) descriptions.push(description);
        }
      }
      if (isObject(entry.place) && !place) place = placeOf(entry.place);
      if (isObject(entry.external_context)) {
        const url = str(entry.external_context.url);
        if (url) links.push(url);
      }
    }
  }
  let text = texts.join('\n\n');
  for (const url of links) if (!text.includes(url)) text = text ? `${text}\n${url}` : url;
  if (!text) text = descriptions.join('\n') || title;
  else if (title && !isBoilerplateTitle(title) && !text.includes(title)) text = `${text}\n\n${title}`;
  const createdAt = isoFromSeconds(post.timestamp);
  const stamp = typeof post.timestamp === 'number' ? String(Math.trunc(post.timestamp)) : '0';
  const id = run.ids.unique(`fb-${stamp}-${shortHash(text, title, ...media.map((ref) => ref.ref ?? ''))}`);
  if (!text && media.length === 0 && !place) return; // an empty activity entry: nothing to audit
  run.sink.item(item(run, file, index, { kind: 'post', id, text, createdAt, media, ...(place ? { place } : {}) }));
}

function readPosts(run: Run, file: string, value: Json): void {
  const list = listIn(value, ['status_updates_v2', 'status_updates', 'group_posts_v2', 'group_posts']);
  if (!list) return wrongShape(run, file, 'a list of posts');
  list.forEach((post, index) => readPost(run, file, index, post));
  if (run.owner) return;
  const name = ownerFromPostTitles(list.map((post) => (isObject(post) ? (str(post.title) ?? '') : '')));
  if (name) run.sink.profile?.({ platform: 'facebook', file, name });
}

// ---------- photos and videos not attached to a post ----------

function readMediaItems(run: Run, file: string, list: readonly unknown[], fallbackText = ''): void {
  list.forEach((entry, index) => {
    if (!isObject(entry)) return run.bad.record(file, `media entry ${index} is not an object`);
    const ref = mediaRefOf(run.source, entry);
    if (!ref) return run.bad.record(file, `media entry ${index} has no uri`);
    if (ref.ref && run.postedUris.has(ref.ref)) return;
    const text = [str(entry.description), str(entry.title)].find((part) => part?.trim()) ?? fallbackText;
    run.sink.item(
      item(run, file, index, {
        kind: 'photo',
        id: run.ids.unique(`fb-media-${shortHash(ref.ref ?? '')}`),
        text,
        createdAt: isoFromSeconds(entry.creation_timestamp) ?? ref.takenAt ?? null,
        media: [ref],
      }),
    );
  });
}

function readAlbum(run: Run, file: string, value: Json): void {
  if (!isObject(value) || !Array.isArray(value.photos)) return wrongShape(run, file, 'an album with photos[]');
  readMediaItems(run, file, value.photos, str(value.name) ?? '');
  const avatar = profilePictureOfAlbum(value);
  if (avatar)
    run.sink.profile?.({
      platform: 'facebook',
      file,
      avatar: { path: run.source.has(avatar) ? avatar : null, ref: avatar },
    });
}

function readOtherMedia(run: Run, file: string, value: Json, keys: readonly string[]): void {
  const list = listIn(value, keys);
  if (!list) return wrongShape(run, file, `{${keys[0]}: [...]}`);
  readMediaItems(run, file, list);
}

// ---------- comments ----------

/** "Alex commented on Jordan Lee's photo." → "Jordan Lee"; own content → the owner; "a post" → undefined. */
export function commentAuthorFromTitle(title: string, owner: string | undefined): string | undefined {
  if (title.length > 500) return undefined; // not a title Facebook writes; keeps the regexes linear in practice
  const match = /\b(?:commented on|replied to|reacted to)\s+(.+?)(?:'s|’s|'|’)\s+[^'’]+?\.?$/u.exec(title.trim());
  if (match?.[1]) return match[1].trim();
  if (/\b(?:commented on|replied to)\s+(?:his|her|their|your) own\b/i.test(title)) return owner;
  return undefined;
}

function readComments(run: Run, file: string, value: Json): void {
  const list = listIn(value, ['comments_v2', 'comments', 'group_comments_v2', 'group_comments']);
  if (!list) return wrongShape(run, file, '{comments_v2: [...]}');
  list.forEach((entry, index) => {
    if (!isObject(entry)) return run.bad.record(file, `comment ${index} is not an object`);
    let comment: JsonObject | undefined;
    for (const data of asArray(entry.data)) if (isObject(data) && isObject(data.comment)) comment = data.comment;
    const text = str(comment?.comment) ?? '';
    const media: MediaRef[] = [];
    for (const attachment of asArray(entry.attachments)) {
      for (const data of isObject(attachment) ? asArray(attachment.data) : []) {
        if (isObject(data) && isObject(data.media)) {
          const ref = mediaRefOf(run.source, data.media);
          if (ref) media.push(ref);
        }
      }
    }
    if (!comment && media.length === 0) return run.bad.record(file, `comment ${index} has no comment text`);
    const timestamp = comment?.timestamp ?? entry.timestamp;
    const title = str(entry.title) ?? '';
    const author = commentAuthorFromTitle(title, run.owner);
    run.sink.item(
      item(run, file, index, {
        kind: 'comment',
        id: run.ids.unique(`fb-comment-${typeof timestamp === 'number' ? timestamp : 0}-${shortHash(text, title)}`),
        text,
        createdAt: isoFromSeconds(timestamp),
        media,
        ...(author ? { author } : {}),
      }),
    );
  });
}

// ---------- liked pages ----------

/** `pages/pages_you've_liked.json`: `{page_likes_v2: [{name, timestamp, url?}]}`; page likes show on the profile. */
function readLikedPages(run: Run, file: string, value: Json): void {
  const list = listIn(value, ['page_likes_v2', 'page_likes']);
  if (!list) return wrongShape(run, file, '{page_likes_v2: [...]}');
  list.forEach((entry, index) => {
    if (!isObject(entry)) return run.bad.record(file, `page ${index} is not an object`);
    const name = str(entry.name)?.trim();
    if (!name) return run.bad.record(file, `page ${index} has no name`);
    const url = str(entry.url);
    run.sink.item(
      item(run, file, index, {
        kind: 'like',
        id: run.ids.unique(`fb-page-${shortHash(name, url ?? '')}`),
        text: name,
        createdAt: isoFromSeconds(entry.timestamp),
        audience: 'public',
        author: name,
        ...(url ? { url } : {}),
      }),
    );
  });
}

// ---------- friends and requests ----------

const REQUEST_STATE: Partial<
  Record<FacebookFileKind, { state: 'received' | 'sent' | 'rejected' | 'removed'; direction: 'incoming' | 'outgoing' }>
> = {
  received: { state: 'received', direction: 'incoming' },
  sent: { state: 'sent', direction: 'outgoing' },
  rejected: { state: 'rejected', direction: 'incoming' },
  removed: { state: 'removed', direction: 'outgoing' },
};

function readPeople(run: Run, file: string, value: Json, kind: FacebookFileKind): void {
  const list = listIn(value, [
    'friends_v2',
    'friends',
    'received_requests_v2',
    'sent_requests_v2',
    'rejected_requests_v2',
    'deleted_friends_v2',
    'removed_friends_v2',
  ]);
  if (!list) return wrongShape(run, file, 'a list of {name, timestamp}');
  const request = REQUEST_STATE[kind];
  list.forEach((entry, index) => {
    if (!isObject(entry)) return run.bad.record(file, `entry ${index} is not an object`);
    const name = str(entry.name)?.trim();
    if (!name) return run.bad.record(file, `entry ${index} has no name`);
    const stamp = typeof entry.timestamp === 'number' ? entry.timestamp : 0;
    const base = request ? `fb-request-${request.state}` : 'fb-friend';
    run.sink.item(
      item(run, file, index, {
        kind: request ? 'request' : 'connection',
        id: run.ids.unique(`${base}-${stamp}-${shortHash(name)}`),
        createdAt: isoFromSeconds(entry.timestamp),
        audience: 'private',
        person: { name },
        ...(request ? { direction: request.direction, flags: { requestState: request.state } } : {}),
      }),
    );
  });
}

// ---------- profile ----------

function readProfile(run: Run, file: string, value: Json): void {
  const profile = isObject(value) ? (isObject(value.profile_v2) ? value.profile_v2 : value.profile) : undefined;
  if (!isObject(profile)) return wrongShape(run, file, '{profile_v2: {...}}');
  const part = facebookProfilePart(profile, file);
  const name = part.name;
  run.owner = name;
  run.sink.profile?.(part);
  const handle = str(profile.username);
  run.sink.account({
    platform: 'facebook',
    ...(name ? { name } : {}),
    ...(handle ? { handle } : {}),
  });
  asArray(profile.work_experiences).forEach((work, index) => {
    if (!isObject(work)) return run.bad.record(file, `work experience ${index} is not an object`);
    const company = str(work.employer)?.trim();
    if (!company) return;
    const title = str(work.title)?.trim();
    const startedOn = monthFromSeconds(work.start_timestamp);
    const finishedOn = monthFromSeconds(work.end_timestamp);
    run.sink.position({
      platform: 'facebook',
      company,
      ...(title ? { title } : {}),
      ...(startedOn ? { startedOn } : {}),
      ...(finishedOn ? { finishedOn } : {}),
    });
  });
  const parts: string[] = [];
  const add = (label: string, text: string | undefined): void => {
    if (text?.trim()) parts.push(`${label}: ${text.trim()}`);
  };
  add('Name', name);
  add('About', str(profile.about_me) ?? (isObject(profile.intro_bio) ? str(profile.intro_bio.name) : undefined));
  add('Favourite quotes', str(profile.favorite_quotes));
  add('Current city', isObject(profile.current_city) ? str(profile.current_city.name) : undefined);
  add('Hometown', isObject(profile.hometown) ? str(profile.hometown.name) : undefined);
  add('Political views', isObject(profile.political_view) ? str(profile.political_view.name) : undefined);
  add('Religious views', isObject(profile.religious_view) ? str(profile.religious_view.name) : undefined);
  const websites = asArray(profile.websites)
    .map((site) => (isObject(site) ? str(site.address) : undefined))
    .filter(Boolean);
  if (websites.length) add('Websites', websites.join(', '));
  const phones = asArray(profile.phone_numbers)
    .map((phone) => (isObject(phone) ? str(phone.phone_number) : undefined))
    .filter(Boolean);
  if (phones.length) add('Phone', phones.join(', '));
  if (parts.length === 0) return;
  run.sink.item(item(run, file, undefined, { kind: 'profile', id: 'profile', text: parts.join('\n') }));
}

// ---------- the importer ----------

/** Reading order: the profile first (the owner's name decides message direction), posts before albums. */
const ORDER: readonly FacebookFileKind[] = [
  'profile',
  'posts',
  'album',
  'other-photos',
  'videos',
  'comments',
  'group-posts',
  'group-comments',
  'liked-pages',
  'friends',
  'received',
  'sent',
  'rejected',
  'removed',
  'messages',
];

const FACEBOOK_PLACEMENT: Placement<FacebookFileKind> = {
  kindOf: facebookFileKind,
  rules: FACEBOOK_CONTENT,
  layoutScore: facebookScore,
  platform: 'Facebook',
  contents: 'posts, comments, messages, friends or profile',
  parts: FACEBOOK_PARTS,
};

type Reader = (run: Run, file: string, value: Json) => void;

const peopleReader =
  (kind: FacebookFileKind): Reader =>
  (run, file, value) =>
    readPeople(run, file, value, kind);

/** The reader of each kind of file. */
const READERS: Record<FacebookFileKind, Reader> = {
  profile: readProfile,
  posts: readPosts,
  'group-posts': readPosts,
  album: readAlbum,
  'other-photos': (run, file, value) => readOtherMedia(run, file, value, ['other_photos_v2', 'other_photos']),
  videos: (run, file, value) => readOtherMedia(run, file, value, ['videos_v2', 'videos']),
  comments: readComments,
  'group-comments': readComments,
  'liked-pages': readLikedPages,
  messages: readMessageThread,
  friends: peopleReader('friends'),
  received: peopleReader('received'),
  sent: peopleReader('sent'),
  rejected: peopleReader('rejected'),
  removed: peopleReader('removed'),
};

export const facebookImporter: Importer = metaImporter({
  platform: 'facebook',
  placement: FACEBOOK_PLACEMENT,
  order: ORDER,
  compareFiles: partOrder,
  sharedKind: 'messages',
  newRun: (source, sink): Run => ({ ...newMetaRun('facebook', source, sink), postedUris: new Set() }),
  readFile: (run, kind, file, value) => READERS[kind](run, file, value),
  htmlReason: (source) => (facebookScore(source) >= instagramScore(source) ? FACEBOOK_HTML_REASON : null),
});
