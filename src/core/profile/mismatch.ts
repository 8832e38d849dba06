import { z } from 'zod';
import { platformSchema } from '../item.js';

export const MISMATCH_FIELDS = ['name', 'employer', 'title', 'location', 'dates'] as const;
export const mismatchFieldSchema = z.enum(MISMATCH_FIELDS);
export type MismatchField = z.infer<typeof mismatchFieldSchema>;

/** One field the networks disagree on, with what each network says. */
export const mismatchSchema = z.object({
  field: mismatchFieldSchema,
  values: z.array(z.object({ platform: platformSchema, value: z.string() })),
});
export type Mismatch = z.infer<typeof mismatchSchema>;
