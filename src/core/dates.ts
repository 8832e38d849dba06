/**
 * A date as a person types it: a day (`2026-03-02`, taken as noon UTC so no time zone moves it to another day) or
 * a full ISO 8601 instant. Null when it is neither. The CLI's `--date`/`--as-of` and the web forms share it.
 */
export function parseDayOrInstant(value: string): Date | null {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? null : date;
}
