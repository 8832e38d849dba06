/**
 * Reading one big JSON list (`window.YTD.tweets.part0 = [ … ]`) from a byte stream, one element at a time, so a
 * file far larger than memory — or than V8's ~512 MB string limit — is read with memory bounded by its largest
 * element. Each top-level element's bytes are cut out by a scan that knows strings and brackets (as `salvage.ts`
 * does for text) and handed to `JSON.parse` alone: the streaming JSON parsers on npm (stream-json,
 * @streamparser/json) tokenise in JavaScript and read X's tweets 4–5× slower than `JSON.parse` (BENCHMARKS.md),
 * while this scan adds ~10 %. A bad element loses only itself, like the salvage of a damaged file.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_LIST = 0x5b;
const CLOSE_LIST = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const SEMICOLON = 0x3b;
/** How many bytes may come before the list opens; X's heads are ~30 bytes (`window.YTD.direct_messages_group.part9 = `). */
const MAX_HEAD = 4096;
/** An element larger than this is dropped rather than held (a tweet is ~1 KiB; a hostile file could be one element). */
export const MAX_ELEMENT_BYTES = 64 * 1024 ** 2;

function isSpace(code: number | undefined): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/** What a finished scan saw: elements parsed, elements dropped, and whether the list was closed. */
export interface ListScan {
  kept: number;
  lost: number;
  /** Byte offset (in the whole stream) of the first element that could not be parsed. */
  firstLostAt?: number;
  /** False when the stream ended inside the list (a file cut short). */
  closed: boolean;
  /** Bytes after the closing `]` other than spaces and one `;`. */
  trailing: boolean;
}

/** The text before the list, refused: the head check's message. */
export class ListHeadError extends Error {}

/**
 * A push parser: `write` each chunk, then `end`. `onRecord` is called synchronously, in order, with each parsed
 * element and its index. `checkHead` judges the text before the opening `[` (with `null` when no `[` came within
 * the first 4 KiB) and returns a refusal message, or null to go on.
 */
export class JsonListSplitter {
  /** The bytes not yet done with, `carry[0, length)`; grown by doubling so a long element costs linear time. */
  private carry: Buffer = Buffer.alloc(0);
  private length = 0;
  /** Offset in the whole stream of `carry[0]`. */
  private carryAt = 0;
  /** Where the scan resumes inside `carry`. */
  private scanFrom = 0;
  /** Start of the current element inside `carry`, or -1 between elements. */
  private start = -1;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private state: 'head' | 'list' | 'after' = 'head';
  /** Inside an element too large to hold: scanned to its end, never kept. */
  private dropping = false;
  private seenSemicolon = false;
  private readonly scan: ListScan = { kept: 0, lost: 0, closed: false, trailing: false };

  constructor(
    private readonly onRecord: (record: unknown, index: number) => void,
    private readonly checkHead: (head: string | null) => string | null,
  ) {}

  write(chunk: Buffer): void {
    if (this.state === 'after') return this.checkTrailing(chunk, 0);
    this.append(chunk);
    if (this.state === 'head' && !this.readHead()) return;
    this.scanList();
    if (this.start >= 0 && this.scanFrom - this.start > MAX_ELEMENT_BYTES) {
      this.lose(this.carryAt + this.start);
      this.start = -1;
      this.dropping = true;
    }
  }

  /** Drops the bytes already done with (all but an open element, or the head), then adds `chunk`. */
  private append(chunk: Buffer): void {
    const keepFrom = this.state === 'head' ? 0 : this.start >= 0 ? this.start : this.scanFrom;
    const kept = this.length - keepFrom;
    if (keepFrom > 0) {
      this.carry.copyWithin(0, keepFrom, this.length);
      this.carryAt += keepFrom;
      this.scanFrom -= keepFrom;
      if (this.start >= 0) this.start -= keepFrom;
    }
    if (kept + chunk.length > this.carry.length) {
      const grown = Buffer.allocUnsafe(Math.max(kept + chunk.length, this.carry.length * 2));
      this.carry.copy(grown, 0, 0, kept);
      this.carry = grown;
    }
    chunk.copy(this.carry, kept);
    this.length = kept + chunk.length;
  }

  /** Finishes the scan; throws `ListHeadError` when the list never opened. */
  end(): ListScan {
    if (this.state === 'head') {
      const message = this.checkHead(null) ?? 'holds no list';
      throw new ListHeadError(message);
    }
    if (this.state === 'list') {
      // Cut off inside the list: a last element that closes is whole, a bare number or word may be cut short.
      const piece = this.start >= 0 ? this.carry.toString('utf8', this.start, this.length).trim() : '';
      if (piece && /[}\]"]$/.test(piece) && this.depth === 0 && !this.inString) this.take(this.length);
      else if (piece) this.lose(this.carryAt + this.start);
    }
    return { ...this.scan };
  }

  /** Finds the opening `[`; false while it has not come yet. */
  private readHead(): boolean {
    const open = this.carry.subarray(0, this.length).indexOf(OPEN_LIST);
    if (open < 0 || open > MAX_HEAD) {
      if (this.length <= MAX_HEAD) return false;
      throw new ListHeadError(this.checkHead(null) ?? 'holds no list');
    }
    const head = this.carry.toString('utf8', 0, open);
    const refused = this.checkHead(head);
    if (refused) throw new ListHeadError(refused);
    this.state = 'list';
    this.scanFrom = open + 1;
    return true;
  }

  private scanList(): void {
    const bytes = this.carry.subarray(0, this.length);
    const length = this.length;
    let at = this.scanFrom;
    while (at < length) {
      if (this.inString) {
        if (this.escaped) {
          this.escaped = false;
          at++;
          continue;
        }
        // Jump to the next quote or backslash: strings are most of a tweet's bytes.
        const quote = bytes.indexOf(QUOTE, at);
        const slash = bytes.indexOf(BACKSLASH, at);
        if (quote < 0 && slash < 0) {
          at = length;
          break;
        }
        if (slash >= 0 && (quote < 0 || slash < quote)) {
          at = slash + 1;
          this.escaped = true;
          continue;
        }
        at = quote + 1;
        this.inString = false;
        continue;
      }
      const code = bytes[at] as number;
      if (
        this.start < 0 &&
        !this.dropping &&
        !isSpace(code) &&
        !(this.depth === 0 && (code === COMMA || code === CLOSE_LIST))
      ) {
        this.start = at;
      }
      if (code === QUOTE) this.inString = true;
      else if (code === OPEN_LIST || code === OPEN_OBJECT) this.depth++;
      else if (code === CLOSE_LIST || code === CLOSE_OBJECT) {
        if (this.depth === 0) {
          this.take(at);
          this.scan.closed = true;
          this.state = 'after';
          this.checkTrailing(bytes, at + 1);
          return;
        }
        this.depth--;
      } else if (code === COMMA && this.depth === 0) this.take(at);
      at++;
    }
    this.scanFrom = at;
  }

  private take(end: number): void {
    if (this.dropping) {
      this.dropping = false;
      return;
    }
    if (this.start < 0) return;
    const from = this.start;
    this.start = -1;
    let to = end;
    while (to > from && isSpace(this.carry[to - 1])) to--;
    if (to === from) return;
    if (to - from > MAX_ELEMENT_BYTES) return this.lose(this.carryAt + from);
    let record: unknown;
    try {
      record = JSON.parse(this.carry.toString('utf8', from, to));
    } catch {
      this.lose(this.carryAt + from);
      return;
    }
    this.onRecord(record, this.scan.kept++);
  }

  private lose(at: number): void {
    if (this.scan.lost++ === 0) this.scan.firstLostAt = at;
  }

  private checkTrailing(bytes: Buffer, from: number): void {
    for (let at = from; at < bytes.length; at++) {
      const code = bytes[at];
      if (isSpace(code)) continue;
      if (code === SEMICOLON && !this.seenSemicolon) {
        this.seenSemicolon = true;
        continue;
      }
      this.scan.trailing = true;
      return;
    }
  }
}
