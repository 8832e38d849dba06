import { z } from 'zod';
import { categoryIdSchema, severitySchema } from '../core/categories.js';
import { triageConfigSchema } from './triage.js';

/**
 * `decorum.config.json`. Every section is optional; what is missing takes its default.
 * Sections belong to features: `audit` (risk detection), `triage` (who belongs on which network), `coach`.
 */
export const categorySettingSchema = z
  .object({
    enabled: z.boolean().optional(),
    severity: severitySchema.optional(),
  })
  .strict();

export const auditConfigSchema = z
  .object({
    /** Per-category switches and severity overrides. */
    categories: z.partialRecord(categoryIdSchema, categorySettingSchema).default({}),
    /** Phrases never to report (a finding whose evidence lies inside one is dropped). */
    allowlist: z.array(z.string().min(1)).default([]),
    /** Extra words to flag, per category. */
    keywords: z.partialRecord(categoryIdSchema, z.array(z.string().min(1))).default({}),
    /** The user's employers, for when no LinkedIn export is given. */
    employers: z.array(z.string().min(1)).default([]),
  })
  .strict();

export const configSchema = z
  .object({
    $schema: z.string().optional(),
    audit: auditConfigSchema.default({ categories: {}, allowlist: [], keywords: {}, employers: [] }),
    /** Request triage policy: see `src/config/triage.ts` and docs/triage.md. */
    triage: triageConfigSchema.prefault({}),
  })
  .loose();

export type DecorumConfig = z.infer<typeof configSchema>;
export type AuditConfig = z.infer<typeof auditConfigSchema>;
