/** The contact tracker's and network map's API shapes, shared by src/server/routes/people.ts and the web app. */
import { z } from 'zod';
import { platformSchema } from '../core/item.js';
import { CHANNELS, PURPOSES } from '../tracker/vocabulary.js';

export const FOLLOW_UP_STATES = ['due', 'not-yet', 'stop', 'reply-owed', 'none'] as const;

export const followUpStatusSchema = z.object({
  state: z.enum(FOLLOW_UP_STATES),
  unanswered: z.number(),
  lastSentAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  reason: z.string(),
});

export const contactSummarySchema = z.object({
  id: z.number(),
  name: z.string(),
  platform: z.string().nullable(),
  company: z.string().nullable(),
  position: z.string().nullable(),
  url: z.string().nullable(),
  email: z.string().nullable(),
  purpose: z.enum(PURPOSES),
  note: z.string(),
  createdAt: z.string(),
  messages: z.number(),
  lastAt: z.string().nullable(),
  followUp: followUpStatusSchema,
});
export type ContactSummary = z.infer<typeof contactSummarySchema>;

export const followUpsSchema = z.object({
  due: z.array(contactSummarySchema),
  notYet: z.array(contactSummarySchema),
  stop: z.array(contactSummarySchema),
  replyOwed: z.array(contactSummarySchema),
});
export type FollowUps = z.infer<typeof followUpsSchema>;

export const historyEntrySchema = z.object({
  direction: z.enum(['sent', 'received']),
  at: z.string(),
  channel: z.string().optional(),
  purpose: z.enum(PURPOSES).optional(),
});

/** A text field of a form: trimmed, bounded, and absent when left empty. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => value || undefined);

/** `POST /api/contacts`: what `decorum contacts add` takes. */
export const newContactBodySchema = z.object({
  name: z.string().trim().min(1, 'a contact needs a name').max(200),
  platform: optionalText(40),
  company: optionalText(200),
  position: optionalText(200),
  url: optionalText(2000),
  email: optionalText(320),
  purpose: z.enum(PURPOSES).optional(),
  note: optionalText(2000),
});
export type NewContactBody = z.input<typeof newContactBodySchema>;

/** `POST /api/contacts/:id/log`: what `decorum contacts log` takes; `at` is a day (YYYY-MM-DD) or an ISO instant. */
export const logBodySchema = z.object({
  direction: z.enum(['sent', 'received']),
  channel: z.enum(CHANNELS),
  at: z.string().min(1),
  note: optionalText(2000),
});
export type LogBody = z.input<typeof logBodySchema>;

export const logEntrySchema = z.object({
  id: z.number(),
  contactId: z.number(),
  direction: z.enum(['sent', 'received']),
  channel: z.string(),
  at: z.string(),
  note: z.string(),
  source: z.string().nullable(),
});

/** `GET /api/contacts/:id`: what `decorum contacts show --json` prints. */
export const contactDetailSchema = z.object({ contact: contactSummarySchema, log: z.array(logEntrySchema) });
export type ContactDetail = z.infer<typeof contactDetailSchema>;

/** `POST /api/contacts/import`: which platform's stored messages and requests to read (`all`: every one). */
export const importBodySchema = z.object({ platform: z.union([platformSchema, z.literal('all')]).default('linkedin') });

export const importOutcomeSchema = z.object({
  read: z.number(),
  contactsAdded: z.number(),
  entriesAdded: z.number(),
  skipped: z.number(),
});
export type ImportOutcomeView = z.infer<typeof importOutcomeSchema>;

const suggestionSchema = z.object({
  channel: z.string(),
  kind: z.enum(['first_message', 'connection_note']),
  mention: z.array(z.string()),
  draft: z.string(),
});

export const networkPersonSchema = z.object({
  name: z.string(),
  platforms: z.array(platformSchema),
  position: z.string().nullable(),
  role: z.string(),
  tie: z.string(),
  evidence: z.array(z.string()),
  suggestion: suggestionSchema,
});
export type NetworkPerson = z.infer<typeof networkPersonSchema>;

export const networkCompanySchema = z.object({
  name: z.string(),
  variants: z.array(z.string()),
  people: z.array(networkPersonSchema),
  target: z.boolean(),
  current: z.boolean(),
});
export type NetworkCompany = z.infer<typeof networkCompanySchema>;

export const networkViewSchema = z.object({
  companies: z.array(networkCompanySchema),
  notes: z.array(z.string()),
  stats: z.object({ people: z.number(), placed: z.number(), withoutCompany: z.number(), hidden: z.number() }),
  empty: z.boolean(),
});
export type NetworkView = z.infer<typeof networkViewSchema>;

/** `POST /api/network/track`: `decorum network track NAME --at EMPLOYER`. */
export const trackBodySchema = z.object({
  name: z.string().trim().min(1).max(200),
  company: z.string().max(200),
});

/** `PUT /api/network/targets`: `decorum network targets add|remove NAME`. */
export const targetBodySchema = z.object({ name: z.string().trim().min(1).max(200), target: z.boolean() });
