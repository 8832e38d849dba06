import { isObject, str, toIsoDate } from './parse.js';
import type { FileTally } from './tally.js';
import { decodeText } from './tweet.js';

/** One long post from `note-tweet.js`, waiting for the tweet it belongs to. */
export interface PendingNote {
  id: string;
  text: string;
  createdAt: string | null;
  tweetId: string | undefined;
  file: string;
  index: number;
  used: boolean;
}

/** A `{noteTweet: {noteTweetId, createdAt, core: {text}}}` record, or null (counted in the tally). */
export function readNote(record: unknown, index: number, file: string, tally: FileTally): PendingNote | null {
  const note = isObject(record) && isObject(record.noteTweet) ? record.noteTweet : null;
  const core =
    note && isObject(note.core) ? note.core : note && isObject(note.noteTweetResults) ? note.noteTweetResults : null;
  const id = note ? str(note.noteTweetId) : undefined;
  if (!note || !core || typeof core.text !== 'string' || !id) {
    return tally.skip(index, 'no "noteTweet" with a noteTweetId and core.text');
  }
  const createdAt = toIsoDate(note.createdAt);
  if (createdAt === null && note.createdAt !== undefined) tally.field('createdAt');
  return { id, text: core.text, createdAt, tweetId: str(note.tweetId), file, index, used: false };
}

/** Long posts: `note-tweet.js` holds the full text; tweets.js the truncated one, at the same second. */
export class NoteIndex {
  private readonly bySecond = new Map<string, PendingNote[]>();
  private readonly byId = new Map<string, PendingNote>();
  private readonly all: PendingNote[] = [];
  size = 0;

  add(note: PendingNote): void {
    this.all.push(note);
    this.size++;
    if (note.tweetId) this.byId.set(note.tweetId, note);
    this.byId.set(note.id, note);
    if (note.createdAt) {
      const key = note.createdAt.slice(0, 19);
      const list = this.bySecond.get(key);
      if (list) list.push(note);
      else this.bySecond.set(key, [note]);
    }
  }

  match(id: string, createdAt: string | null, fullText: string): PendingNote | undefined {
    const direct = this.byId.get(id);
    if (direct && !direct.used) return this.use(direct);
    if (!createdAt) return undefined;
    const candidates = this.bySecond.get(createdAt.slice(0, 19));
    if (!candidates) return undefined;
    const stripped = stripTail(fullText);
    const head = squash(decodeText(stripped)).slice(0, 30);
    const note = candidates.find((candidate) => !candidate.used && squash(candidate.text).startsWith(head));
    if (note) return this.use(note);
    // Texts can differ at the start (links, entities); a lone note at that second still fits a cut-off tweet.
    const open = candidates.filter((candidate) => !candidate.used);
    const cut = stripped.length < fullText.trimEnd().length || fullText.length >= 270;
    return open.length === 1 && cut ? this.use(open[0] as PendingNote) : undefined;
  }

  unused(): PendingNote[] {
    return this.all.filter((note) => !note.used);
  }

  private use(note: PendingNote): PendingNote {
    note.used = true;
    return note;
  }
}

/** A truncated long post ends with `…` and a t.co link to itself. */
function stripTail(text: string): string {
  return text.replace(/(?:\s*https:\/\/t\.co\/\w+)+\s*$/, '').replace(/(?:…|\.\.\.)\s*$/, '');
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
