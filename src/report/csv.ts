import { terminalSafe } from './terminal-safe.js';

type Cell = string | number | null | undefined;

/**
 * OWASP's CSV-injection rule (owasp.org/www-community/attacks/CSV_Injection): a cell starting with = + - @, TAB or
 * CR is run as a formula by spreadsheets, and so is one where such a character follows leading whitespace or quote
 * characters (which some spreadsheets drop). Such a cell gets a leading single quote, which makes it text, and is
 * quoted. Numbers we write ourselves (a priority, a count) are data, never formulas, and stay as they are.
 */
const FORMULA = /^[\s"']*[=+\-@]|^[\t\r]/;

function field(value: Cell): string {
  if (typeof value === 'number') return String(value);
  const text = value ?? '';
  // Control characters have no business in a spreadsheet cell, and the CSV may be printed to a terminal.
  const safe = FORMULA.test(text) ? `'${terminalSafe(text)}` : terminalSafe(text);
  return /[",\r\n]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * RFC 4180 CSV with CRLF line ends, every field quoted when it holds a comma, quote or newline, every cell
 * neutralised as above. The one CSV writer: triage, the plan, `audit --csv` and the web app's download (both
 * through `itemsCsv`) use it.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
