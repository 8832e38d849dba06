/** RFC 4180 CSV: every field quoted when it holds a comma, quote or newline; CRLF line ends. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
): string {
  const field = (value: string | number | null | undefined): string => {
    const text = value === null || value === undefined ? '' : String(value);
    // A leading = + - @ (or a tab or return, which some spreadsheets skip) makes the cell a formula; a quote keeps it text.
    const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
