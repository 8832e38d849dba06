/**
 * LinkedIn writes a different date format in almost every file, none with a zone except messages (UTC).
 * Times without a zone are taken as UTC: the export does not say which zone they are in.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function monthOf(name: string): number | null {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return i < 0 ? null : i + 1;
}

function iso(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  // Rejects 31 Feb and the like instead of rolling over into March.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString();
}

const fullYear = (year: string): number => (year.length === 2 ? 2000 + Number(year) : Number(year));

/** `08 Feb 2026` (Connections `Connected On`), also `8 February 2026`. */
function dayMonthYear(value: string): string | null {
  const m = /^(\d{1,2})[ -]([A-Za-z]{3,9})\.?[ -](\d{4})$/.exec(value);
  if (!m) return null;
  const month = monthOf(m[2] ?? '');
  return month ? iso(Number(m[3]), month, Number(m[1])) : null;
}

/** `1/29/26, 2:37 PM` (Invitations `Sent At`, US order, no zone), also 4-digit years, seconds, 24-hour times. */
function usDateTime(value: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4}),?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/.exec(value);
  if (!m) return null;
  let hour = Number(m[4] ?? 0);
  const meridiem = m[7]?.toLowerCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  return iso(fullYear(m[3] ?? ''), Number(m[1]), Number(m[2]), hour, Number(m[5] ?? 0), Number(m[6] ?? 0));
}

/**
 * `2025-06-01 14:03:22 UTC` (messages), `2025-06-01 14:03:22` (Shares, Comments, Reactions), ISO 8601, and
 * `2017/06/08 08:15:44 UTC` (Shares.csv of 2018 "Complete" exports).
 */
function isoLike(value: string): string | null {
  const m =
    /^(\d{4})[-/](\d{2})[-/](\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(?:UTC|GMT|Z|\+00:?00)?$/i.exec(
      value,
    );
  if (!m) return null;
  return iso(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0));
}

export type DateFormat = 'day-month-year' | 'us' | 'iso';

const PARSERS: Record<DateFormat, (value: string) => string | null> = {
  'day-month-year': dayMonthYear,
  us: usDateTime,
  iso: isoLike,
};

/**
 * Parses a LinkedIn date to ISO 8601 UTC, trying the file's own format first and the others after (files drift
 * between export versions). Returns null for an empty or unreadable value.
 */
export function parseLinkedInDate(value: string, format: DateFormat): string | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  const first = PARSERS[format](trimmed);
  if (first) return first;
  for (const [name, parser] of Object.entries(PARSERS)) {
    if (name === format) continue;
    const parsed = parser(trimmed);
    if (parsed) return parsed;
  }
  return null;
}

/**
 * `Jan 2024` → `2024-01`, `January 2024` → `2024-01`, `2024` → `2024` (Positions `Started On`/`Finished On`);
 * also `3/2024` and `3/1/2024`, as a spreadsheet re-saves them.
 */
export function parseMonthYear(value: string): string | null {
  const trimmed = value.trim();
  let m = /^([A-Za-z]{3,9})\.?\s+(\d{4})$/.exec(trimmed);
  if (m) {
    const month = monthOf(m[1] ?? '');
    return month ? `${m[2]}-${String(month).padStart(2, '0')}` : null;
  }
  m = /^(\d{4})(?:-(\d{2}))?$/.exec(trimmed);
  if (m) return m[2] ? (Number(m[2]) >= 1 && Number(m[2]) <= 12 ? `${m[1]}-${m[2]}` : null) : (m[1] ?? null);
  m = /^(\d{1,2})\/(?:\d{1,2}\/)?(\d{4})$/.exec(trimmed);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return `${m[2]}-${String(Number(m[1])).padStart(2, '0')}`;
  return null;
}
