import { EMPTY_CONTEXT } from '../core/detector.js';
import type { Platform, Position } from '../core/item.js';
import { emptyRecord, type ProfileRecord } from '../core/profile/record.js';
import { TEXT_DETECTORS } from '../detectors/index.js';
import type { ProfileInput } from './rule.js';

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
