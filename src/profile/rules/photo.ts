import type { ProfileRecord } from '../../core/profile/record.js';
import type { AvatarFacts } from '../avatar.js';
import type { ProfileInput } from '../rule.js';

/** Thresholds of the profile photo rules, in one place so the evaluation and the docs can quote them. */
export const PHOTO_THRESHOLDS = {
  /** Porn + hentai probability that makes an explicit photo. */
  explicit: 0.6,
  /** Sexy probability for "too revealing for a profile photo": lower than for posts, a profile photo is always seen. */
  revealing: 0.7,
} as const;

/** The people a photo shows: the face count when the face model ran, else the people the object detector found. */
export const peopleIn = (facts: AvatarFacts): number => facts.faces ?? facts.people;

/** Each network's profile photo the models looked at, with its record. */
export function lookedAtPhotos(input: ProfileInput): { record: ProfileRecord; facts: AvatarFacts }[] {
  return input.records.flatMap((record) => {
    const facts = input.avatars[record.platform];
    return facts && !facts.unreadable ? [{ record, facts }] : [];
  });
}
