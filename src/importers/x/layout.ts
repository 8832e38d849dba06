import type { ExportSource, Problem } from '../../source/types.js';
import { isObject, parseManifest, str } from './parse.js';

/** The data files the X importer reads, by what they hold. */
export type XDataKind =
  | 'tweets'
  | 'deletedTweets'
  | 'communityTweet'
  | 'twitterCircleTweet'
  | 'noteTweet'
  | 'like'
  | 'directMessages'
  | 'directMessagesGroup'
  | 'account'
  | 'profile'
  | 'protectedHistory';

/** File base names (`data/<base>.js`, `data/<base>-partN.js`) per kind; `tweet` is the 2019–2022 name. */
const BASE_TO_KIND: Readonly<Record<string, XDataKind>> = {
  tweets: 'tweets',
  tweet: 'tweets',
  'deleted-tweets': 'deletedTweets',
  'deleted-tweet': 'deletedTweets',
  'community-tweet': 'communityTweet',
  'twitter-circle-tweet': 'twitterCircleTweet',
  'note-tweet': 'noteTweet',
  like: 'like',
  'direct-messages': 'directMessages',
  'direct-message': 'directMessages',
  'direct-messages-group': 'directMessagesGroup',
  'direct-message-group': 'directMessagesGroup',
  account: 'account',
  profile: 'profile',
  'protected-history': 'protectedHistory',
};

/** Manifest `dataTypes` keys per kind. */
const MANIFEST_KIND: Readonly<Record<string, XDataKind>> = {
  tweets: 'tweets',
  tweet: 'tweets',
  deletedTweets: 'deletedTweets',
  communityTweet: 'communityTweet',
  twitterCircleTweet: 'twitterCircleTweet',
  noteTweet: 'noteTweet',
  like: 'like',
  directMessages: 'directMessages',
  directMessagesGroup: 'directMessagesGroup',
  account: 'account',
  profile: 'profile',
  protectedHistory: 'protectedHistory',
};

/** Where each kind's media lives when the manifest does not say (both eras' names). */
const DEFAULT_MEDIA_DIRS: Readonly<Partial<Record<XDataKind, readonly string[]>>> = {
  tweets: ['tweets_media', 'tweet_media'],
  deletedTweets: ['deleted_tweets_media', 'deleted_tweet_media', 'tweets_media', 'tweet_media'],
  communityTweet: ['community_tweet_media', 'tweets_media', 'tweet_media'],
  twitterCircleTweet: ['twitter_circle_tweet_media', 'tweets_media', 'tweet_media'],
  directMessages: ['direct_messages_media', 'direct_message_media'],
  directMessagesGroup: ['direct_messages_group_media', 'direct_message_group_media', 'direct_messages_media'],
  profile: ['profile_media'],
};

/**
 * Data files X archives hold that Decorum deliberately does not read (see docs/importers/x.md), so they are not
 * reported as unknown when an archive has no manifest to vouch for them.
 */
const IGNORED_PREFIXES = [
  'account-',
  'ad-',
  'ads-',
  'ageinfo',
  'app',
  'block',
  'branch-links',
  'catalog-item',
  'commerce-catalog',
  'community-note',
  'connected-application',
  'contact',
  'deleted-note-tweet',
  'deleted-tweet-headers',
  'device-token',
  'direct-message-group-headers',
  'direct-message-headers',
  'direct-message-mute',
  'direct-messages-group-headers',
  'email-address-change',
  'follower',
  'following',
  'grok-',
  'ip-audit',
  'key-registry',
  'lists-',
  'manifest',
  'moment',
  'mute',
  'ni-devices',
  'periscope-',
  'personalization',
  'phone-number',
  'product-',
  'professional-data',
  'reply-prompt',
  'saved-search',
  'screen-name-change',
  'shop-',
  'smartblock',
  'spaces-',
  'sso',
  'tweet-headers',
  'tweetdeck',
  'twitter-article',
  'twitter-shop',
  'user-link-clicks',
  'verified',
];

export interface XLayout {
  /** Prefix of the archive's data files inside the source: `data/`, `<folder>/data/`, or '' (early 2019 zips). */
  dataDir: string;
  /** Files to read per kind, in part order. */
  files: Map<XDataKind, string[]>;
  /** Media folders per kind (full paths inside the source, no trailing slash), best guess first. */
  mediaDirs: Map<XDataKind, string[]>;
  /** Grailbird (2012–2018) monthly tweet files, when the archive is of that era. */
  grailbird: string[];
  grailbirdUser: string | null;
  manifestFile: string | null;
  userInfo: { accountId?: string; userName?: string; displayName?: string };
  /** `data/*.js` files that are neither read nor known to be safely ignorable. */
  unknown: string[];
}

const YTD_FILE = /^(.+?)(?:-part(\d+))?\.js$/;
const GRAILBIRD_FILE = /(^|\/)(?:data\/)?js\/tweets\/\d{4}_\d{2}\.js$/;
/** A Grailbird month file handed over on its own, without `data/js/tweets/` (e.g. that folder zipped alone). */
const LOOSE_MONTH = /^\d{4}_\d{2}\.js$/;
/** How a Grailbird month file begins: the only sure sign that a loose `2015_01.js` is one. */
const GRAILBIRD_HEAD = /^\ufeff?\s*Grailbird\.data\.tweets_\d{4}_\d{2}\s*=/;

/** Root-level `YYYY_MM.js` files: Grailbird months without their folders, if their contents say so. */
export function looseMonths(paths: readonly string[]): string[] {
  return paths.filter((path) => LOOSE_MONTH.test(path));
}

/** True when `text` (the start of a file is enough) is a Grailbird month's assignment. */
export function isGrailbirdMonth(text: string): boolean {
  return GRAILBIRD_HEAD.test(text.slice(0, 200));
}
const MODERN_MARKER = /(^|\/)(?:data\/)?(?:manifest|tweets?|tweets?-part\d+)\.js$/;

/**
 * Where the archive's data lives inside the source, or null when it holds no X archive.
 * Judged from file names only: `data/manifest.js`, `data/tweets.js`, `data/tweet.js`, `data/tweets-partN.js`,
 * Grailbird `data/js/tweets/YYYY_MM.js`.
 */
export interface Located {
  dataDir: string;
  era: 'modern' | 'grailbird';
  manifest: boolean;
  /** Where Grailbird month files are, when not `<dataDir>js/tweets/` ('' for loose months at the root). */
  grailDir?: string;
}

export function locateArchive(paths: readonly string[]): Located | null {
  let best = null as Located | null;
  for (const path of paths) {
    if (!path.endsWith('.js')) continue;
    let found: Located | null = null;
    if (GRAILBIRD_FILE.test(path)) {
      found = { dataDir: path.slice(0, path.lastIndexOf('js/tweets/')), era: 'grailbird', manifest: false };
    } else if (MODERN_MARKER.test(path)) {
      const slash = path.lastIndexOf('/');
      const dir = path.slice(0, slash + 1);
      // Only `…/data/…` or a bare file at the root (early 2019 zips had no data/ folder).
      if (dir !== '' && !dir.endsWith('data/')) continue;
      // A bare `manifest.js` is too common a name (web apps) to claim a folder on its own.
      if (dir === '' && path === 'manifest.js') continue;
      found = { dataDir: dir, era: 'modern', manifest: path.endsWith('manifest.js') };
    }
    if (!found) continue;
    if (best && found.dataDir === best.dataDir && found.era === best.era) {
      if (found.manifest) best.manifest = true;
      continue;
    }
    const better =
      !best ||
      (found.era === 'modern' && best.era === 'grailbird') ||
      (found.era === best.era && found.dataDir.length < best.dataDir.length);
    if (better) best = found;
  }
  return best;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

function partOf(path: string): number {
  const match = /-part(\d+)\.js$/.exec(path);
  return match ? Number(match[1]) : 0;
}

/** Reads the manifest (when there is one) and finds every data file, preferring what the manifest lists. */
export async function planArchive(
  source: ExportSource,
  located: { dataDir: string; era: 'modern' | 'grailbird'; grailDir?: string },
  problem: (problem: Problem) => void,
): Promise<XLayout> {
  const { dataDir } = located;
  const layout: XLayout = {
    dataDir,
    files: new Map(),
    mediaDirs: new Map(),
    grailbird: [],
    grailbirdUser: null,
    manifestFile: null,
    userInfo: {},
    unknown: [],
  };
  // Manifest paths are relative to the archive's root (`data/tweets.js`); when the source was opened at the data
  // folder itself (an unpacked `data/` alone is stepped into), they lose their `data/` prefix.
  const root = dataDir.endsWith('data/') ? dataDir.slice(0, -5) : dataDir;
  const resolve = (fileName: string): string => {
    const clean = fileName.replace(/^\.?\/+/, '').replace(/\/+$/, '');
    if (dataDir.endsWith('data/') || !clean.startsWith('data/')) return root + clean;
    return dataDir + clean.slice(5);
  };
  const listed = new Set<string>();

  const manifestPath = `${dataDir}manifest.js`;
  if (source.has(manifestPath)) {
    layout.manifestFile = manifestPath;
    let text: string | null = null;
    try {
      text = await source.readText(manifestPath);
    } catch (error) {
      problem({ file: manifestPath, message: `could not be read (${errorText(error)}); file names were guessed` });
    }
    const parsed = text === null ? null : parseManifest(text);
    if (parsed && !parsed.ok) problem({ file: manifestPath, message: `${parsed.message}; file names were guessed` });
    if (parsed?.ok) readManifest(parsed.value, resolve, source, layout, listed, manifestPath, problem);
  }

  // Globbing: every data file the manifest did not list (or all of them without a manifest).
  for (const path of source.paths) {
    if (!path.startsWith(dataDir) || !path.endsWith('.js')) continue;
    const name = path.slice(dataDir.length);
    if (name.includes('/') || (located.grailDir === '' && LOOSE_MONTH.test(name))) continue;
    const match = YTD_FILE.exec(name);
    const kind = match ? BASE_TO_KIND[match[1] as string] : undefined;
    if (kind) push(layout.files, kind, path);
    else if (!listed.has(path) && path !== manifestPath && !IGNORED_PREFIXES.some((prefix) => name.startsWith(prefix)))
      layout.unknown.push(path);
  }
  for (const list of layout.files.values()) list.sort((a, b) => partOf(a) - partOf(b) || a.localeCompare(b));

  for (const [kind, dirs] of Object.entries(DEFAULT_MEDIA_DIRS) as [XDataKind, string[]][]) {
    for (const dir of dirs) push(layout.mediaDirs, kind, `${dataDir}${dir}`);
  }

  // Grailbird files too, even beside a modern archive: an old and a new archive given together are one source.
  const grailDir = located.grailDir ?? `${dataDir}js/tweets/`;
  const month = grailDir === '' ? LOOSE_MONTH : GRAILBIRD_FILE;
  layout.grailbird = source.paths.filter((path) => path.startsWith(grailDir) && month.test(path)).sort();
  const user = `${dataDir}js/user_details.js`;
  layout.grailbirdUser = source.has(user) ? user : null;
  return layout;
}

function readManifest(
  manifest: Record<string, unknown>,
  resolve: (fileName: string) => string,
  source: ExportSource,
  layout: XLayout,
  listed: Set<string>,
  manifestPath: string,
  problem: (problem: Problem) => void,
): void {
  const user = manifest.userInfo;
  if (isObject(user)) {
    layout.userInfo = {
      accountId: str(user.accountId),
      userName: str(user.userName),
      displayName: str(user.displayName),
    };
  }
  const types = manifest.dataTypes;
  if (!isObject(types)) {
    problem({ file: manifestPath, message: 'has no dataTypes; file names were guessed' });
    return;
  }
  const missing: string[] = [];
  for (const [type, info] of Object.entries(types)) {
    if (!isObject(info)) continue;
    const kind = MANIFEST_KIND[type];
    const mediaKind = type.endsWith('Media') ? MANIFEST_KIND[type.slice(0, -5)] : undefined;
    const mediaDirectory = str(info.mediaDirectory);
    if (mediaDirectory && (kind ?? mediaKind)) {
      push(layout.mediaDirs, (kind ?? mediaKind) as XDataKind, resolve(mediaDirectory));
    }
    if (!Array.isArray(info.files)) continue;
    for (const file of info.files) {
      const fileName = isObject(file) ? str(file.fileName) : undefined;
      if (!fileName) continue;
      const path = resolve(fileName);
      listed.add(path);
      if (!kind) continue;
      if (source.has(path)) push(layout.files, kind, path);
      else if (toNumber(isObject(file) ? file.count : undefined) !== 0) missing.push(fileName);
    }
  }
  if (missing.length) {
    problem({
      file: manifestPath,
      message: `lists ${missing.length} file(s) that are not in the archive: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}`,
    });
  }
}

function toNumber(value: unknown): number | undefined {
  const n = typeof value === 'string' ? Number(value) : typeof value === 'number' ? value : NaN;
  return Number.isFinite(n) ? n : undefined;
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Media files of the archive indexed by the id they start with (`<tweetId>-<name>`, `<messageId>-<name>`). */
export class MediaIndex {
  private byId: Map<string, string[]> | null = null;
  constructor(
    private readonly source: ExportSource,
    private readonly dataDir: string,
  ) {}

  has(path: string): boolean {
    return this.source.has(path);
  }

  /** Files in `dirs` named `<id>-*`, in archive order. */
  glob(id: string, dirs: readonly string[]): string[] {
    if (!this.byId) this.byId = this.build();
    const all = this.byId.get(id);
    if (!all) return [];
    return all.filter((path) => dirs.some((dir) => path.length > dir.length && path.startsWith(dir + '/')));
  }

  private build(): Map<string, string[]> {
    const index = new Map<string, string[]>();
    for (const path of this.source.paths) {
      if (!path.startsWith(this.dataDir)) continue;
      const slash = path.lastIndexOf('/');
      if (slash < 0 || !path.slice(0, slash).endsWith('_media')) continue;
      const dash = path.indexOf('-', slash + 1);
      if (dash < 0) continue;
      push(index, path.slice(slash + 1, dash), path);
    }
    return index;
  }
}
