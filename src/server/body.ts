import type { Context } from 'hono';
import type { z } from 'zod';

/**
 * A JSON body checked against its schema in src/api: the parsed value, or a sentence naming the field and the
 * problem ("name: a contact needs a name") for a 400 answer.
 */
export async function readBody<Schema extends z.ZodType>(
  c: Context,
  schema: Schema,
): Promise<{ ok: true; data: z.output<Schema> } | { ok: false; error: string }> {
  const parsed = schema.safeParse(await c.req.json().catch(() => undefined));
  if (parsed.success) return { ok: true, data: parsed.data };
  const issue = parsed.error.issues[0];
  const field = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  return { ok: false, error: `${field}${issue?.message ?? 'not valid'}` };
}
