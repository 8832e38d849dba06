/** The triage API's shapes, shared by src/server/routes/triage.ts and the web app. */
import { z } from 'zod';
import { decisionSchema, relationshipSchema } from '../config/triage.js';
import { platformSchema } from '../core/item.js';

export const triageRequestSchema = z.object({
  key: z.string(),
  platform: platformSchema,
  name: z.string(),
  receivedAt: z.string().nullable(),
  relationship: relationshipSchema,
  evidence: z.array(z.string()),
  decision: decisionSchema,
  reason: z.string(),
  /** The reply to send: the user's saved wording when there is one, else the policy's draft. */
  reply: z.string().nullable(),
  /** The policy's draft, and whether `reply` is the user's own wording of it. */
  draft: z.string().nullable(),
  replyEdited: z.boolean(),
  done: z.boolean(),
});
export type TriageRequestView = z.infer<typeof triageRequestSchema>;

export const triageViewSchema = z.object({
  policy: z.unknown(),
  configPath: z.string(),
  configExists: z.boolean(),
  databaseRecreated: z.boolean(),
  requests: z.array(triageRequestSchema),
  /** The people the user has labelled (`decorum triage label`). */
  labels: z.array(z.object({ name: z.string(), relationship: z.string() })),
});
export type TriageView = z.infer<typeof triageViewSchema>;

export const doneBodySchema = z.object({ done: z.boolean() });

/** `PUT /api/triage/:key/reply`: the user's wording of the reply; `null` goes back to the policy's draft. */
export const replyBodySchema = z.object({ reply: z.string().max(5000).nullable() });

/** `PUT /api/triage/labels`: `decorum triage label NAME CLASS` (`relationship: null` is `--remove`). */
export const labelBodySchema = z.object({
  name: z.string().trim().min(1).max(200),
  relationship: relationshipSchema.nullable(),
});
