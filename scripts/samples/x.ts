import { join } from 'node:path';
import { escapeX, xDate, ytd } from '../../src/report/x-archive.js';
import { seededRandom, writeFolder, writeZip, type FileMap } from './file-map.js';
import { samplePhoto } from './images.js';
import { PERSONA } from './persona.js';
import type { SampleWriter } from './registry.js';

/**
 * Synthetic X/Twitter archives in every era's layout (docs/importers/x.md, shared formats.md §A):
 * `tweets.js` with the `{tweet}` wrapper and a manifest (late 2022+), `tweet.js` + `tweet-partN.js` without the
 * wrapper (~2019–2022), and Grailbird `data/js/tweets/YYYY_MM.js` (2012–2018). Builders return a FileMap so tests
 * can make small fixtures; the writer at the bottom makes the samples the README audits.
 */

export interface XMediaSpec {
  kind: 'photo' | 'video' | 'animated_gif';
  /** The media's own id (`id_str`). */
  mediaId: string;
  /** Basename of the photo URL, or of the highest-bitrate mp4 variant for videos and GIFs, e.g. `Gx1aB2c.jpg`. */
  name: string;
  /** The file's bytes; null or absent → the archive does not contain it (as X sometimes does). */
  content?: Buffer | null;
  /** Store the file under this name instead of `<tweetId>-<name>` (exercises the `<tweetId>-*` fallback). */
  storedAs?: string;
}

export interface XTweetSpec {
  id: string;
  /** Plain text as the user wrote it; the builder escapes `& < >` as X does. */
  text: string;
  /** ISO 8601 UTC. */
  at: string;
  likes?: number;
  reposts?: number;
  lang?: string;
  reply?: { id: string; screenName: string; userId: string; name?: string };
  /** A retweet: the builder writes `RT @<screenName>: <text>` cut to 140 characters, like X. */
  retweetOf?: { screenName: string; userId: string; name?: string };
  /** A quote: the builder appends a t.co link to the quoted status. */
  quote?: { screenName: string; id: string };
  media?: XMediaSpec[];
  sensitive?: boolean;
  /** A long post: tweets.js gets the first 270 characters + `…` + a link, note-tweet.js the whole text. */
  note?: boolean;
}

export interface XMessageSpec {
  id: string;
  senderId: string;
  /** Absent in group chats. */
  recipientId?: string;
  text: string;
  at: string;
  media?: { name: string; content?: Buffer | null }[];
}

export interface XConversationSpec {
  id: string;
  /** Oldest first; written newest first as X does. */
  messages: XMessageSpec[];
}

export interface XArchiveOptions {
  /** `tweets` (late 2022+, default) or `tweet` (~2019–2022). */
  era?: 'tweets' | 'tweet';
  /** Wrap entries as `{tweet: …}`; default: true for `tweets`, false for `tweet`. */
  wrapper?: boolean;
  /** Write data/manifest.js; default: true for `tweets`, false for `tweet`. */
  manifest?: boolean;
  /** Split tweets over this many files (`tweets.js`, `tweets-part1.js`, …). */
  parts?: number;
  tweets: XTweetSpec[];
  account?: { id: string; userName: string; displayName: string; email?: string } | null;
  profile?: { bio: string; website?: string; location?: string } | null;
  likes?: { tweetId: string; text?: string; url?: string }[];
  dms?: XConversationSpec[];
  groupDms?: XConversationSpec[];
  deleted?: XTweetSpec[];
  /** Long posts with no matching tweet in tweets.js. */
  orphanNotes?: { id: string; at: string; text: string }[];
  /** Ids of tweets (in `tweets`) that went to the Circle only. */
  circle?: string[];
  /** Protect/unprotect events, oldest first. */
  protectedHistory?: ('Protect' | 'Unprotect')[];
  /** Anything else to put in the archive (broken files, unknown files). */
  extra?: FileMap;
}

const EPOCH = 1288834974657n;

/** A snowflake id for a moment, as X makes them (all far above 2^53). */
export function snowflake(iso: string, sequence = 0): string {
  return (((BigInt(Date.parse(iso)) - EPOCH) << 22n) | BigInt(sequence & 0x3fffff)).toString();
}

export { escapeX, xDate, ytd };

const pad = (n: number): string => String(n).padStart(2, '0');

function tco(seed: string): string {
  let hash = 0;
  for (let i = 0; i < seed.length; i++) hash = (Math.imul(hash, 31) + seed.charCodeAt(i)) >>> 0;
  return `https://t.co/${hash.toString(36).padStart(7, 'x').slice(0, 10)}`;
}

interface Built {
  tweet: Record<string, unknown>;
  files: FileMap;
}

/** One tweet as X writes it, and the media files that go with it. */
export function buildTweet(spec: XTweetSpec, userName: string, mediaDir: string): Built {
  const mentions: Record<string, unknown>[] = [];
  const urls: Record<string, unknown>[] = [];
  let text = spec.text;
  if (spec.note && text.length > 270) {
    text = `${text.slice(0, 270)}… ${tco(`note${spec.id}`)}`;
  }
  if (spec.retweetOf) {
    text = `RT @${spec.retweetOf.screenName}: ${text}`;
    if (text.length > 140) text = `${text.slice(0, 139)}…`;
    mentions.push(mention(spec.retweetOf.screenName, spec.retweetOf.userId, 3, spec.retweetOf.name));
  }
  if (spec.reply) {
    text = `@${spec.reply.screenName} ${text}`;
    mentions.push(mention(spec.reply.screenName, spec.reply.userId, 0, spec.reply.name));
  }
  if (spec.quote) {
    const short = tco(`quote${spec.id}`);
    const expanded = `https://twitter.com/${spec.quote.screenName}/status/${spec.quote.id}`;
    urls.push({
      url: short,
      expanded_url: expanded,
      display_url: `twitter.com/${spec.quote.screenName}/…`,
      indices: [String(text.length + 1), String(text.length + 1 + short.length)],
    });
    text = `${text} ${short}`;
  }
  const files: FileMap = {};
  const media: Record<string, unknown>[] = [];
  (spec.media ?? []).forEach((m, index) => {
    const short = tco(`media${spec.id}`);
    const base = {
      expanded_url: `https://x.com/${userName}/status/${spec.id}/${m.kind === 'photo' ? 'photo' : 'video'}/${index + 1}`,
      indices: [String(text.length + 1), String(text.length + 1 + short.length)],
      url: short,
      id_str: m.mediaId,
      id: m.mediaId,
      display_url: `pic.x.com/${short.slice(13)}`,
      type: m.kind,
    };
    if (m.kind === 'photo') {
      media.push({
        ...base,
        media_url: `http://pbs.twimg.com/media/${m.name}`,
        media_url_https: `https://pbs.twimg.com/media/${m.name}`,
        sizes: { large: { w: '640', h: '480', resize: 'fit' }, thumb: { w: '150', h: '150', resize: 'crop' } },
      });
    } else {
      const folder = m.kind === 'video' ? 'ext_tw_video' : 'tweet_video';
      const thumb = `https://pbs.twimg.com/${folder}_thumb/${m.mediaId}/pu/img/thumb.jpg`;
      media.push({
        ...base,
        media_url: thumb.replace('https:', 'http:'),
        media_url_https: thumb,
        video_info: {
          aspect_ratio: ['9', '16'],
          duration_millis: m.kind === 'video' ? '14000' : undefined,
          variants: [
            { content_type: 'application/x-mpegURL', url: `https://video.twimg.com/${folder}/${m.mediaId}/pl/list.m3u8` },
            { bitrate: '256000', content_type: 'video/mp4', url: `https://video.twimg.com/${folder}/${m.mediaId}/vid/low-${m.name}?tag=12` },
            { bitrate: '2176000', content_type: 'video/mp4', url: `https://video.twimg.com/${folder}/${m.mediaId}/vid/${m.name}?tag=12` },
            { bitrate: '832000', content_type: 'video/mp4', url: `https://video.twimg.com/${folder}/${m.mediaId}/vid/mid-${m.name}?tag=12` },
          ],
        },
      });
    }
    if (m.content) files[`${mediaDir}/${m.storedAs ?? `${spec.id}-${m.name}`}`] = m.content;
    if (index === 0) text = `${text} ${short}`;
  });
  const tweet: Record<string, unknown> = {
    edit_info: {
      initial: { editTweetIds: [spec.id], editableUntil: new Date(Date.parse(spec.at) + 3600_000).toISOString(), editsRemaining: '5', isEditEligible: true },
    },
    retweeted: false,
    source: '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
    entities: { hashtags: [], symbols: [], user_mentions: mentions, urls, ...(media.length ? { media: [media[0]] } : {}) },
    display_text_range: ['0', String(text.length)],
    favorite_count: String(spec.likes ?? 0),
    id_str: spec.id,
    truncated: false,
    retweet_count: String(spec.reposts ?? 0),
    id: spec.id,
    created_at: xDate(spec.at),
    favorited: false,
    full_text: escapeX(text),
    lang: spec.lang ?? 'en',
  };
  if (media.length) tweet.extended_entities = { media };
  if (spec.sensitive) tweet.possibly_sensitive = true;
  if (spec.reply) {
    tweet.in_reply_to_status_id_str = spec.reply.id;
    tweet.in_reply_to_status_id = spec.reply.id;
    tweet.in_reply_to_user_id_str = spec.reply.userId;
    tweet.in_reply_to_user_id = spec.reply.userId;
    tweet.in_reply_to_screen_name = spec.reply.screenName;
  }
  return { tweet, files };
}

function mention(screenName: string, id: string, start: number, name = screenName): Record<string, unknown> {
  return {
    name,
    screen_name: screenName,
    indices: [String(start), String(start + 1 + screenName.length)],
    id_str: id,
    id,
  };
}

/** Splits `items` into `parts` nearly equal chunks, in order. */
function chunk<T>(items: readonly T[], parts: number): T[][] {
  const size = Math.max(1, Math.ceil(items.length / Math.max(1, parts)));
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks.length ? chunks : [[]];
}

const partFile = (base: string, part: number): string => (part === 0 ? `data/${base}.js` : `data/${base}-part${part}.js`);

/** A modern X archive (tweets.js or tweet.js era) as a FileMap, rooted at the archive's top (`data/…`). */
export function buildXArchive(options: XArchiveOptions): FileMap {
  const era = options.era ?? 'tweets';
  const wrapper = options.wrapper ?? era === 'tweets';
  const withManifest = options.manifest ?? era === 'tweets';
  const account = options.account === undefined ? defaultAccount() : options.account;
  const userName = account?.userName ?? 'unknown';
  const mediaDir = era === 'tweets' ? 'data/tweets_media' : 'data/tweet_media';
  const files: FileMap = {};
  const manifestTypes: Record<string, unknown> = {};
  const list = (type: string, entries: { fileName: string; globalName: string; count: number }[], media?: string): void => {
    manifestTypes[type] = {
      ...(media ? { mediaDirectory: media } : {}),
      files: entries.map((entry) => ({ ...entry, count: String(entry.count) })),
    };
  };
  const wrap = (tweet: Record<string, unknown>): unknown => (wrapper ? { tweet } : tweet);
  const writeYtd = (type: string, base: string, name: string, records: unknown[], parts = 1, media?: string): void => {
    const entries = chunk(records, parts).map((part, index) => {
      files[partFile(base, index)] = ytd(name, index, part);
      return { fileName: partFile(base, index), globalName: `YTD.${name}.part${index}`, count: part.length };
    });
    list(type, entries, media);
  };

  files['Your archive.html'] = '<!doctype html><title>Your archive</title><p>Open this file to browse your archive.</p>';
  const builtTweets = options.tweets.map((spec) => buildTweet(spec, userName, mediaDir));
  for (const built of builtTweets) Object.assign(files, built.files);
  writeYtd(era, era, era, builtTweets.map((built) => wrap(built.tweet)), options.parts ?? 1, mediaDir);

  if (account) {
    writeYtd('account', 'account', 'account', [
      {
        account: {
          email: account.email ?? 'someone@example.com',
          createdVia: 'web',
          username: account.userName,
          accountId: account.id,
          createdAt: '2014-03-02T17:41:09.000Z',
          accountDisplayName: account.displayName,
        },
      },
    ]);
  }
  if (options.profile) {
    writeYtd('profile', 'profile', 'profile', [
      {
        profile: {
          description: {
            bio: options.profile.bio,
            website: options.profile.website ?? '',
            location: options.profile.location ?? '',
          },
          avatarMediaUrl: 'https://pbs.twimg.com/profile_images/1612345678901234567/aB3dE5fG_normal.jpg',
        },
      },
    ]);
  }
  if (options.likes?.length) {
    writeYtd(
      'like',
      'like',
      'like',
      options.likes.map((like) => ({
        like: {
          tweetId: like.tweetId,
          ...(like.text !== undefined ? { fullText: escapeX(like.text) } : {}),
          expandedUrl: like.url ?? `https://twitter.com/i/web/status/${like.tweetId}`,
        },
      })),
    );
  }
  const dms = (type: string, base: string, name: string, conversations: XConversationSpec[], media: string): void => {
    const records = conversations.map((conversation) => ({
      dmConversation: {
        conversationId: conversation.id,
        messages: [...conversation.messages].reverse().map((message) => {
          const mediaUrls = (message.media ?? []).map((m, index) => {
            if (m.content) files[`${media}/${message.id}-${m.name}`] = m.content;
            return `https://ton.twitter.com/dm/${message.id}/${BigInt(message.id) + BigInt(index + 1)}/${m.name}`;
          });
          return {
            messageCreate: {
              reactions: [],
              urls: [],
              text: escapeX(message.text),
              mediaUrls,
              senderId: message.senderId,
              id: message.id,
              createdAt: message.at,
              ...(message.recipientId ? { recipientId: message.recipientId } : {}),
            },
          };
        }),
      },
    }));
    writeYtd(type, base, name, records, 1, media);
  };
  if (options.dms?.length) dms('directMessages', 'direct-messages', 'direct_messages', options.dms, 'data/direct_messages_media');
  if (options.groupDms?.length) {
    dms('directMessagesGroup', 'direct-messages-group', 'direct_messages_group', options.groupDms, 'data/direct_messages_group_media');
  }
  if (options.deleted?.length) {
    const built = options.deleted.map((spec) => buildTweet(spec, userName, 'data/deleted_tweets_media'));
    for (const entry of built) Object.assign(files, entry.files);
    writeYtd(
      'deletedTweets',
      'deleted-tweets',
      'deleted_tweets',
      built.map((entry) => ({ tweet: { ...entry.tweet, deleted_at: xDate('2026-01-05T09:00:00Z') } })),
      1,
      'data/deleted_tweets_media',
    );
  }
  const notes = [
    ...options.tweets.filter((spec) => spec.note).map((spec) => ({ id: snowflake(spec.at, 7), at: spec.at, text: spec.text })),
    ...(options.orphanNotes ?? []),
  ];
  if (notes.length) {
    writeYtd(
      'noteTweet',
      'note-tweet',
      'note_tweet',
      notes.map((note) => ({
        noteTweet: {
          noteTweetId: note.id,
          updatedAt: note.at,
          lifecycle: { value: '0', name: 'Published', originalValue: '0' },
          createdAt: note.at,
          core: { styletags: [], urls: [], text: note.text, mentions: [], cashtags: [], hashtags: [] },
        },
      })),
    );
  }
  if (options.circle?.length) {
    const ids = new Set(options.circle);
    writeYtd(
      'twitterCircleTweet',
      'twitter-circle-tweet',
      'twitter_circle_tweet',
      builtTweets.filter((built) => ids.has(String(built.tweet.id_str))).map((built) => ({ tweet: built.tweet })),
      1,
      'data/twitter_circle_tweet_media',
    );
  }
  if (options.protectedHistory?.length) {
    writeYtd(
      'protectedHistory',
      'protected-history',
      'protected_history',
      options.protectedHistory.map((action, index) => ({
        protectedHistory: { protectedAt: new Date(Date.UTC(2024, 0, 10 + index * 30)).toISOString(), action },
      })),
    );
  }
  // Files every archive has that Decorum does not read.
  writeYtd('follower', 'follower', 'follower', [
    { follower: { accountId: '1234567890', userLink: 'https://twitter.com/intent/user?user_id=1234567890' } },
  ]);
  writeYtd('ipAudit', 'ip-audit', 'ip_audit', [
    { ipAudit: { accountId: account?.id ?? '0', createdAt: '2026-01-01T10:00:00.000Z', loginIp: '203.0.113.7' } },
  ]);
  Object.assign(files, options.extra ?? {});

  if (withManifest) {
    const manifest = {
      userInfo: account ? { accountId: account.id, userName: account.userName, displayName: account.displayName } : {},
      archiveInfo: {
        sizeBytes: '1048576',
        generationDate: '2026-01-12T08:30:00.000Z',
        isPartialArchive: false,
        maxPartSizeBytes: '53687091200',
      },
      readmeInfo: { fileName: 'data/README.txt', directory: 'data/', name: 'README.txt' },
      dataTypes: manifestTypes,
    };
    files['data/manifest.js'] = `window.__THAR_CONFIG = ${JSON.stringify(manifest, null, 2)}`;
  }
  return files;
}

function defaultAccount(): { id: string; userName: string; displayName: string; email: string } {
  return { id: PERSONA.xAccountId, userName: PERSONA.xHandle, displayName: PERSONA.name, email: PERSONA.email };
}

/** A Grailbird-era (2012–2018) archive: monthly `data/js/tweets/YYYY_MM.js`, numeric `id`s beside `id_str`. */
export function buildGrailbirdArchive(
  tweets: readonly XTweetSpec[],
  user = { id: PERSONA.xAccountId, screenName: PERSONA.xHandle, name: PERSONA.name, protected: false },
): FileMap {
  const files: FileMap = {};
  const byMonth = new Map<string, Record<string, unknown>[]>();
  for (const spec of tweets) {
    const at = new Date(spec.at);
    const month = `${at.getUTCFullYear()}_${pad(at.getUTCMonth() + 1)}`;
    const { tweet } = buildTweet({ ...spec, media: [] }, user.screenName, 'data/js');
    const grail: Record<string, unknown> = {
      source: '<a href="http://twitter.com" rel="nofollow">Twitter Web Client</a>',
      entities: tweet.entities,
      geo: {},
      id_str: spec.id,
      text: tweet.full_text,
      id: `__NUMBER__${spec.id}`,
      created_at: `${spec.at.slice(0, 10)} ${spec.at.slice(11, 19)} +0000`,
      user: {
        name: user.name,
        screen_name: user.screenName,
        protected: user.protected,
        id_str: user.id,
        profile_image_url_https: 'https://pbs.twimg.com/profile_images/1/avatar_normal.jpg',
        id: `__NUMBER__${user.id}`,
        verified: false,
      },
    };
    if (spec.reply) {
      grail.in_reply_to_status_id_str = spec.reply.id;
      grail.in_reply_to_screen_name = spec.reply.screenName;
      grail.in_reply_to_user_id_str = spec.reply.userId;
    }
    if (spec.retweetOf) {
      grail.retweeted_status = {
        id_str: snowflake(spec.at, 99),
        text: escapeX(spec.text),
        created_at: grail.created_at,
        user: { screen_name: spec.retweetOf.screenName, id_str: spec.retweetOf.userId, name: spec.retweetOf.screenName },
      };
    }
    const list = byMonth.get(month) ?? [];
    list.push(grail);
    byMonth.set(month, list);
  }
  const index: unknown[] = [];
  for (const [month, list] of [...byMonth].sort(([a], [b]) => b.localeCompare(a))) {
    const [year, mm] = month.split('_');
    // Real Grailbird files hold ids as bare numbers beside id_str: they lose precision when parsed.
    const json = JSON.stringify(list, null, 1).replace(/"__NUMBER__(\d+)"/g, '$1');
    files[`data/js/tweets/${month}.js`] = `Grailbird.data.tweets_${month} = \n${json}`;
    index.push({ file_name: `data/js/tweets/${month}.js`, year: Number(year), var_name: `tweets_${month}`, tweet_count: list.length, month: Number(mm) });
  }
  files['data/js/tweet_index.js'] = `var tweet_index = ${JSON.stringify(index, null, 1)}`;
  files['data/js/user_details.js'] =
    `var user_details = ${JSON.stringify({ screen_name: user.screenName, location: 'Seattle', full_name: user.name, bio: 'Writing code.', id: user.id, created_at: '2014-03-02 17:41:09 +0000' }, null, 1)}`;
  files['data/js/payload_details.js'] = `var payload_details = ${JSON.stringify({ tweets: tweets.length, created_at: '2018-04-01 10:00:00 +0000', lang: 'en' })}`;
  files['index.html'] = '<!doctype html><title>Your Twitter archive</title>';
  files['tweets.csv'] = '"tweet_id","in_reply_to_status_id","timestamp","text"\n';
  return files;
}

const LARGE_WORDS =
  'shipping the new release today code review coffee team standup deploy refactor testing meetup talk slides weekend hike rain seattle bus book podcast lunch tacos pull request incident fixed flaky'.split(
    ' ',
  );

/**
 * The big archive's tweets, one JSON text each (the `{tweet}` wrapper, pretty-printed like X's), in order: a mix of
 * posts, replies and retweets, ~1 KB each like real ones. A generator, so an archive larger than memory can be
 * written as it is made.
 */
export function* largeXTweets(count: number): Generator<string> {
  const random = seededRandom(20260112);
  const start = Date.parse('2025-01-01T00:00:00Z');
  for (let k = 0; k < count; k++) {
    const at = new Date(start + k * 317_000).toISOString();
    const id = snowflake(at, k);
    const words: string[] = [];
    const length = 8 + Math.floor(random() * 30);
    for (let w = 0; w < length; w++) words.push(LARGE_WORDS[Math.floor(random() * LARGE_WORDS.length)] as string);
    let text = words.join(' ');
    const roll = random();
    const spec: XTweetSpec = { id, text, at, likes: Math.floor(random() * 50), reposts: Math.floor(random() * 5) };
    if (roll < 0.15) spec.reply = { id: snowflake(at, k + 1), screenName: 'riley_chen', userId: '2200000001' };
    else if (roll < 0.25) spec.retweetOf = { screenName: 'contoso', userId: '2200000002' };
    else if (roll < 0.3) text = `${text} &amp; more`;
    spec.text = text;
    yield JSON.stringify({ tweet: buildTweet(spec, PERSONA.xHandle, 'data/tweets_media').tweet }, null, 2);
  }
}

/** How many tweets each part of the big archive holds, in part order. */
export function largeXParts(count: number, perPart: number): number[] {
  const parts: number[] = [];
  for (let done = 0; done < count; done += perPart) parts.push(Math.min(perPart, count - done));
  return parts;
}

/** The big archive's files other than the tweets: manifest, account, the archive's HTML page. */
export function largeXArchiveFrame(parts: readonly number[]): FileMap {
  const entries = parts.map((n, part) => ({ fileName: partFile('tweets', part), globalName: `YTD.tweets.part${part}`, count: String(n) }));
  const manifest = {
    userInfo: { accountId: PERSONA.xAccountId, userName: PERSONA.xHandle, displayName: PERSONA.name },
    archiveInfo: { generationDate: '2026-01-12T08:30:00.000Z', isPartialArchive: false },
    dataTypes: { tweets: { mediaDirectory: 'data/tweets_media', files: entries } },
  };
  return {
    'data/manifest.js': `window.__THAR_CONFIG = ${JSON.stringify(manifest, null, 2)}`,
    'Your archive.html': '<!doctype html><title>Your archive</title>',
    'data/account.js': ytd('account', 0, [
      { account: { username: PERSONA.xHandle, accountId: PERSONA.xAccountId, accountDisplayName: PERSONA.name } },
    ]),
  };
}

/** The big archive for the benchmark in memory: `count` tweets split into parts of `perPart` (`tweets.js`, …). */
export function buildLargeXArchive(count: number, perPart = 25_000): FileMap {
  const parts = largeXParts(count, perPart);
  const tweets = largeXTweets(count);
  const files: FileMap = {};
  parts.forEach((n, part) => {
    const chunks: string[] = [];
    for (let i = 0; i < n; i++) chunks.push(tweets.next().value as string);
    files[partFile('tweets', part)] = `window.YTD.tweets.part${part} = [ ${chunks.join(', ')} ]`;
  });
  return { ...files, ...largeXArchiveFrame(parts) };
}

// ---------------------------------------------------------------------------------------------------------------
// The persona's archive: mostly everyday and professional posts, with the risky ones an audit must find.

const FRIEND = { screenName: 'rileychen', userId: '2200000000000000011', name: 'Riley Chen' };
const COWORKER = { screenName: 'jordanlee_codes', userId: '2200000000000000012', name: 'Jordan Lee' };
const MANAGER = { screenName: 'priya_builds', userId: '2200000000000000013', name: 'Priya Raman' };
const CONTOSO = { screenName: 'ContosoLtd', userId: '2200000000000000014', name: 'Contoso' };
const DEVNEWS = { screenName: 'devweekly', userId: '2200000000000000015', name: 'Dev Weekly' };

interface Draft {
  at: string;
  text: string;
  likes?: number;
  reposts?: number;
  extra?: Partial<XTweetSpec>;
}

/** The main sample's tweets (about 60), in time order. Photos are filled in by the writer. */
export function personaTweets(photos: { bar?: Buffer | null; neutral?: Buffer | null } = {}): XTweetSpec[] {
  const drafts: Draft[] = [
    { at: '2025-01-06T16:12:09Z', text: 'New year, new goal: write one blog post a month about what I learn at work.', likes: 14 },
    { at: '2025-01-14T18:40:51Z', text: 'TIL you can use structuredClone() instead of JSON round-trips. Much nicer.', likes: 32, reposts: 4 },
    { at: '2025-01-23T08:05:33Z', text: 'Morning run along the waterfront before work. Cold but worth it.', likes: 9 },
    { at: '2025-02-03T17:21:40Z', text: 'Our team shipped the new billing dashboard today. Proud of everyone who pushed on this.', likes: 51, reposts: 6 },
    { at: '2025-02-11T20:02:18Z', text: 'Reading "A Philosophy of Software Design" again. Deep modules > shallow modules.', likes: 22 },
    { at: '2025-02-19T12:30:00Z', text: 'Lunch & learn today: "Testing <Suspense> boundaries & async components". Slides soon!', likes: 17, reposts: 2 },
    { at: '2025-02-27T23:48:12Z', text: 'third round of tequila shots, not making it to standup tomorrow 🥃🥃🥃', likes: 6 },
    { at: '2025-03-08T15:00:41Z', text: 'Volunteered at the coding club at the library today. The kids built a weather app!', likes: 44, reposts: 3 },
    { at: '2025-03-15T10:16:27Z', text: 'Rainy Saturday = refactoring my dotfiles. Living the dream.', likes: 11 },
    {
      at: '2025-03-21T22:37:05Z',
      text: 'Friday night at The Tipsy Cow Taproom with the crew, absolutely wasted 🍻🍻',
      likes: 19,
      extra: { media: [{ kind: 'photo', mediaId: snowflake('2025-03-21T22:37:00Z', 1), name: 'GmQx4bWaAAE1xYz.jpg', content: photos.bar ?? null }] },
    },
    { at: '2025-03-29T09:44:50Z', text: 'Trying out the new TypeScript 5.8 features on a side project. The narrowing improvements are great.', likes: 28 },
    { at: '2025-04-07T17:59:13Z', text: 'This f*cking build has been red all afternoon and nobody knows why', likes: 3 },
    {
      at: '2025-04-12T14:22:36Z',
      text: 'New desk setup for the home office. Finally a second monitor.',
      likes: 37,
      extra: { media: [{ kind: 'photo', mediaId: snowflake('2025-04-12T14:22:30Z', 1), name: 'GoA7bQnXkAAm2Pq.jpg', content: photos.neutral ?? null }] },
    },
    { at: '2025-04-18T19:05:02Z', text: 'Spring hike at Rattlesnake Ledge. The view never gets old.', likes: 25 },
    {
      at: '2025-04-25T18:31:44Z',
      text: 'My manager at Contoso just moved our deadline up a week AGAIN with zero notice. Worst boss I have ever had, this place is a joke.',
      likes: 8,
      reposts: 1,
    },
    { at: '2025-05-02T16:45:19Z', text: 'Pair programming tip: swap the keyboard every 25 minutes. Keeps both people engaged.', likes: 41, reposts: 9 },
    { at: '2025-05-10T11:11:11Z', text: 'Farmers market haul: strawberries, sourdough, and way too much kale.', likes: 13 },
    { at: '2025-05-18T21:03:27Z', text: 'what a shitty day, the bus broke down twice', likes: 2 },
    { at: '2025-05-27T17:30:00Z', text: 'Gave my first conference talk today at Seattle JS! Thanks to everyone who came.', likes: 88, reposts: 12 },
    { at: '2025-06-04T08:15:42Z', text: 'Coffee, code review, repeat. Happy Wednesday.', likes: 7 },
    { at: '2025-06-13T13:27:55Z', text: 'Accessibility audit of our app found 40 issues. Fixing them one by one; every user deserves a working UI.', likes: 34, reposts: 5 },
    { at: '2025-06-21T20:40:09Z', text: 'Summer solstice barbecue with the neighbours. Grilled peaches are a revelation.', likes: 16 },
    { at: '2025-06-30T18:18:18Z', text: 'Half-year check-in: 6 blog posts written, 1 talk given, 0 production outages caused by me 😅', likes: 29 },
    { at: '2025-07-09T15:35:24Z', text: 'Mentoring a new junior dev this month. Explaining git rebase is harder than doing it.', likes: 21 },
    { at: '2025-07-19T10:02:31Z', text: 'Ferry to Bainbridge for the weekend. No laptop.', likes: 18 },
    { at: '2025-07-28T22:50:47Z', text: 'so hungover I can barely look at my screen, calling in sick lol', likes: 4 },
    { at: '2025-08-06T17:08:33Z', text: 'Wrote up how we cut our CI time from 18 to 6 minutes. Link in bio.', likes: 63, reposts: 15 },
    { at: '2025-08-16T12:44:05Z', text: 'Teaching my nephew Scratch. He already out-codes me on game physics.', likes: 27 },
    { at: '2025-08-25T19:26:58Z', text: 'Open source contribution merged into a library I use every day. Small fix, big smile.', likes: 46, reposts: 3 },
    { at: '2025-09-03T09:58:10Z', text: 'Back-to-school energy: signed up for an evening course on distributed systems.', likes: 19 },
    { at: '2025-09-12T16:31:37Z', text: 'Friendly reminder that "works on my machine" is not a deployment strategy.', likes: 72, reposts: 20 },
    { at: '2025-09-22T20:14:26Z', text: 'Made lasagna from scratch for the first time. 8/10, will make again.', likes: 15 },
    { at: '2025-10-01T14:49:03Z', text: 'Our team is hiring a frontend engineer at Contoso! DM me if you want to chat about the role.', likes: 39, reposts: 17 },
    { at: '2025-10-11T11:20:48Z', text: 'Autumn leaves at the arboretum. Seattle in October is unbeatable.', likes: 23 },
    { at: '2025-10-20T17:57:14Z', text: 'Debugged a timezone bug for three hours. It was always UTC. It is always UTC.', likes: 57, reposts: 8 },
    { at: '2025-10-31T21:33:39Z', text: 'Halloween costume this year: a 404 page. Nobody could find me.', likes: 48, reposts: 4 },
    { at: '2025-11-08T10:05:21Z', text: 'Volunteered at the food bank with coworkers this morning. Good people.', likes: 31 },
    { at: '2025-11-18T18:42:56Z', text: 'Finished the distributed systems course. Raft finally makes sense.', likes: 26 },
    { at: '2025-11-27T15:15:15Z', text: 'Thankful for a team that reviews code kindly and ships carefully.', likes: 35 },
    { at: '2025-12-06T18:20:30Z', text: 'Winter coding project: a tiny static site generator, just for fun.', likes: 12 },
    { at: '2025-12-15T20:09:44Z', text: 'Holiday party tonight. Ugly sweater locked in. 🎄', likes: 20 },
    { at: '2025-12-31T23:10:02Z', text: 'Goodbye 2025. Learned a lot, wrote a lot, slept a little.', likes: 42, reposts: 2 },
    { at: '2026-01-08T16:27:35Z', text: 'First PR of 2026 merged. Here we go.', likes: 24 },
  ];
  const tweets: XTweetSpec[] = drafts.map((draft, index) => ({
    id: snowflake(draft.at, index),
    text: draft.text,
    at: draft.at,
    likes: draft.likes,
    reposts: draft.reposts,
    ...draft.extra,
  }));
  const add = (at: string, text: string, extra: Partial<XTweetSpec> = {}): void => {
    tweets.push({ id: snowflake(at, 500 + tweets.length), text, at, likes: 3, ...extra });
  };
  // Replies.
  add('2025-02-04T09:10:11Z', 'Thank you! The whole team made it happen.', {
    reply: { id: snowflake('2025-02-04T08:00:00Z', 3), ...MANAGER },
  });
  add('2025-05-27T19:02:44Z', 'Thanks so much, the questions were the best part.', {
    reply: { id: snowflake('2025-05-27T18:30:00Z', 4), ...COWORKER },
  });
  add('2025-07-29T09:30:12Z', 'lmao I am never drinking again, my head is pounding', {
    reply: { id: snowflake('2025-07-29T09:00:00Z', 5), ...FRIEND },
  });
  add('2025-10-21T08:12:40Z', 'Agreed, store everything in UTC and convert at the edges.', {
    reply: { id: snowflake('2025-10-21T07:45:00Z', 6), ...DEVNEWS },
  });
  // Retweets.
  add('2025-03-02T12:00:05Z', 'We are proud to announce Contoso Cloud is now available in three new regions. Read more on our blog.', {
    retweetOf: CONTOSO,
  });
  add('2025-06-10T17:40:20Z', 'The 10 most useful VS Code shortcuts nobody told you about, a thread. Number 4 will save you hours every week.', {
    retweetOf: DEVNEWS,
  });
  add('2025-09-14T13:22:09Z', 'Honestly if your boss schedules meetings at 5pm on a Friday they deserve to have nobody show up.', {
    retweetOf: FRIEND,
  });
  // Quotes.
  add('2025-04-02T15:48:31Z', 'This is the best explanation of event loops I have read.', {
    quote: { screenName: DEVNEWS.screenName, id: snowflake('2025-04-02T14:00:00Z', 7) },
  });
  add('2025-11-03T18:01:52Z', 'Yikes, glad nobody from work follows me here 😬', {
    quote: { screenName: FRIEND.screenName, id: snowflake('2025-11-03T17:00:00Z', 8) },
  });
  // A long post (note tweet): the risky part is beyond what tweets.js keeps.
  add(
    '2025-08-30T21:45:00Z',
    'Long post about the team offsite. We spent two days planning next year, and I am genuinely excited about where the product is going: better onboarding, a faster editor, and finally dark mode. Huge thanks to the organisers for the workshops and the great food. ' +
      'Then we closed the bar at 2am, I was so hammered I called in sick the next day and told my manager it was food poisoning.',
    { note: true, likes: 10 },
  );
  // A Circle-only tweet.
  add('2025-09-25T20:30:00Z', 'Circle only: interviewing at Fabrikam next week, do NOT tell anyone at Contoso 🤫', { likes: 2 });
  return tweets;
}

/** The persona's full archive options; photos are the sample JPEGs (or absent in quick test fixtures). */
export function personaArchive(photos: { bar?: Buffer | null; neutral?: Buffer | null } = {}): XArchiveOptions {
  const tweets = personaTweets(photos);
  const circleTweet = tweets.find((tweet) => tweet.text.startsWith('Circle only'));
  const me = PERSONA.xAccountId;
  const friendId = FRIEND.userId;
  const coworkerId = COWORKER.userId;
  const dmId = (at: string, n: number): string => snowflake(at, 900 + n);
  return {
    tweets,
    account: { id: me, userName: PERSONA.xHandle, displayName: PERSONA.name, email: PERSONA.email },
    profile: {
      bio: 'Software engineer at Contoso. TypeScript, testing & accessibility. Opinions my own.',
      website: 'https://alexmorgan.dev',
      location: PERSONA.home.city,
    },
    likes: [
      { tweetId: snowflake('2025-01-20T10:00:00Z', 11), text: 'Write tests that would fail if the code were wrong. Otherwise what are they for?' },
      { tweetId: snowflake('2025-03-22T01:00:00Z', 12), text: 'who else is still at the bar 🍺🍺 #fridaynight' },
      { tweetId: snowflake('2025-05-01T12:00:00Z', 13), text: 'Hiring: Senior Engineers at Tailspin Toys, remote friendly.', url: `https://twitter.com/tailspintoys/status/${snowflake('2025-05-01T12:00:00Z', 13)}` },
      { tweetId: snowflake('2025-07-04T20:00:00Z', 14), text: 'Fireworks over the lake, happy 4th everyone' },
      { tweetId: snowflake('2025-09-10T09:00:00Z', 15), text: 'my boss is such an idiot lmao' },
      { tweetId: snowflake('2025-11-11T11:00:00Z', 16) },
    ],
    dms: [
      {
        id: `${me}-${friendId}`.split('-').sort().join('-'),
        messages: [
          { id: dmId('2025-07-28T08:01:00Z', 1), senderId: me, recipientId: friendId, text: 'calling in sick today, way too hungover to function 🤢', at: '2025-07-28T08:01:00.000Z' },
          { id: dmId('2025-07-28T08:03:10Z', 2), senderId: friendId, recipientId: me, text: 'haha classic. brunch instead?', at: '2025-07-28T08:03:10.000Z' },
          {
            id: dmId('2025-07-28T08:05:40Z', 3),
            senderId: me,
            recipientId: friendId,
            text: 'yes. here is last night btw',
            at: '2025-07-28T08:05:40.000Z',
            media: [{ name: 'Hq3bar9kLmN.jpg', content: photos.bar ?? null }],
          },
        ],
      },
      {
        id: [me, coworkerId].sort().join('-'),
        messages: [
          { id: dmId('2025-10-02T15:00:00Z', 4), senderId: coworkerId, recipientId: me, text: 'Saw the hiring post, can I refer a friend?', at: '2025-10-02T15:00:00.000Z' },
          { id: dmId('2025-10-02T15:04:00Z', 5), senderId: me, recipientId: coworkerId, text: 'Of course! Send me their CV & I will pass it on.', at: '2025-10-02T15:04:00.000Z' },
        ],
      },
    ],
    groupDms: [
      {
        id: '1890000000000000042',
        messages: [
          { id: dmId('2025-12-14T19:00:00Z', 6), senderId: friendId, text: 'Who is coming to the holiday party tomorrow?', at: '2025-12-14T19:00:00.000Z' },
          { id: dmId('2025-12-14T19:02:00Z', 7), senderId: me, text: 'Me! Pregaming at mine first, bring vodka', at: '2025-12-14T19:02:00.000Z' },
          { id: dmId('2025-12-14T19:05:00Z', 8), senderId: '2200000000000000099', text: 'count me in 🎉', at: '2025-12-14T19:05:00.000Z' },
        ],
      },
    ],
    deleted: [
      { id: snowflake('2025-06-17T23:12:00Z', 21), text: 'honestly hate this job some days, Contoso management has no clue', at: '2025-06-17T23:12:00Z', likes: 1 },
      { id: snowflake('2025-11-29T02:40:00Z', 22), text: 'drunk texting my ex again, great life choices', at: '2025-11-29T02:40:00Z' },
    ],
    orphanNotes: [
      {
        id: snowflake('2025-12-20T12:00:00Z', 23),
        at: '2025-12-20T12:00:00.000Z',
        text: 'Year in review, the long version: I changed teams, gave a talk, learned Rust basics, mentored two juniors and read twelve books. Next year I want to write more and speak at a bigger conference.',
      },
    ],
    circle: circleTweet ? [circleTweet.id] : [],
  };
}

/** What the persona cleaned up between the main archive and the newer one (opening words of each item). */
export const NEWER_REMOVED = {
  tweets: ['third round of tequila shots', 'so hungover I can barely look at my screen'],
  likes: ['my boss is such an idiot'],
} as const;

/** The risky post the persona wrote after the first archive: the newer audit must add it to the plan. */
export const NEWER_ADDED_TWEET = 'Called in sick again so I could hit the beach, my boss has no idea lol';

/**
 * The same account two months later, part-way through its clean-up: two risky posts deleted, one like undone,
 * one new risky post. `decorum audit x-archive-newer.zip` into the same store turns the plan's removed items gone.
 */
export function personaNewerArchive(photos: { bar?: Buffer | null; neutral?: Buffer | null } = {}): XArchiveOptions {
  const base = personaArchive(photos);
  const removed = (text: string | undefined, openings: readonly string[]): boolean =>
    openings.some((opening) => text?.startsWith(opening));
  const at = '2026-02-20T18:30:00Z';
  return {
    ...base,
    tweets: [
      ...base.tweets.filter((tweet) => !removed(tweet.text, NEWER_REMOVED.tweets)),
      { id: snowflake(at, 1), text: NEWER_ADDED_TWEET, at, likes: 2 },
    ],
    likes: (base.likes ?? []).filter((like) => !removed(like.text, NEWER_REMOVED.likes)),
  };
}

/** The 2019-era sample: tweet.js + tweet-part1.js, no wrapper, no manifest, media in tweet_media/. */
export function persona2019Archive(photo: Buffer | null = null): FileMap {
  const drafts = [
    ['2019-06-03T16:00:00Z', 'First day at Fabrikam! Excited to join the team.'],
    ['2019-08-17T23:30:00Z', 'beer pong champion of the office party 🍺 do not ask how many I had'],
    ['2019-11-05T12:10:00Z', 'Learning React hooks this week. useEffect is... a journey.'],
    ['2020-03-16T09:00:00Z', 'Working from home starting today. Stay safe everyone.'],
    ['2020-07-22T18:45:00Z', 'this damn project is going nowhere & management doesn\'t care'],
    ['2021-02-14T11:00:00Z', 'Baked bread for the first time. 10/10 would knead again.'],
    ['2021-09-30T17:00:00Z', 'Promoted to developer II. Thanks to my mentors.'],
    ['2022-01-20T20:20:00Z', 'Leaving Fabrikam next month for a new adventure. Grateful for these years.'],
  ] as const;
  const tweets: XTweetSpec[] = drafts.map(([at, text], index) => ({ id: snowflake(at, index), text, at, likes: index * 3 }));
  tweets[2] = {
    ...(tweets[2] as XTweetSpec),
    media: [{ kind: 'photo', mediaId: snowflake('2019-11-05T12:09:00Z', 1), name: 'EIj2kLqW4AA9xyz.jpg', content: photo }],
  };
  tweets.push({
    id: snowflake('2020-10-01T10:00:00Z', 30),
    text: 'Great thread on remote onboarding.',
    at: '2020-10-01T10:00:00Z',
    retweetOf: { screenName: 'samoneil_dev', userId: '3300000000000000001' },
  });
  return buildXArchive({ era: 'tweet', tweets, parts: 2 });
}

/** The Grailbird sample: the persona's 2015–2018 tweets. */
export function personaGrailbirdTweets(): XTweetSpec[] {
  const drafts = [
    ['2015-01-24T02:02:37Z', 'Finally finished my CS homework at 2am. Coffee is life.'],
    ['2015-05-09T21:15:00Z', 'Spring break!!! so drunk right now lmao'],
    ['2016-03-18T14:00:00Z', 'Hackathon weekend: we built a bus tracker & won third place!'],
    ['2017-10-02T08:30:00Z', 'Started my first internship today. Nervous and excited.'],
    ['2018-05-14T16:45:00Z', 'IT Intern at Northwind Traders: fixed 40 printers, learned 400 things.'],
  ] as const;
  const tweets: XTweetSpec[] = drafts.map(([at, text], index) => ({ id: snowflake(at, index), text, at }));
  tweets.push({
    id: snowflake('2016-07-04T12:00:00Z', 9),
    text: 'Happy 4th of July from the Space Needle!',
    at: '2016-07-04T12:00:00Z',
    retweetOf: { screenName: 'seattle', userId: '3300000000000000002' },
  });
  tweets.push({
    id: snowflake('2017-02-11T19:00:00Z', 10),
    text: 'see you there',
    at: '2017-02-11T19:00:00Z',
    reply: { id: snowflake('2017-02-11T18:00:00Z', 11), screenName: FRIEND.screenName, userId: FRIEND.userId },
  });
  return tweets;
}

const TOP_FOLDER = 'twitter-2026-01-12-alexmorgan_dev/';

export const X_SAMPLE_WRITER: SampleWriter = {
  name: 'x',
  async write(outDir) {
    const [bar, neutral] = await Promise.all([samplePhoto('bar-outing'), samplePhoto('neutral')]);
    const zip = join(outDir, 'x-archive.zip');
    await writeZip(zip, buildXArchive(personaArchive({ bar, neutral })), TOP_FOLDER);
    const newer = join(outDir, 'x-archive-newer.zip');
    await writeZip(newer, buildXArchive(personaNewerArchive({ bar, neutral })), 'twitter-2026-03-02-alexmorgan_dev/');
    const folder = join(outDir, 'x-archive-2019');
    writeFolder(folder, persona2019Archive(await samplePhoto('landscape')));
    const grailbird = join(outDir, 'x-archive-grailbird.zip');
    await writeZip(grailbird, buildGrailbirdArchive(personaGrailbirdTweets()), 'tweets_alexmorgan_dev_2018/');
    return [zip, newer, folder, grailbird];
  },
};
