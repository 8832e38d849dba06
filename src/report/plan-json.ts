import { z } from 'zod';
import { planActionSchema } from '../core/actions.js';
import { actionSchema, categoryIdSchema, severitySchema } from '../core/categories.js';
import { itemKindSchema, platformSchema } from '../core/item.js';
import type { Plan } from '../plan/build.js';
import { PLAN_STATUSES } from '../plan/status.js';

/** `decorum plan --json`, version 1: a public contract. Add fields freely; rename or remove only with a new version. */
export const planReportSchema = z.object({
  version: z.literal(1),
  progress: z.object({ done: z.number(), skipped: z.number(), left: z.number(), gone: z.number() }),
  /** Account-wide settings worth doing once (protect the X account, Facebook's Limit past posts). */
  tips: z.array(z.string()),
  items: z.array(
    z.object({
      platform: platformSchema,
      itemId: z.string(),
      kind: itemKindSchema,
      action: actionSchema,
      steps: z.array(z.string()),
      url: z.string().nullable(),
      status: z.enum(PLAN_STATUSES),
      priority: z.number(),
      categories: z.array(categoryIdSchema),
      ref: z.string(),
      planAction: planActionSchema,
      findUrl: z.string().nullable(),
      note: z.string().nullable(),
      severity: severitySchema,
      createdAt: z.string().nullable(),
      markedAt: z.string().nullable(),
      /** When the status was last proven: the newer export's audit for gone, else the mark. */
      since: z.string().nullable(),
    }),
  ),
});
export type PlanReport = z.infer<typeof planReportSchema>;

export function planReport(plan: Plan): PlanReport {
  return {
    version: 1,
    progress: plan.progress,
    tips: plan.tips,
    items: plan.entries.map((entry) => ({
      platform: entry.platform,
      itemId: entry.itemId,
      kind: entry.kind,
      action: entry.action,
      steps: entry.steps,
      url: entry.url,
      status: entry.status,
      priority: entry.priority,
      categories: entry.categories,
      ref: entry.ref,
      planAction: entry.planAction,
      findUrl: entry.findUrl,
      note: entry.note,
      severity: entry.severity,
      createdAt: entry.createdAt,
      markedAt: entry.markedAt,
      since: entry.since,
    })),
  };
}
