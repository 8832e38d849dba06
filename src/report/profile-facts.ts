import type { ProfileRecord } from '../core/profile/record.js';

/** The profile's basics in the order a recruiter reads them: name, handle, headline, job, location. */
export function profileFacts(
  record: Pick<ProfileRecord, 'name' | 'handle' | 'headline' | 'employer' | 'title' | 'location'>,
): string[] {
  return [
    record.name,
    record.handle ? `@${record.handle}` : null,
    record.headline,
    record.employer ? `${record.title ? `${record.title} at ` : ''}${record.employer}` : null,
    record.location,
  ].filter((fact): fact is string => Boolean(fact));
}

/** Whether the account is open, in words; null when the export does not say. */
export const privacyOf = (record: Pick<ProfileRecord, 'isPrivate'>): string | null =>
  record.isPrivate === null ? null : record.isPrivate ? 'private' : 'public';
