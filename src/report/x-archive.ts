/**
 * Writing files in the X archive's own format (`window.YTD.<name>.partN = [...]`), so tools that read an
 * archive (deletion scripts, the sample generator, Decorum's own importer) read them too.
 */

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number): string => String(n).padStart(2, '0');

/** `Sat Dec 06 18:20:30 +0000 2025`, X's `created_at`. */
export function xDate(iso: string): string {
  const d = new Date(iso);
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${time} +0000 ${d.getUTCFullYear()}`;
}

/** X escapes these three in tweet text, nothing else. */
export function escapeX(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `window.YTD.<name>.partN = [ … ]`, pretty-printed like X's files. */
export function ytd(name: string, part: number, records: unknown[]): string {
  return `window.YTD.${name}.part${part} = ${JSON.stringify(records, null, 2)}`;
}
