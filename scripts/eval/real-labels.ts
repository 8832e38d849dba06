import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { categoryIdSchema } from '../../src/core/categories.js';

/** One hand label of a real export's item (eval-data/real-labels/<export>.jsonl); the text itself is not kept. */
export const realLabelSchema = z.object({
  export: z.string(),
  platform: z.string(),
  kind: z.string(),
  itemId: z.string(),
  textHash: z.string().regex(/^[0-9a-f]{16}$/),
  risk: z.enum(['none', 'low', 'medium', 'high']),
  categories: z.array(categoryIdSchema),
  reason: z.string(),
});
export type RealLabel = z.infer<typeof realLabelSchema>;

/** First 16 hex digits of the SHA-256 of the item's text as stored: finds a label again if an item id changes. */
export function textHashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** All labels by export name; a malformed line stops the run and names its file and line. */
export function loadRealLabels(dir: string): Map<string, RealLabel[]> {
  const byExport = new Map<string, RealLabel[]>();
  if (!existsSync(dir)) return byExport;
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.jsonl'))) {
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    lines.forEach((line, index) => {
      if (!line.trim()) return;
      const parsed = realLabelSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${index + 1}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      const label = parsed.data;
      byExport.set(label.export, [...(byExport.get(label.export) ?? []), label]);
    });
  }
  return byExport;
}
