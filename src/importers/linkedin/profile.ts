import type { Education, ProfilePart } from '../../core/profile/record.js';
import { parseMonthYear } from './dates.js';

type Cell = (...names: string[]) => string;

/** `Websites` reads `PORTFOLIO:http://a.example, COMPANY:https://b.example`: the first address, without its label. */
export function firstWebsite(cell: string): string | undefined {
  const first = cell.split(/,\s*/)[0]?.trim() ?? '';
  const address = first.replace(/^[A-Z_]+:(?=\S)/, '');
  return address || undefined;
}

/**
 * `Profile.csv`'s one row → the profile record's part. The export carries no photo (`Rich Media.csv` only links to
 * LinkedIn's settings), and no visibility setting; a LinkedIn profile is public by design.
 */
export function linkedinProfilePart(cell: Cell, decode: (text: string) => string, file: string): ProfilePart {
  const part: ProfilePart = { platform: 'linkedin', file, isPrivate: false };
  const name = [cell('First Name'), cell('Last Name')].filter(Boolean).join(' ');
  const headline = decode(cell('Headline'));
  const bio = decode(cell('Summary'));
  const location = cell('Geo Location', 'Location') || cell('Country');
  const industry = cell('Industry');
  const website = firstWebsite(cell('Websites'));
  if (name) part.name = name;
  if (headline) part.headline = headline;
  if (bio) part.bio = bio;
  if (location) part.location = location;
  if (industry) part.industry = industry;
  if (website) part.website = website;
  return part;
}

/** One `Education.csv` row (`School Name,Start Date,End Date,Notes,Degree Name,Activities`), or null without a school. */
export function educationOf(cell: Cell): Education | null {
  const school = cell('School Name');
  if (!school) return null;
  const degree = cell('Degree Name');
  const startedOn = parseMonthYear(cell('Start Date'));
  const finishedOn = parseMonthYear(cell('End Date'));
  return {
    school,
    ...(degree ? { degree } : {}),
    ...(startedOn ? { startedOn } : {}),
    ...(finishedOn ? { finishedOn } : {}),
  };
}
