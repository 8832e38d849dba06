import { z } from 'zod';
import { actionSchema, categoryIdSchema, severitySchema } from './categories.js';
import { audienceSchema, itemKindSchema, platformSchema } from './item.js';

/** A character span of the item's text that made a detector fire. Offsets are UTF-16 code units. */
export const spanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Span = z.infer<typeof spanSchema>;

/** What a detector reports about one item; the pipeline adds the item's facts and the priority. */
export const detectionSchema = z.object({
  /** The detector's id, e.g. `text/alcohol`. */
  ruleId: z.string(),
  category: categoryIdSchema,
  severity: severitySchema,
  confidence: z.number().min(0).max(1),
  /** Plain language a person understands, without the audience part (the pipeline adds that). */
  reason: z.string(),
  evidence: z.array(spanSchema),
  action: actionSchema.optional(),
  /** Media path inside the export, for photo findings. */
  mediaPath: z.string().optional(),
  /** Scores, labels, detected objects: shown in reports, never needed to act. */
  details: z.record(z.string(), z.unknown()).optional(),
});
export type Detection = z.infer<typeof detectionSchema>;

/** A finding as reported: detection + item facts + priority. The `audit --json` contract (version 1). */
export const findingSchema = z.object({
  key: z.string(),
  ruleId: z.string(),
  platform: platformSchema,
  itemId: z.string(),
  kind: itemKindSchema,
  createdAt: z.string().nullable(),
  audience: audienceSchema,
  category: categoryIdSchema,
  severity: severitySchema,
  confidence: z.number().min(0).max(1),
  priority: z.number().int().min(0).max(100),
  reason: z.string(),
  evidence: z.array(spanSchema),
  action: actionSchema,
  url: z.string().nullable(),
  text: z.string(),
  file: z.string(),
  mediaPath: z.string().nullable(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type Finding = z.infer<typeof findingSchema>;

/** Builds a span from offsets into `text`, keeping the quoted text beside the offsets. */
export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}
