import type { Platform, Position } from '../core/item.js';
import type { Mismatch, MismatchField } from '../core/profile/mismatch.js';
import type { ProfileRecord } from '../core/profile/record.js';
import { companyKey, sameCompany } from '../people/companies.js';
import { namesMatch } from '../people/names.js';

interface Said {
  platform: Platform;
  value: string;
}

/** LinkedIn first: it is the network a recruiter treats as the CV, so the others are compared with it. */
export function byReference(records: readonly ProfileRecord[]): ProfileRecord[] {
  return [...records].sort((a, b) => Number(b.platform === 'linkedin') - Number(a.platform === 'linkedin'));
}

const looseText = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** "Seattle, Washington" and "Seattle, WA" are one place: the city (the part before the first comma) decides. */
const cityOf = (location: string): string => looseText(location.split(',')[0] ?? location);

const SAME: Record<Exclude<MismatchField, 'dates'>, (a: string, b: string) => boolean> = {
  name: (a, b) => namesMatch(a, b).match,
  employer: (a, b) => sameCompany(a, b),
  title: (a, b) => looseText(a) === looseText(b),
  location: (a, b) => cityOf(a) === cityOf(b),
};

const VALUE: Record<Exclude<MismatchField, 'dates'>, (record: ProfileRecord) => string | null> = {
  name: (record) => record.name,
  employer: (record) => record.employer,
  title: (record) => record.title,
  location: (record) => record.location,
};

function fieldMismatch(field: Exclude<MismatchField, 'dates'>, records: readonly ProfileRecord[]): Mismatch | null {
  const said: Said[] = [];
  for (const record of records) {
    const value = VALUE[field](record);
    if (value) said.push({ platform: record.platform, value });
  }
  const [first, ...rest] = said;
  if (!first || !rest.some((other) => !SAME[field](first.value, other.value))) return null;
  return { field, values: said };
}

const span = (position: Position): string =>
  `${position.company}: ${position.startedOn ?? '?'} – ${position.finishedOn ?? 'now'}`;

/**
 * A job that ended on one network and is current on another, or the same job with other start or end months.
 * Compared per employer, so a job listed on one network only is not a mismatch.
 */
function datesMismatch(records: readonly ProfileRecord[]): Mismatch | null {
  const withJobs = records.filter((record) => record.positions.length > 0);
  const [reference, ...others] = withJobs;
  if (!reference) return null;
  const values: Said[] = [];
  const add = (platform: Platform, position: Position): void => {
    const value = span(position);
    if (!values.some((said) => said.platform === platform && said.value === value)) values.push({ platform, value });
  };
  for (const mine of reference.positions) {
    if (!companyKey(mine.company)) continue;
    for (const other of others) {
      for (const theirs of other.positions) {
        if (!sameCompany(mine.company, theirs.company)) continue;
        const endsDiffer = Boolean(mine.finishedOn) !== Boolean(theirs.finishedOn);
        const monthsDiffer =
          (mine.startedOn && theirs.startedOn && mine.startedOn.slice(0, 7) !== theirs.startedOn.slice(0, 7)) ||
          (mine.finishedOn && theirs.finishedOn && mine.finishedOn.slice(0, 7) !== theirs.finishedOn.slice(0, 7));
        if (!endsDiffer && !monthsDiffer) continue;
        add(reference.platform, mine);
        add(other.platform, theirs);
      }
    }
  }
  return values.length ? { field: 'dates', values } : null;
}

/** Where the networks' profiles disagree: name, current employer and title, location, job dates. */
export function findMismatches(records: readonly ProfileRecord[]): Mismatch[] {
  const ordered = byReference(records);
  const found: Mismatch[] = [];
  for (const field of ['name', 'employer', 'title', 'location'] as const) {
    const mismatch = fieldMismatch(field, ordered);
    if (mismatch) found.push(mismatch);
  }
  const dates = datesMismatch(ordered);
  if (dates) found.push(dates);
  return found;
}
