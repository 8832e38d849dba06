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
  reply: z.string().nullable(),
  done: z.boolean(),
});
export type TriageRequestView = z.infer<typeof triageRequestSchema>;

export const triageViewSchema = z.object({
  policy: z.unknown(),
  configPath: z.string(),
  configExists: z.boolean(),
  databaseRecreated: z.boolean(),
  requests: z.array(triageRequestSchema),
});
export type TriageView = z.infer<typeof triageViewSchema>;

export const doneBodySchema = z.object({ done: z.boolean() });
