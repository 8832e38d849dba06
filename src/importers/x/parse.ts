import { salvageJsonList, salvageNote } from '../salvage.js';
import { JsonListSplitter, ListHeadError } from '../json-list-stream.js';
import { utf16Encoding } from '../../source/text.js';

/**
 * Parsing the JavaScript assignments X archives are made of, without evaluating them:
 * `window.YTD.tweets.part0 = [ … ]`, `window.__THAR_CONFIG = { … }`, `Grailbird.data.tweets_2015_01 = [ … ]`,
 * `var user_details = { … }`. Everything before the first `[` (or `{`) and a trailing `;` is cut, the rest is JSON.
 */

/** A parse result; `damage` says what was lost when a damaged list was read in part. */
export type Parsed<T> = { ok: true; value: T; damage?: string } | { ok: false; message: string };

const YTD_HEAD = /^window\.YTD\.[A-Za-z0-9_]+\.part\d+$/;
const MANIFEST_HEAD = /^window\.__THAR_CONFIG$/;
const GRAILBIRD_HEAD = /^(?:var\s+)?[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/;

function preview(text: string): string {
  const head = text.slice(0, 40).replace(/\s+/g, ' ').trim();
  return head.length ? `it starts with "${head}${text.length > 40 ? '…' : ''}"` : 'it is empty';
}

/**
 * JSON.parse's message in one line, with the error's position in the whole file. V8 gives either
 * "… in JSON at position N" or "Unexpected token 'x', …"context"… is not valid JSON" (10 characters either side
 * of the error); the position of the latter is found from its context.
 */
function jsonMessage(error: unknown, json: string, offset: number): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/position \d+/.test(message)) {
    return message.replace(/position (\d+)/, (_, position: string) => `position ${Number(position) + offset}`);
  }
  const context = /^Unexpected token '([^']*)', (\.\.\.)?"([\s\S]*?)"(\.\.\.)? is not valid JSON$/.exec(message);
  if (context) {
    const [, token, before, snippet = '', after] = context;
    const at = json.indexOf(snippet);
    if (at >= 0) {
      const position = before ? at + 10 : after ? at + snippet.length - 10 : at + snippet.indexOf(token ?? '');
      return `Unexpected token '${token}' in JSON at position ${position + offset}`;
    }
  }
  return message.replace(/\s+/g, ' ');
}

function parseAssignment(
  text: string,
  head: RegExp,
  opener: '[' | '{',
  what: string,
): Parsed<unknown> & { headText?: string } {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const eq = text.indexOf('=', start);
  const headText = eq < 0 ? '' : text.slice(start, eq).trim();
  if (eq < 0 || !head.test(headText)) {
    return { ok: false, message: `is not a ${what} assignment (${preview(text.slice(start))})` };
  }
  const open = text.indexOf(opener, eq + 1);
  if (open < 0 || text.slice(eq + 1, open).trim() !== '') {
    const shape = opener === '[' ? 'a list' : 'an object';
    return { ok: false, message: `holds no ${shape} after the ${what} assignment` };
  }
  let end = text.length;
  while (end > open && isSpace(text.charCodeAt(end - 1))) end--;
  if (text.charCodeAt(end - 1) === 59 /* ; */) end--;
  const json = text.slice(open, end);
  try {
    return { ok: true, value: JSON.parse(json), headText };
  } catch (error) {
    const message = `not valid JSON after the ${what} assignment (${jsonMessage(error, json, open)})`;
    const salvaged = opener === '[' ? salvageJsonList(json) : null;
    if (!salvaged) return { ok: false, message };
    return { ok: true, value: salvaged.value, headText, damage: `${message}; ${salvageNote(salvaged)}` };
  }
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

/** A `window.YTD.<name>.partN = [ … ]` file: its records. */
export function parseYtd(text: string): Parsed<unknown[]> {
  const parsed = parseAssignment(text, YTD_HEAD, '[', 'window.YTD');
  if (!parsed.ok) return parsed;
  if (!Array.isArray(parsed.value)) return { ok: false, message: 'is not a list of records' };
  return parsed.damage ? { ok: true, value: parsed.value, damage: parsed.damage } : { ok: true, value: parsed.value };
}

/** `data/manifest.js`: `window.__THAR_CONFIG = { … }`. */
export function parseManifest(text: string): Parsed<Record<string, unknown>> {
  const parsed = parseAssignment(text, MANIFEST_HEAD, '{', 'window.__THAR_CONFIG');
  if (!parsed.ok) return parsed;
  if (!isObject(parsed.value)) return { ok: false, message: 'is not an object' };
  return { ok: true, value: parsed.value };
}

/** A Grailbird-era (2012–2018) file: `Grailbird.data.tweets_2015_01 = [ … ]` or `var user_details = { … }`. */
export function parseGrailbird(text: string, opener: '[' | '{'): Parsed<unknown> {
  return parseAssignment(text, GRAILBIRD_HEAD, opener, 'Grailbird');
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

const MONTHS: Readonly<Record<string, string>> = {
  Jan: '01',
  Feb: '02',
  Mar: '03',
  Apr: '04',
  May: '05',
  Jun: '06',
  Jul: '07',
  Aug: '08',
  Sep: '09',
  Oct: '10',
  Nov: '11',
  Dec: '12',
};

function digits(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** Two digits at `at` holding a number from `min` to `max`. */
function inRange(text: string, at: number, min: number, max: number): boolean {
  if (!digits(text, at, at + 2)) return false;
  const n = (text.charCodeAt(at) - 48) * 10 + text.charCodeAt(at + 1) - 48;
  return n >= min && n <= max;
}

/** `HH:MM:SS` at `at`. */
function clock(text: string, at: number): boolean {
  return (
    text[at + 2] === ':' &&
    text[at + 5] === ':' &&
    inRange(text, at, 0, 23) &&
    inRange(text, at + 3, 0, 59) &&
    inRange(text, at + 6, 0, 60)
  );
}

/**
 * X's dates as ISO 8601 UTC: `Sat Dec 06 18:20:30 +0000 2025` (YTD), `2015-01-24 02:02:37 +0000` (Grailbird),
 * or ISO already (DMs, notes). Null when the value is not a date.
 */
export function toIsoDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  // Fast paths for the two UTC layouts X writes, without building a Date.
  if (value.length === 30 && value.charCodeAt(20) === 43 && value.startsWith('+0000', 20)) {
    const month = MONTHS[value.slice(4, 7)];
    if (month && inRange(value, 8, 1, 31) && digits(value, 26, 30) && clock(value, 11)) {
      return `${value.slice(26, 30)}-${month}-${value.slice(8, 10)}T${value.slice(11, 19)}.000Z`;
    }
  }
  if (value.length === 25 && value.endsWith(' +0000') && value[4] === '-' && value[7] === '-' && value[10] === ' ') {
    if (digits(value, 0, 4) && inRange(value, 5, 1, 12) && inRange(value, 8, 1, 31) && clock(value, 11)) {
      return `${value.slice(0, 10)}T${value.slice(11, 19)}.000Z`;
    }
  }
  if (value.length === 24 && value.endsWith('Z') && value[10] === 'T' && value[19] === '.') return value;
  const grail = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d) ([+-]\d\d)(\d\d)$/.exec(value);
  const ms = Date.parse(grail ? `${grail[1]}T${grail[2]}${grail[3]}:${grail[4]}` : value);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

/** X writes counts as strings ("12"); numbers are accepted too. Undefined when absent or not a count. */
export function toCount(value: unknown): number | undefined {
  const n = typeof value === 'string' && value.length > 0 ? +value : typeof value === 'number' ? value : NaN;
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}

/** The last path segment of a URL, without query or fragment. */
export function urlBasename(url: string): string {
  let end = url.length;
  const query = url.indexOf('?');
  if (query >= 0) end = query;
  const hash = url.indexOf('#');
  if (hash >= 0 && hash < end) end = hash;
  return url.slice(url.lastIndexOf('/', end - 1) + 1, end);
}

/** What streaming a `window.YTD` file gave: its record count (and damage), or why it was not read. */
export type Streamed = { ok: true; count: number; damage?: string } | { ok: false; message: string } | { utf16: true };

/**
 * A `window.YTD.<name>.partN = [ … ]` file read from a byte stream, record by record, in batches handed to `use`
 * with the index of their first record: for files too big to hold as one string. Judged like `parseYtd`; a damaged
 * record is skipped as the salvage of a damaged file does. A UTF-16 file is not streamed (`{utf16: true}`, before
 * any record): it is read whole instead.
 */
export async function streamYtd(
  chunks: AsyncIterable<Buffer>,
  use: (records: unknown[], offset: number) => void,
  batchSize = 2000,
): Promise<Streamed> {
  let batch: unknown[] = [];
  let offset = 0;
  /** The file's first characters, for the message when it is not an assignment (as `parseYtd` gives it). */
  let opening = '';
  const flush = (): void => {
    if (!batch.length) return;
    use(batch, offset);
    offset += batch.length;
    batch = [];
  };
  const splitter = new JsonListSplitter(
    (record) => {
      if (batch.push(record) >= batchSize) flush();
    },
    (head) => {
      const text = head === null ? '' : head.replace(/^\ufeff/, '').trim();
      if (head !== null && text.endsWith('=') && YTD_HEAD.test(text.slice(0, -1).trim())) return null;
      const eq = text.indexOf('=');
      if (eq >= 0 && YTD_HEAD.test(text.slice(0, eq).trim())) return 'holds no a list after the window.YTD assignment';
      return `is not a window.YTD assignment (${preview(opening)})`;
    },
  );
  let first = true;
  try {
    for await (const chunk of chunks) {
      if (first && utf16Encoding(chunk)) return { utf16: true };
      if (first) opening = chunk.toString('utf8', 0, 64).replace(/^\ufeff/, '');
      first = false;
      splitter.write(chunk);
    }
    const scan = splitter.end();
    flush();
    const problems: string[] = [];
    if (scan.lost)
      problems.push(
        `${scan.lost} record(s) that could not be parsed were skipped (the first at byte ${scan.firstLostAt}) and the other ${scan.kept} read`,
      );
    if (!scan.closed) problems.push('the list is not closed (the file is cut short)');
    if (scan.trailing) problems.push('text after the list was ignored');
    return problems.length
      ? { ok: true, count: scan.kept, damage: `not valid JSON after the window.YTD assignment: ${problems.join('; ')}` }
      : { ok: true, count: scan.kept };
  } catch (error) {
    flush();
    if (error instanceof ListHeadError) return { ok: false, message: error.message };
    throw error;
  }
}
