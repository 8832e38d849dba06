import { decodeHTMLStrict } from 'entities';
import type { Audience, Item, MediaRef } from '../../core/item.js';
import { textEntities } from './entities.js';
import type { MediaIndex } from './layout.js';
import { isObject, str, toCount, toIsoDate, urlBasename } from './parse.js';
import type { FileTally } from './tally.js';

/** What every tweet of one file shares. */
export interface TweetFileContext {
  file: string;
  input: string;
  userName: string | undefined;
  audience: Audience;
  mediaDirs: readonly string[];
  media: MediaIndex;
  tally: FileTally;
  /** Set on every tweet of the file (deleted-tweets.js → deleted, twitter-circle-tweet.js → circle). */
  flags: { deleted?: boolean; circle?: boolean };
}

/** X escapes `&`, `<` and `>` in tweet text; nothing else. Decoding only when there is an `&` keeps it cheap. */
export function decodeText(text: string): string {
  return text.indexOf('&') >= 0 ? decodeHTMLStrict(text) : text;
}

export function statusUrl(userName: string | undefined, id: string): string {
  return userName ? `https://x.com/${userName}/status/${id}` : `https://x.com/i/web/status/${id}`;
}

const STATUS_URL = /^https?:\/\/(?:www\.|mobile\.)?(?:twitter|x)\.com\/(\w+)\/status(?:es)?\/(\d+)/;
const TRAILING_TCO = /^(?:\s+https?:\/\/t\.co\/\w+)*\s*$/;

/** The bare tweet object, whether or not it is wrapped as `{tweet: {…}}` (the wrapper appeared ~2020). */
export function unwrapTweet(entry: unknown): Record<string, unknown> | null {
  if (!isObject(entry)) return null;
  const inner = entry.tweet;
  return isObject(inner) ? inner : entry;
}

/** The tweet's id as a string, never through Number (ids exceed 2^53). */
export function tweetId(tweet: Record<string, unknown>): string | undefined {
  const id = tweet.id_str ?? tweet.id;
  return typeof id === 'string' && id.length > 0 ? id : undefined;
}

/**
 * One tweet → one Item, or null (counted in the tally) when the record has no id or text.
 * Kind: `RT @` → repost; in_reply_to_* → reply; a trailing link to a status → quote; else post.
 */
export function tweetToItem(
  tweet: Record<string, unknown>,
  index: number,
  context: TweetFileContext,
  created?: string | null,
): Item | null {
  const { tally } = context;
  const id = tweetId(tweet);
  if (id === undefined) return tally.skip(index, 'id_str is missing or not a string');
  const raw = typeof tweet.full_text === 'string' ? tweet.full_text : tweet.text;
  if (typeof raw !== 'string') return tally.skip(index, 'full_text is missing or not a string');

  const createdAt = created !== undefined ? created : toIsoDate(tweet.created_at);
  if (createdAt === null && tweet.created_at !== undefined) tally.field('created_at');

  let kind: Item['kind'] = 'post';
  let text = raw;
  let author: string | undefined;
  let inReplyTo: Item['inReplyTo'];
  let quoted: Item['quoted'];
  const entities = isObject(tweet.entities) ? tweet.entities : undefined;
  /** The entities of the text the item ends up with (a retweet's text is the original's). */
  let textEntitiesFrom: unknown = entities;

  if (raw.startsWith('RT @') || isObject(tweet.retweeted_status)) {
    kind = 'repost';
    const mentions = entities && Array.isArray(entities.user_mentions) ? entities.user_mentions : undefined;
    const first = mentions && isObject(mentions[0]) ? str(mentions[0].screen_name) : undefined;
    author = first ?? retweetedAuthor(raw);
    const original = isObject(tweet.retweeted_status) ? tweet.retweeted_status : undefined;
    if (original) {
      // Grailbird keeps the whole original; its text is not cut at 140 characters.
      const full = typeof original.full_text === 'string' ? original.full_text : original.text;
      if (typeof full === 'string') {
        text = full;
        textEntitiesFrom = original.entities;
      }
      const user = isObject(original.user) ? str(original.user.screen_name) : undefined;
      if (user) author = user;
    }
  } else {
    const replyId = str(tweet.in_reply_to_status_id_str) ?? str(tweet.in_reply_to_status_id);
    const replyUser = str(tweet.in_reply_to_user_id_str);
    if (replyId !== undefined || replyUser !== undefined) {
      kind = 'reply';
      inReplyTo = {};
      if (replyId !== undefined) inReplyTo.id = replyId;
      const replyName = str(tweet.in_reply_to_screen_name);
      if (replyName !== undefined) inReplyTo.author = replyName;
    }
    const urls = entities && Array.isArray(entities.urls) ? entities.urls : undefined;
    const last = urls && urls.length ? urls[urls.length - 1] : undefined;
    if (isObject(last) && typeof last.expanded_url === 'string' && last.expanded_url.includes('/status')) {
      const match = STATUS_URL.exec(last.expanded_url);
      const short = str(last.url);
      const at = short ? raw.lastIndexOf(short) : -1;
      if (match && (!short || (at >= 0 && TRAILING_TCO.test(raw.slice(at + short.length))))) {
        quoted = { id: match[2] as string, author: match[1] as string };
        if (at >= 0) text = raw.slice(0, at).trimEnd();
        if (kind === 'post') kind = 'quote';
      }
    }
    const quotedId = str(tweet.quoted_status_id_str);
    if (!quoted && quotedId !== undefined) {
      quoted = { id: quotedId };
      if (kind === 'post') kind = 'quote';
    }
  }

  // The picture's own t.co link closes the text of a tweet with media: it is not the user's words.
  const firstMedia = entities && Array.isArray(entities.media) ? entities.media[0] : undefined;
  const mediaLink = isObject(firstMedia) ? str(firstMedia.url) : undefined;
  if (mediaLink && kind !== 'repost' && text.endsWith(mediaLink)) text = text.slice(0, -mediaLink.length).trimEnd();

  const engagement: Item['engagement'] = {};
  const likes = toCount(tweet.favorite_count);
  if (likes !== undefined) engagement.likes = likes;
  else if (tweet.favorite_count !== undefined) tally.field('favorite_count');
  const reposts = toCount(tweet.retweet_count);
  if (reposts !== undefined) engagement.reposts = reposts;
  else if (tweet.retweet_count !== undefined) tally.field('retweet_count');

  const item: Item = {
    platform: 'x',
    kind,
    id,
    text: decodeText(text),
    createdAt,
    audience: context.audience,
    engagement,
    media: tweetMedia(tweet, id, context),
    locator: { input: context.input, file: context.file, index },
    url: statusUrl(context.userName, id),
    flags: { ...context.flags },
  };
  if (typeof tweet.lang === 'string' && tweet.lang !== 'und') item.lang = tweet.lang;
  const marked = textEntities(item.text, textEntitiesFrom);
  if (marked) item.entities = marked;
  if (author !== undefined) item.author = author;
  if (inReplyTo) item.inReplyTo = inReplyTo;
  if (quoted) item.quoted = quoted;
  if (tweet.possibly_sensitive === true) item.flags.sensitive = true;
  const place = placeOf(tweet);
  if (place) item.place = place;
  return item;
}

function retweetedAuthor(text: string): string | undefined {
  let end = 4;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    const word = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
    if (!word) break;
    end++;
  }
  return end > 4 ? text.slice(4, end) : undefined;
}

function placeOf(tweet: Record<string, unknown>): Item['place'] | undefined {
  const place = isObject(tweet.place) ? tweet.place : undefined;
  const name = place ? (str(place.full_name) ?? str(place.name)) : undefined;
  let geo: { latitude: number; longitude: number } | undefined;
  // `coordinates` is GeoJSON [longitude, latitude]; the older `geo` is [latitude, longitude].
  const coordinates = isObject(tweet.coordinates) ? tweet.coordinates.coordinates : undefined;
  const old = isObject(tweet.geo) ? tweet.geo.coordinates : undefined;
  const pair = (value: unknown, flip: boolean): void => {
    if (!Array.isArray(value) || value.length < 2) return;
    const a = Number(value[0]);
    const b = Number(value[1]);
    if (Number.isFinite(a) && Number.isFinite(b))
      geo = flip ? { latitude: b, longitude: a } : { latitude: a, longitude: b };
  };
  pair(coordinates, true);
  if (!geo) pair(old, false);
  if (!name && !geo) return undefined;
  const result: NonNullable<Item['place']> = {};
  if (name) result.name = name;
  if (geo) result.geo = geo;
  return result;
}

const MEDIA_TYPE: Readonly<Record<string, MediaRef['type']>> = { photo: 'photo', video: 'video', animated_gif: 'gif' };

/**
 * `extended_entities.media` (all attachments; `entities.media` holds only the first) mapped to their files:
 * `<dir>/<tweetId>-<basename>` where basename is the media URL's for photos and the highest-bitrate mp4
 * variant's for videos and GIFs; else the first unused `<tweetId>-*` file; else null.
 */
function tweetMedia(tweet: Record<string, unknown>, id: string, context: TweetFileContext): MediaRef[] {
  const extended = isObject(tweet.extended_entities) ? tweet.extended_entities.media : undefined;
  const basic = isObject(tweet.entities) ? tweet.entities.media : undefined;
  const list = Array.isArray(extended) && extended.length ? extended : Array.isArray(basic) ? basic : undefined;
  if (!list || list.length === 0) return [];
  const refs: MediaRef[] = [];
  const used = new Set<string>();
  for (const media of list) {
    if (!isObject(media)) continue;
    const type = MEDIA_TYPE[String(media.type)] ?? 'unknown';
    const ref = str(media.media_url_https) ?? str(media.media_url) ?? str(media.expanded_url);
    const best = type === 'video' || type === 'gif' ? bestVariant(media.video_info) : undefined;
    const name = best ? urlBasename(best) : ref ? urlBasename(ref) : undefined;
    let path: string | null = null;
    if (name) {
      for (const dir of context.mediaDirs) {
        const candidate = `${dir}/${id}-${name}`;
        if (context.media.has(candidate)) {
          path = candidate;
          break;
        }
      }
    }
    if (path === null) path = context.media.glob(id, context.mediaDirs).find((file) => !used.has(file)) ?? null;
    if (path !== null) used.add(path);
    const entry: MediaRef = { path, type };
    const mediaRef = best ?? ref;
    if (mediaRef) entry.ref = mediaRef;
    refs.push(entry);
  }
  return refs;
}

function bestVariant(info: unknown): string | undefined {
  if (!isObject(info) || !Array.isArray(info.variants)) return undefined;
  let best: string | undefined;
  let bestRate = -1;
  for (const variant of info.variants) {
    if (!isObject(variant) || typeof variant.url !== 'string') continue;
    const mp4 = variant.content_type === 'video/mp4' || (!variant.content_type && variant.url.includes('.mp4'));
    if (!mp4) continue;
    const rate = Number(variant.bitrate ?? 0);
    const value = Number.isFinite(rate) ? rate : 0;
    if (value > bestRate) {
      best = variant.url;
      bestRate = value;
    }
  }
  return best;
}
