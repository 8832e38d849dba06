import { z } from 'zod';

export const PLATFORMS = ['x', 'facebook', 'instagram', 'linkedin'] as const;
export const platformSchema = z.enum(PLATFORMS);
export type Platform = z.infer<typeof platformSchema>;

/** How the platforms spell their own names, in a sentence or a heading. */
export const PLATFORM_NAMES: Readonly<Record<Platform, string>> = {
  x: 'X',
  facebook: 'Facebook',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
};

export const ITEM_KINDS = [
  'post',
  'reply',
  'repost',
  'quote',
  'like',
  'comment',
  'message',
  'photo',
  'profile',
  'connection',
  'request',
] as const;
export const itemKindSchema = z.enum(ITEM_KINDS);
export type ItemKind = z.infer<typeof itemKindSchema>;

/** Who can see an item. Ordered from widest to narrowest; `unknown` when the export does not say. */
export const AUDIENCES = ['public', 'connections', 'friends', 'private', 'unknown'] as const;
export const audienceSchema = z.enum(AUDIENCES);
export type Audience = z.infer<typeof audienceSchema>;

export const geoPointSchema = z.object({
  latitude: z.number(),
  longitude: z.number(),
});
export type GeoPoint = z.infer<typeof geoPointSchema>;

/** A photo or video the item carries, addressed by its path inside the export. */
export const mediaRefSchema = z.object({
  /** Path inside the export (posix, relative to the export root), or null when the file is not in the export. */
  path: z.string().nullable(),
  type: z.enum(['photo', 'video', 'gif', 'unknown']),
  /** The platform's own media id or URL, when there is one. */
  ref: z.string().optional(),
  /** Location and capture facts the platform wrote into its JSON (Facebook/Instagram `exif_data`). */
  geo: geoPointSchema.optional(),
  takenAt: z.string().optional(),
  camera: z.string().optional(),
});
export type MediaRef = z.infer<typeof mediaRefSchema>;

/** Points back to where an item came from, so a person can find it again. */
export const locatorSchema = z.object({
  /** The input as given on the command line (zip or folder). */
  input: z.string(),
  /** The file inside the export. */
  file: z.string(),
  /** Position of the record in that file, when it is one of many. */
  index: z.number().int().nonnegative().optional(),
});
export type Locator = z.infer<typeof locatorSchema>;

export const engagementSchema = z.object({
  likes: z.number().int().nonnegative().optional(),
  reposts: z.number().int().nonnegative().optional(),
  replies: z.number().int().nonnegative().optional(),
  comments: z.number().int().nonnegative().optional(),
});
export type Engagement = z.infer<typeof engagementSchema>;

/** A person an item is about: the other side of a connection, request or message. */
export const personSchema = z.object({
  name: z.string(),
  handle: z.string().optional(),
  url: z.string().optional(),
  company: z.string().optional(),
  position: z.string().optional(),
  email: z.string().optional(),
});
export type Person = z.infer<typeof personSchema>;

/** The text an item answers or quotes, so detectors can judge a reply in its context. */
export const contextTextSchema = z.object({
  id: z.string().optional(),
  author: z.string().optional(),
  text: z.string().optional(),
});

const textSpanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

/** Links, handles and hashtags the platform itself marked in the text (X `entities`), as UTF-16 offsets into `text`. */
export const textEntitiesSchema = z.object({
  urls: z.array(textSpanSchema.extend({ expanded: z.string().optional() })).optional(),
  mentions: z.array(textSpanSchema.extend({ handle: z.string().optional() })).optional(),
  hashtags: z.array(textSpanSchema).optional(),
});
export type TextEntities = z.infer<typeof textEntitiesSchema>;

export const itemSchema = z.object({
  platform: platformSchema,
  kind: itemKindSchema,
  /** Stable id: the platform's own id as a string when there is one, else derived from the content. */
  id: z.string().min(1),
  text: z.string(),
  /** ISO 8601 in UTC, or null when the export gives no time. */
  createdAt: z.string().nullable(),
  audience: audienceSchema,
  engagement: engagementSchema,
  media: z.array(mediaRefSchema),
  locator: locatorSchema,
  /** Link to the item on the platform, where one can be built. */
  url: z.string().optional(),
  lang: z.string().optional(),
  entities: textEntitiesSchema.optional(),
  /** Original author of reposted, liked or commented-on content, when it is not the user. */
  author: z.string().optional(),
  inReplyTo: contextTextSchema.optional(),
  quoted: contextTextSchema.optional(),
  place: z.object({ name: z.string().optional(), geo: geoPointSchema.optional() }).optional(),
  person: personSchema.optional(),
  /** For requests and messages: whether the user received or sent it. */
  direction: z.enum(['incoming', 'outgoing']).optional(),
  /** For messages: the conversation it belongs to. */
  thread: z.string().optional(),
  flags: z
    .object({
      deleted: z.boolean().optional(),
      sensitive: z.boolean().optional(),
      circle: z.boolean().optional(),
      note: z.boolean().optional(),
      /** Request state where the export keeps several lists (Facebook): received, sent, rejected, removed. */
      requestState: z.enum(['received', 'sent', 'rejected', 'removed']).optional(),
    })
    .default({}),
});
export type Item = z.infer<typeof itemSchema>;

/** One of the user's own jobs (LinkedIn `Positions.csv`, Facebook profile work history). */
export const positionSchema = z.object({
  platform: platformSchema,
  company: z.string().min(1),
  title: z.string().optional(),
  /** `YYYY-MM` or `YYYY-MM-DD`, as precise as the export. */
  startedOn: z.string().optional(),
  /** Absent for the current job. */
  finishedOn: z.string().optional(),
});
export type Position = z.infer<typeof positionSchema>;

/** Who the export belongs to. */
export const accountSchema = z.object({
  platform: platformSchema,
  id: z.string().optional(),
  handle: z.string().optional(),
  name: z.string().optional(),
  /** A protected or private account narrows the audience of everything it posted. */
  isPrivate: z.boolean().optional(),
});
export type Account = z.infer<typeof accountSchema>;
