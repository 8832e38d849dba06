/**
 * Every month from the first to the last (YYYY-MM) of a sorted list, so quiet months show as gaps in a timeline
 * rather than vanish. Shared by the HTML report and the web app's dashboard.
 */
export function monthsBetween(sorted: readonly string[]): string[] {
  const first = sorted[0];
  const last = sorted.at(-1);
  if (!first || !last) return [];
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 1200; guard++) {
    const label = `${year}-${String(month).padStart(2, '0')}`;
    months.push(label);
    if (label >= last) break;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}
