/** The contact tracker's and network map's API shapes, shared by src/server/routes/people.ts and the web app. */
import { z } from 'zod';
import { platformSchema } from '../core/item.js';

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
  purpose: z.enum(['networking', 'application']),
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
  purpose: z.enum(['networking', 'application']).optional(),
});

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
