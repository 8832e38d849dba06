import { EMPTY_CONTEXT } from '../core/detector.js';
import type { Platform, Position } from '../core/item.js';
import { emptyRecord, type ProfileRecord } from '../core/profile/record.js';
import { TEXT_DETECTORS } from '../detectors/index.js';
import { checkProfiles, type ProfileCheck } from './check.js';
import type { AvatarFacts } from './avatar.js';
import type { ProfileInput, ProfileRule } from './rule.js';

/** A profile record with only the given fields filled, for rule tests. */
export function record(platform: Platform, fields: Partial<ProfileRecord> = {}): ProfileRecord {
  return { ...emptyRecord(platform), ...fields };
}

/** A record whose current job is the position without an end date among `positions`. */
export function withJobs(
  platform: Platform,
  positions: Omit<Position, 'platform'>[],
  fields: Partial<ProfileRecord> = {},
) {
  const jobs = positions.map((position) => ({ platform, ...position }));
  const current = jobs.find((job) => !job.finishedOn);
  return record(platform, {
    positions: jobs,
    employer: current?.company ?? null,
    title: current?.title ?? null,
    startedOn: current?.startedOn ?? null,
    ...fields,
  });
}

export function inputOf(records: ProfileRecord[], extra: Partial<ProfileInput> = {}): ProfileInput {
  return { records, avatars: {}, detectors: TEXT_DETECTORS, context: EMPTY_CONTEXT, ...extra };
}

/**
 * A profile check with findings on two networks, a photo on one and markup in every text field, for the
 * renderers' tests.
 */
export function sampleCheck(thumbnails: ProfileCheck['thumbnails'] = {}): ProfileCheck {
  const records = [
    withJobs('linkedin', [{ company: 'Contoso', title: 'Engineer', startedOn: '2022-03' }], {
      name: 'Alex <img src=x onerror=alert(1)>',
      headline: 'Builder of <script>alert(2)</script> things',
      location: 'Seattle',
      isPrivate: false,
    }),
    withJobs('x', [{ company: 'Fabrikam', title: 'Engineer', startedOn: '2019-06' }], {
      name: 'Alex Morgan',
      handle: 'drunkmonkey420',
      avatar: { path: 'data/profile_media/1-avatar.jpg' },
    }),
  ];
  return { ...checkProfiles(inputOf(records), new Date('2026-06-01T00:00:00Z')), thumbnails };
}

/** What the photo models saw, with only the given counts and scores set. */
export function avatarFacts(fields: Partial<AvatarFacts> = {}): AvatarFacts {
  return { path: 'profile.jpg', people: 1, drinks: [], racy: { porn: 0, hentai: 0, sexy: 0 }, ...fields };
}

/** One network's record with a photo, the models' facts about it, through `rule`: the detections' rule ids. */
export function photoFindings(
  rule: ProfileRule,
  platform: Platform,
  facts: AvatarFacts,
): { severity: string; category: string; mediaPath?: string }[] {
  const records = [record(platform, { avatar: { path: facts.path }, files: ['profile.js'] })];
  return rule.check(inputOf(records, { avatars: { [platform]: facts } })).map(({ detection }) => ({
    severity: detection.severity,
    category: detection.category,
    ...(detection.mediaPath ? { mediaPath: detection.mediaPath } : {}),
  }));
}
