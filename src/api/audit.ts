/**
 * The audit API's request and response shapes, shared by the server (src/server/routes/audit.ts) and the web app,
 * so neither keeps its own copy. Pure: zod and core only, so the browser bundle can import it.
 */
import { z } from 'zod';
import { findingSchema } from '../core/finding.js';

export const MARK_STATUSES = ['deleted', 'restricted', 'kept'] as const;
export const markStatusSchema = z.enum(MARK_STATUSES);
export type MarkStatus = z.infer<typeof markStatusSchema>;

/** A finding with the web app's mark on it (`null`: not marked). */
export const markedFindingSchema = findingSchema.extend({ mark: markStatusSchema.nullable() });
export type MarkedFinding = z.infer<typeof markedFindingSchema>;

const problemSchema = z.object({ file: z.string(), message: z.string() });

export const auditSummarySchema = z.object({
  lastRun: z
    .object({
      startedAt: z.string(),
      inputs: z.array(z.string()),
      itemsRead: z.number(),
      problems: z.array(problemSchema),
    })
    .nullable(),
  databaseRecreated: z.boolean(),
  findings: z.number(),
  done: z.number(),
  byCategory: z.record(z.string(), z.number()),
  bySeverity: z.record(z.string(), z.number()),
  byPlatform: z.record(z.string(), z.number()),
  byAudience: z.record(z.string(), z.number()),
  byMonth: z.record(z.string(), z.number()),
  running: z.string().nullable(),
});
export type AuditSummary = z.infer<typeof auditSummarySchema>;

export const markBodySchema = z.object({ status: markStatusSchema.nullable() });

export const startRunBodySchema = z.union([
  z.object({ uploads: z.array(z.string()).min(1) }),
  z.object({ samples: z.literal(true) }),
]);
export type StartRunBody = z.infer<typeof startRunBodySchema>;
