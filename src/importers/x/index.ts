import type { Audience } from '../../core/item.js';
import type { ExportSource } from '../../source/types.js';
import type { Importer, ImportSink } from '../types.js';
import {
  errorText,
  isGrailbirdMonth,
  locateArchive,
  looseMonths,
  MediaIndex,
  planArchive,
  type XDataKind,
  type XLayout,
} from './layout.js';
import { isObject, parseGrailbird, parseYtd, str, streamYtd, toIsoDate } from './parse.js';
import {
  conversationItems,
  guessAccountId,
  learnPeople,
  type ConversationContext,
  type PeopleBook,
} from './messages.js';
import { NoteIndex, readNote } from './notes.js';
import { likeItem, profileItem } from './records.js';
import { FileTally } from './tally.js';
import { decodeText, tweetId, tweetToItem, unwrapTweet, type TweetFileContext } from './tweet.js';

/**
 * The X/Twitter archive importer (docs/importers/x.md). Reads every era: Grailbird (2012–2018), `tweet.js`
 * (~2019–2022) and `tweets.js` (late 2022+), split parts, with or without the `{tweet}` wrapper.
 */
export const xImporter: Importer = {
  platform: 'x',
  detect(source) {
    const located = locateArchive(source.paths);
    if (!located) return 0;
    return located.manifest ? 0.95 : 0.9;
  },
  async detectByContent(source) {
    const [first] = looseMonths(source.paths);
    if (!first) return 0;
    try {
      return isGrailbirdMonth(await source.readText(first)) ? 0.9 : 0;
    } catch {
      return 0;
    }
  },
  import: (source, sink) => importX(source, sink, STREAM_FROM),
};

/**
 * Tweet files above this size are streamed record by record instead of read as one string: memory stays bounded
 * by a batch of records, and a file over V8's ~512 MB string limit can be read at all. Smaller files are read
 * whole, as before (the next part is inflated while this one is mapped).
 */
export const STREAM_FROM = 64 * 1024 ** 2;

/** The X importer with another streaming threshold (0 streams every tweets file): for tests of the streamed path. */
export function xImporterStreamingFrom(streamFrom: number): Importer {
  return { ...xImporter, import: (source, sink) => importX(source, sink, streamFrom) };
}

interface PendingTweet {
  tweet: Record<string, unknown>;
  file: string;
  index: number;
}

/** A file's text, or why it could not be read; never rejects, so it can be started ahead of time. */
function loadText(source: ExportSource, file: string): Promise<{ text: string } | { error: string }> {
  return source.readText(file).then(
    (text) => ({ text }),
    (error: unknown) => ({ error: `could not be read (${errorText(error)})` }),
  );
}

function parseLoaded(loaded: { text: string } | { error: string }, file: string, sink: ImportSink): unknown[] | null {
  if ('error' in loaded) {
    sink.problem({ file, message: loaded.error });
    return null;
  }
  const parsed = parseYtd(loaded.text);
  if (!parsed.ok) {
    sink.problem({ file, message: parsed.message });
    return null;
  }
  if (parsed.damage) sink.problem({ file, message: parsed.damage });
  return parsed.value;
}

function inner(entry: unknown, key: string): Record<string, unknown> | null {
  if (!isObject(entry)) return null;
  const value = entry[key];
  return isObject(value) ? value : null;
}

async function importX(source: ExportSource, sink: ImportSink, streamFrom: number): Promise<void> {
  const located =
    locateArchive(source.paths) ??
    (looseMonths(source.paths).length > 0 ? { dataDir: '', era: 'grailbird' as const, grailDir: '' } : null);
  if (!located) {
    sink.problem({
      file: source.label,
      message:
        'holds no X archive data (no data/manifest.js, data/tweets.js, data/tweet.js or data/js/tweets/); nothing was read',
    });
    return;
  }
  const layout = await planArchive(source, located, (problem) => sink.problem(problem));
  const filesOf = (kind: XDataKind): string[] => layout.files.get(kind) ?? [];
  const dirsOf = (kind: XDataKind): string[] => layout.mediaDirs.get(kind) ?? [];
  let total = layout.grailbird.length + (layout.manifestFile ? 1 : 0) + (layout.grailbirdUser ? 1 : 0);
  for (const list of layout.files.values()) total += list.length;
  let done = 0;
  const step = (): void => sink.progress?.(++done, total);
  sink.progress?.(0, total);
  if (layout.manifestFile) step();
  const media = new MediaIndex(source, layout.dataDir);

  /** Reads each file of a kind and hands its records over; one problem per broken file, then on. */
  const eachFile = async (
    kind: XDataKind,
    use: (records: unknown[], file: string, tally: FileTally, offset: number) => void,
    noun?: string,
    streamable = false,
  ): Promise<void> => {
    const files = filesOf(kind);
    const streamed = (file: string): boolean =>
      streamable && source.stream !== undefined && (source.size(file) ?? 0) > streamFrom;
    const load = (index: number) => {
      const file = files[index];
      return file === undefined || streamed(file) ? null : loadText(source, file);
    };
    // The next part is read (and, from a zip, inflated) while this one is parsed and mapped.
    let next = load(0);
    for (let i = 0; i < files.length; i++) {
      const file = files[i] as string;
      const current = next;
      next = load(i + 1);
      if (!current && (await streamFile(file, use, noun))) {
        step();
        continue;
      }
      const loaded = await (current ?? loadText(source, file));
      const records = parseLoaded(loaded, file, sink);
      if (records) {
        const tally = new FileTally(file);
        use(records, file, tally, 0);
        tally.report(sink, records.length, noun);
      }
      step();
    }
  };

  /** Streams one file's records; false when it must be read whole instead (a UTF-16 file). */
  const streamFile = async (
    file: string,
    use: (records: unknown[], file: string, tally: FileTally, offset: number) => void,
    noun?: string,
  ): Promise<boolean> => {
    const tally = new FileTally(file);
    let count = 0;
    try {
      const streamed = await streamYtd(
        (source.stream as (path: string) => AsyncIterable<Buffer>)(file),
        (records, offset) => {
          use(records, file, tally, offset);
          count = offset + records.length;
        },
      );
      if ('utf16' in streamed) return false;
      if (!streamed.ok) sink.problem({ file, message: streamed.message });
      else if (streamed.damage) sink.problem({ file, message: streamed.damage });
    } catch (error) {
      sink.problem({
        file,
        message: `could not be read to the end (${errorText(error)}); the ${count} records before it were read`,
      });
    }
    if (count) tally.report(sink, count, noun);
    return true;
  };

  // Who the archive belongs to, and whether it was protected: needed before any tweet is mapped.
  let accountId = layout.userInfo.accountId;
  let userName = layout.userInfo.userName;
  let displayName = layout.userInfo.displayName;
  await eachFile('account', (records, file, tally) => {
    records.forEach((record, index) => {
      const account = inner(record, 'account');
      if (!account) return void tally.skip(index, 'no "account" object');
      accountId = str(account.accountId) ?? accountId;
      userName = str(account.username) ?? userName;
      displayName = str(account.accountDisplayName) ?? displayName;
      sink.profile?.({ platform: 'x', file, name: str(account.accountDisplayName), handle: str(account.username) });
    });
  });

  let isProtected: boolean | undefined;
  await eachFile('protectedHistory', (records, file, tally) => {
    // The file lists every protect/unprotect; an empty one says the account was never protected.
    if (records.length === 0) isProtected = false;
    let latest = '';
    records.forEach((record, index) => {
      const entry = inner(record, 'protectedHistory');
      const action = entry ? str(entry.action) : undefined;
      if (!entry || !action) return void tally.skip(index, 'no "protectedHistory" object with an action');
      const at = str(entry.protectedAt) ?? '';
      if (at >= latest) {
        latest = at;
        isProtected = action.toLowerCase() === 'protect';
      }
    });
    if (isProtected !== undefined) sink.profile?.({ platform: 'x', file, isPrivate: isProtected });
  });
  if (layout.grailbirdUser) {
    const user = await readGrailbirdUser(source, layout.grailbirdUser, sink);
    accountId ??= user.id;
    userName ??= user.screenName;
    displayName ??= user.name;
    if (user.protected !== undefined) isProtected ??= user.protected;
    sink.profile?.({ platform: 'x', file: layout.grailbirdUser, ...user.fields });
    step();
  }
  if (accountId || userName || displayName || isProtected !== undefined) {
    sink.account({
      platform: 'x',
      ...(accountId ? { id: accountId } : {}),
      ...(userName ? { handle: userName } : {}),
      ...(displayName ? { name: displayName } : {}),
      ...(isProtected !== undefined ? { isPrivate: isProtected } : {}),
    });
  }
  const audience: Audience = isProtected ? 'friends' : 'public';

  await eachFile('profile', (records, file, tally) => {
    const context = { input: source.inputOf(file), file, userName, accountId, mediaDirs: dirsOf('profile'), source };
    records.forEach((record, index) => {
      const read = profileItem(record, index, context, tally);
      if (!read) return;
      if (read.item) sink.item(read.item);
      sink.profile?.({ platform: 'x', file, ...read.fields });
    });
  });

  // Tweets kept elsewhere too: Circle and community tweets are also in tweets.js (matched by id there);
  // the ones that are not are read from their own file afterwards.
  const circle = new Map<string, PendingTweet>();
  await eachFile('twitterCircleTweet', (records, file, tally) => {
    records.forEach((record, index) => {
      const tweet = unwrapTweet(record);
      const id = tweet ? tweetId(tweet) : undefined;
      if (!tweet || id === undefined) return void tally.skip(index, 'no tweet with an id_str');
      circle.set(id, { tweet, file, index });
    });
  });
  const community = new Map<string, PendingTweet>();
  await eachFile('communityTweet', (records, file, tally) => {
    records.forEach((record, index) => {
      const tweet = unwrapTweet(record);
      const id = tweet ? tweetId(tweet) : undefined;
      if (!tweet || id === undefined) return void tally.skip(index, 'no tweet with an id_str');
      community.set(id, { tweet, file, index });
    });
  });

  const notes = new NoteIndex();
  await eachFile('noteTweet', (records, file, tally) => {
    records.forEach((record, index) => {
      const note = readNote(record, index, file, tally);
      if (note) notes.add(note);
    });
  });

  const tweetContext = (file: string, tally: FileTally, kind: XDataKind, extra: TweetFileContext['flags']) => ({
    file,
    input: source.inputOf(file),
    userName,
    audience,
    mediaDirs: dirsOf(kind),
    media,
    tally,
    flags: extra,
  });

  // DMs name the other side by account id only; the user's own tweets often mention the same people with their
  // handle and display name, so those are learnt on the way (only when there are DMs to name).
  const people: PeopleBook = new Map();
  const wantPeople = filesOf('directMessages').length + filesOf('directMessagesGroup').length > 0;

  const emitTweet = (tweet: Record<string, unknown>, index: number, context: TweetFileContext): string | null => {
    const created = toIsoDate(tweet.created_at);
    const item = tweetToItem(tweet, index, context, created);
    if (!item) return null;
    if (notes.size) {
      const note = notes.match(item.id, created, typeof tweet.full_text === 'string' ? tweet.full_text : '');
      if (note) {
        item.text = decodeText(note.text);
        item.flags.note = true;
        // the note's text is longer than the tweet's: the tweet's entity offsets do not fit it
        delete item.entities;
      }
    }
    if (wantPeople) learnPeople(tweet, people);
    sink.item(item);
    return item.id;
  };

  // Deleted tweets first, so a tweet that is in both files is reported once, as deleted.
  const deleted = new Set<string>();
  await eachFile('deletedTweets', (records, file, tally) => {
    const context = tweetContext(file, tally, 'deletedTweets', { deleted: true });
    const inCircle = { ...context, audience: 'friends' as const, flags: { deleted: true, circle: true } };
    records.forEach((record, index) => {
      const tweet = unwrapTweet(record);
      if (!tweet) return void tally.skip(index, 'not an object');
      const known = tweetId(tweet);
      const wasCircle = known !== undefined && circle.delete(known);
      if (known !== undefined) community.delete(known);
      const id = emitTweet(tweet, index, wasCircle ? inCircle : context);
      if (id !== null) deleted.add(id);
    });
  });

  await eachFile(
    'tweets',
    (records, file, tally, offset) => {
      const plain = tweetContext(file, tally, 'tweets', {});
      const inCircle = { ...plain, audience: 'friends' as const, flags: { circle: true } };
      for (let at = 0; at < records.length; at++) {
        const index = offset + at;
        const tweet = unwrapTweet(records[at]);
        if (!tweet) {
          tally.skip(index, 'not an object');
          continue;
        }
        let context: TweetFileContext = plain;
        if (circle.size || deleted.size || community.size) {
          const id = tweetId(tweet);
          if (id !== undefined) {
            if (deleted.has(id)) continue;
            community.delete(id);
            if (circle.delete(id)) context = inCircle;
          }
        }
        emitTweet(tweet, index, context);
      }
    },
    undefined,
    true,
  );

  // Grailbird (2012–2018) monthly files; the same tweet in a newer archive too is reported by both, and the
  // audit keeps one of them.
  {
    for (const file of layout.grailbird) {
      let text: string | null = null;
      try {
        text = await source.readText(file);
      } catch (error) {
        sink.problem({ file, message: `could not be read (${errorText(error)})` });
      }
      const parsed = text === null ? null : parseGrailbird(text, '[');
      if (parsed && !parsed.ok) sink.problem({ file, message: parsed.message });
      else if (parsed?.ok && !Array.isArray(parsed.value)) sink.problem({ file, message: 'is not a list of tweets' });
      else if (parsed?.ok && Array.isArray(parsed.value)) {
        if (parsed.damage) sink.problem({ file, message: parsed.damage });
        const tally = new FileTally(file);
        const context = tweetContext(file, tally, 'tweets', {});
        parsed.value.forEach((record, index) => {
          const tweet = unwrapTweet(record);
          if (!tweet) return void tally.skip(index, 'not an object');
          emitTweet(tweet, index, context);
        });
        tally.report(sink, parsed.value.length, 'tweets');
      }
      step();
    }
  }

  for (const [pending, kind, flags] of [
    [circle, 'twitterCircleTweet', { circle: true }],
    [community, 'communityTweet', {}],
  ] as const) {
    const tallies = new Map<string, FileTally>();
    for (const { tweet, file, index } of pending.values()) {
      let tally = tallies.get(file);
      if (!tally) tallies.set(file, (tally = new FileTally(file)));
      const context = tweetContext(file, tally, kind, { ...flags });
      if (kind === 'twitterCircleTweet') context.audience = 'friends';
      emitTweet(tweet, index, context);
    }
    for (const tally of tallies.values()) tally.report(sink, pending.size, 'tweets');
  }

  for (const note of notes.unused()) {
    sink.item({
      platform: 'x',
      kind: 'post',
      id: note.id,
      text: decodeText(note.text),
      createdAt: note.createdAt,
      audience,
      engagement: {},
      media: [],
      locator: { input: source.inputOf(note.file), file: note.file, index: note.index },
      flags: { note: true },
    });
  }

  await eachFile('like', (records, file, tally) => {
    const input = source.inputOf(file);
    records.forEach((record, index) => {
      const item = likeItem(record, index, input, file, tally);
      if (item) sink.item(item);
    });
  });

  const me = accountId ?? (await guessAccountId(source, filesOf('directMessages')));
  for (const kind of ['directMessages', 'directMessagesGroup'] as const) {
    await eachFile(
      kind,
      (records, file, tally) => {
        const context: ConversationContext = {
          file,
          input: source.inputOf(file),
          me,
          group: kind === 'directMessagesGroup',
          mediaDirs: dirsOf(kind),
          media,
          people,
          tally,
        };
        records.forEach((record, index) => {
          for (const item of conversationItems(record, index, context)) sink.item(item);
        });
      },
      'conversations',
    );
  }

  if (!layout.files.has('tweets') && layout.grailbird.length === 0) {
    sink.problem({
      file: layout.dataDir || source.label,
      message: 'holds no tweets file (tweets.js, tweet.js or js/tweets/); only the other files were read',
    });
  }
  if (layout.unknown.length) {
    const names = layout.unknown.map((path) => path.slice(layout.dataDir.length));
    sink.problem({
      file: layout.dataDir || source.label,
      message: `${names.length} data file(s) not recognised and not read: ${names.slice(0, 5).join(', ')}${names.length > 5 ? ', …' : ''}`,
    });
  }
}

/** What a Grailbird `user_details.js` says about the profile beyond who the account is. */
interface GrailbirdFields {
  bio?: string;
  location?: string;
  website?: string;
}

async function readGrailbirdUser(
  source: ExportSource,
  file: string,
  sink: ImportSink,
): Promise<{ id?: string; screenName?: string; name?: string; protected?: boolean; fields: GrailbirdFields }> {
  let text: string;
  try {
    text = await source.readText(file);
  } catch (error) {
    sink.problem({ file, message: `could not be read (${errorText(error)})` });
    return { fields: {} };
  }
  const parsed = parseGrailbird(text, '{');
  if (!parsed.ok || !isObject(parsed.value)) {
    sink.problem({ file, message: parsed.ok ? 'is not an object' : parsed.message });
    return { fields: {} };
  }
  const user = parsed.value;
  const fields: GrailbirdFields = {};
  const bio = str(user.bio)?.trim();
  const location = str(user.location)?.trim();
  // `url` is a t.co link; `expanded_url` is the site the profile shows.
  const website = (str(user.expanded_url) ?? str(user.url))?.trim();
  if (bio) fields.bio = bio;
  if (location) fields.location = location;
  if (website) fields.website = website;
  return {
    fields,
    id: str(user.id),
    screenName: str(user.screen_name),
    name: str(user.full_name),
    ...(typeof user.protected === 'boolean' ? { protected: user.protected } : {}),
  };
}

export type { XLayout };
