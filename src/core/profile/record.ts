import { z } from 'zod';
import { platformSchema, positionSchema, type Account, type Platform, type Position } from '../item.js';

/** A picture on the profile (avatar or X header), addressed by its path inside the export. */
export const profilePictureSchema = z.object({
  /** Path inside the export, or null when the export names a picture it does not carry. */
  path: z.string().nullable(),
  /** The platform's URL or id for it, when the export gives one. */
  ref: z.string().optional(),
});
export type ProfilePicture = z.infer<typeof profilePictureSchema>;

export const educationSchema = z.object({
  school: z.string().min(1),
  degree: z.string().optional(),
  startedOn: z.string().optional(),
  finishedOn: z.string().optional(),
});
export type Education = z.infer<typeof educationSchema>;

/**
 * What an importer learned about the profile from one file. Every field is optional: an export spreads the
 * profile over several files (X `account.js` + `profile.js` + `protected-history.js`), and parts are merged.
 */
export const profilePartSchema = z.object({
  platform: platformSchema,
  /** The file inside the export the part came from. */
  file: z.string(),
  name: z.string().optional(),
  handle: z.string().optional(),
  headline: z.string().optional(),
  bio: z.string().optional(),
  website: z.string().optional(),
  location: z.string().optional(),
  industry: z.string().optional(),
  education: z.array(educationSchema).optional(),
  avatar: profilePictureSchema.optional(),
  header: profilePictureSchema.optional(),
  isPrivate: z.boolean().optional(),
  /** Profile fields the export marks as visible to everyone (Facebook), by the record's field names. */
  publicFields: z.array(z.string()).optional(),
});
export type ProfilePart = z.infer<typeof profilePartSchema>;

/** One network's profile, normalised: what a recruiter sees before any post. */
export const profileRecordSchema = z.object({
  platform: platformSchema,
  name: z.string().nullable(),
  handle: z.string().nullable(),
  headline: z.string().nullable(),
  bio: z.string().nullable(),
  website: z.string().nullable(),
  location: z.string().nullable(),
  industry: z.string().nullable(),
  /** The current job: the latest position without an end date. */
  employer: z.string().nullable(),
  title: z.string().nullable(),
  startedOn: z.string().nullable(),
  positions: z.array(positionSchema),
  education: z.array(educationSchema),
  avatar: profilePictureSchema.nullable(),
  header: profilePictureSchema.nullable(),
  /** X protected, Instagram private; null when the export does not say. */
  isPrivate: z.boolean().nullable(),
  publicFields: z.array(z.string()),
  /** The export files the record was read from. */
  files: z.array(z.string()),
});
export type ProfileRecord = z.infer<typeof profileRecordSchema>;

const TEXT_FIELDS = ['name', 'handle', 'headline', 'bio', 'website', 'location', 'industry'] as const;

/** A record with nothing read yet: what an export without profile files gives. */
export function emptyRecord(platform: Platform): ProfileRecord {
  return {
    platform,
    name: null,
    handle: null,
    headline: null,
    bio: null,
    website: null,
    location: null,
    industry: null,
    employer: null,
    title: null,
    startedOn: null,
    positions: [],
    education: [],
    avatar: null,
    header: null,
    isPrivate: null,
    publicFields: [],
    files: [],
  };
}

/** The job a person holds now: no end date, latest start; positions without dates sort last. */
export function currentPosition(positions: readonly Position[]): Position | undefined {
  return positions
    .filter((position) => !position.finishedOn)
    .sort((a, b) => (b.startedOn ?? '').localeCompare(a.startedOn ?? ''))[0];
}

/** Trimmed, or null when blank or a placeholder without a letter or digit (Grailbird names like "."). */
const clean = (value: string | undefined): string | null => {
  const trimmed = value?.trim();
  return trimmed && /[\p{L}\p{N}]/u.test(trimmed) ? trimmed : null;
};

/**
 * One record per platform that has anything to say about the profile. Earlier parts win for a field (the
 * importer reads the profile file before the files it falls back on); accounts fill what parts leave open.
 */
export function assembleProfiles(
  parts: readonly ProfilePart[],
  accounts: readonly Account[],
  positions: readonly Position[],
  /** Platforms read: each gets a record, even an empty one, so a report can say what its export lacks. */
  platforms: readonly Platform[] = [],
): ProfileRecord[] {
  const records = new Map<Platform, ProfileRecord>();
  const recordOf = (platform: Platform): ProfileRecord => {
    let record = records.get(platform);
    if (!record) {
      record = emptyRecord(platform);
      records.set(platform, record);
    }
    return record;
  };
  for (const platform of platforms) recordOf(platform);
  for (const part of parts) {
    const record = recordOf(part.platform);
    for (const field of TEXT_FIELDS) record[field] ??= clean(part[field]);
    if (part.avatar && !record.avatar?.path) record.avatar = part.avatar;
    if (part.header && !record.header?.path) record.header = part.header;
    if (part.isPrivate !== undefined) record.isPrivate ??= part.isPrivate;
    for (const entry of part.education ?? []) record.education.push(entry);
    for (const field of part.publicFields ?? [])
      if (!record.publicFields.includes(field)) record.publicFields.push(field);
    if (!record.files.includes(part.file)) record.files.push(part.file);
  }
  for (const account of accounts) {
    const record = recordOf(account.platform);
    record.name ??= clean(account.name);
    record.handle ??= clean(account.handle);
    if (account.isPrivate !== undefined) record.isPrivate ??= account.isPrivate;
  }
  for (const position of positions) recordOf(position.platform).positions.push(position);
  for (const record of records.values()) {
    const current = currentPosition(record.positions);
    record.employer = current?.company ?? null;
    record.title = current?.title ?? null;
    record.startedOn = current?.startedOn ?? null;
  }
  return [...records.values()];
}
