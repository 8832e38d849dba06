import { parse } from 'csv-parse/sync';
import { utf16Encoding } from '../../source/text.js';

/** A text file decoded from bytes, with a note when it was not the UTF-8 LinkedIn writes. */
export interface Decoded {
  text: string;
  /** Set when the file is readable but not UTF-8 (e.g. re-saved by a spreadsheet). */
  note?: string;
  /** Set when the file is not text at all. */
  binary?: boolean;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const SAMPLE = 4096;

/** Share of characters that never occur in a CSV text file (controls other than tab/CR/LF, NUL, U+FFFD). */
function garbageShare(text: string): number {
  const n = Math.min(text.length, SAMPLE * 4);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13) || c === 0x7f || c === 0xfffd) bad++;
  }
  return bad / n;
}

/**
 * Decodes a CSV file's bytes. LinkedIn writes UTF-8 (sometimes with a BOM); files re-saved by a spreadsheet may be
 * UTF-16 or Latin-1/Windows-1252. Those are decoded and noted; binary data is flagged so the caller can say so.
 */
export function decodeCsvBytes(bytes: Buffer): Decoded {
  let text: string;
  let note: string | undefined;
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    text = new TextDecoder(utf16).decode(bytes);
    note = `is UTF-16 encoded, not the UTF-8 LinkedIn writes (re-saved by a spreadsheet?); read as ${utf16.toUpperCase()}`;
  } else {
    try {
      text = UTF8.decode(bytes);
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
      note =
        'is not valid UTF-8 (re-saved by a spreadsheet?); read as Latin-1/Windows-1252, so accented letters may be wrong';
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\u0000') || garbageShare(text) > 0.02) return { text: '', binary: true };
  return note ? { text, note } : { text };
}

export interface CsvRow {
  cells: string[];
  /** 1-based line where the record ends in the file. */
  line: number;
}

export interface ParsedCsv {
  rows: CsvRow[];
  /** Lines that held a record that could not be parsed (unclosed quote), each lost with its record. */
  lostLines: number[];
  /** True when recovery gave up and the rest of the file after `lostLines` was not read. */
  gaveUp: boolean;
}

const MAX_RECOVERIES = 50;

const BASE_OPTIONS = {
  bom: true,
  relax_column_count: true,
  relax_quotes: true,
  skip_empty_lines: true,
  skip_records_with_error: true,
} as const;

/** The fast path for well-formed files: no per-record line info (it doubles csv-parse's time). */
function parseClean(text: string, delimiter: string): string[][] | null {
  let unclosed = false;
  try {
    const records = parse(text, {
      ...BASE_OPTIONS,
      delimiter,
      on_skip: (error) => {
        if (error?.code === 'CSV_QUOTE_NOT_CLOSED') unclosed = true;
      },
    }) as string[][];
    return unclosed ? null : records;
  } catch {
    return null;
  }
}

/**
 * RFC 4180 parsing that never throws and loses as little as it can: quotes inside unquoted fields are kept as
 * text, rows may have any number of cells, and when a quote is never closed (which would swallow the rest of the
 * file) the record where it opened is dropped and parsing resumes on the next line.
 */
export function parseCsv(text: string, delimiter = ','): ParsedCsv {
  const clean = parseClean(text, delimiter);
  if (clean) return { rows: clean.map((cells) => ({ cells, line: 0 })), lostLines: [], gaveUp: false };
  const lines = text.split(/\r\n|\n|\r/);
  const rows: CsvRow[] = [];
  const lostLines: number[] = [];
  let offset = 0;
  for (let attempt = 0; attempt <= MAX_RECOVERIES; attempt++) {
    let unclosed = false;
    let lastLine = 0;
    const chunk = offset === 0 ? text : lines.slice(offset).join('\n');
    try {
      const records = parse(chunk, {
        ...BASE_OPTIONS,
        delimiter,
        info: true,
        on_skip: (error) => {
          if (error?.code === 'CSV_QUOTE_NOT_CLOSED') unclosed = true;
        },
      }) as unknown as { record: string[]; info: { lines: number } }[];
      for (const { record, info } of records) {
        rows.push({ cells: record, line: info.lines + offset });
        lastLine = info.lines;
      }
    } catch {
      // csv-parse reports everything through on_skip with these options; anything else loses the rest of the file.
      unclosed = true;
    }
    if (!unclosed) return { rows, lostLines, gaveUp: false };
    // The bad record starts on the first non-empty line after the last good one: drop that line, parse on.
    let bad = offset + lastLine;
    while (bad < lines.length && (lines[bad] ?? '').trim() === '') bad++;
    if (bad >= lines.length) return { rows, lostLines, gaveUp: false };
    lostLines.push(bad + 1);
    offset = bad + 1;
  }
  return { rows, lostLines, gaveUp: true };
}

/** Header names compared without case, spaces or punctuation: `Connected On`, `connectedOn`, `CONNECTED_ON`. */
export function normaliseHeader(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const normalised = new Map<string, string>();
/** `normaliseHeader` for the fixed names the importer asks for, computed once each. */
function key(name: string): string {
  let found = normalised.get(name);
  if (found === undefined) {
    found = normaliseHeader(name);
    if (normalised.size < 1000) normalised.set(name, found);
  }
  return found;
}

/** Looks up a row's cells by header name, tolerating case, spacing and several historical spellings. */
export class Columns {
  private readonly index = new Map<string, number>();

  constructor(readonly header: readonly string[]) {
    header.forEach((name, i) => {
      const key = normaliseHeader(name);
      if (key && !this.index.has(key)) this.index.set(key, i);
    });
  }

  has(...names: string[]): boolean {
    return names.some((name) => this.index.has(key(name)));
  }

  /** The trimmed cell under the first of `names` the header has, or '' when none or the row is short. */
  get(cells: readonly string[], ...names: string[]): string {
    for (const name of names) {
      const i = this.index.get(key(name));
      if (i !== undefined) return (cells[i] ?? '').trim();
    }
    return '';
  }
}

/**
 * Finds the header row: the first of the first rows holding every required column (each requirement lists
 * alternative spellings). Skips preambles such as the `Notes:` block LinkedIn puts above the Connections header.
 */
export function findHeader(rows: readonly CsvRow[], required: readonly (readonly string[])[], scan = 30): number {
  const limit = Math.min(rows.length, scan);
  for (let i = 0; i < limit; i++) {
    const keys = new Set((rows[i]?.cells ?? []).map(normaliseHeader));
    if (required.every((alternatives) => alternatives.some((name) => keys.has(normaliseHeader(name))))) return i;
  }
  return -1;
}

/**
 * LinkedIn writes a quote inside a quoted field as `\"` in some files (Comments.csv of 2025), where RFC 4180 wants
 * `""`; read as RFC 4180, such a field ends at the backslash and the rest of the comment spills into extra columns.
 * Rewritten to `""` before parsing. Returns the text unchanged when it has no `\"`.
 */
export function standardiseQuotes(text: string): string {
  return text.includes('\\"') ? text.replaceAll('\\"', '""') : text;
}

/** Header names of free-text columns that may hold commas and line breaks LinkedIn did not quote. */
const FREE_TEXT = new Set(['message', 'comment', 'content', 'sharecommentary', 'commentary']);
const RECORD_START = /^\s*\d{4}[-/]\d{2}[-/]\d{2}/;

/**
 * Puts back together records LinkedIn wrote without quoting (older Comments.csv): a message with a line break
 * continues on lines of its own, and one with a comma has more cells than the header. Only for files whose first
 * column is a date (`Date`) and last a free-text column: there a line that does not start with a date continues the
 * record above, and cells past the header belong to its last column. Returns the rows and how many were mended.
 */
export function mendUnquotedRows(
  header: readonly string[],
  rows: readonly CsvRow[],
): { rows: CsvRow[]; mended: number } {
  const last = header.length - 1;
  const applies =
    last > 0 && normaliseHeader(header[0] ?? '') === 'date' && FREE_TEXT.has(normaliseHeader(header[last] ?? ''));
  if (!applies) return { rows: [...rows], mended: 0 };
  const out: CsvRow[] = [];
  let mended = 0;
  for (const row of rows) {
    const previous = out[out.length - 1];
    if (previous && !RECORD_START.test(row.cells[0] ?? '')) {
      const cells = [...previous.cells];
      cells[last] = `${cells[last] ?? ''}\n${row.cells.join(',')}`;
      out[out.length - 1] = { ...previous, cells };
      mended++;
      continue;
    }
    if (row.cells.length > header.length) {
      const cells = [...row.cells.slice(0, last), row.cells.slice(last).join(',')];
      out.push({ ...row, cells });
      mended++;
      continue;
    }
    out.push(row);
  }
  return { rows: out, mended };
}
