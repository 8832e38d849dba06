import { resolve } from 'node:path';
import { Hono } from 'hono';
import { existsSync } from 'node:fs';
import { doneBodySchema, labelBodySchema, replyBodySchema, type TriageView } from '../../api/triage.js';
import type { DecorumConfig } from '../../config/schema.js';
import { normalizeName } from '../../people/names.js';
import {
  loadDecisions,
  loadLabels,
  loadReplyEdits,
  loadTriageDone,
  markTriageDone,
  removeLabel,
  saveLabel,
  saveReplyEdit,
} from '../../store/triage.js';
import { readBody } from '../body.js';
import { toJsonRequest } from '../../triage/index.js';
import { triageStore } from '../../triage/run.js';
import type { StoreHandle } from '../store-handle.js';

export interface TriageRouteDeps {
  store: StoreHandle;
  config: () => DecorumConfig;
  /** The config file the policy comes from (shown so the user knows what to edit). */
  configPath: string;
}

/** `decorum triage` over the store, for the web app: requests by decision, reply drafts, "done" marks. */
export function triageRoutes(deps: TriageRouteDeps): Hono {
  const app = new Hono();

  app.get('/', (c) => {
    const config = deps.config();
    const db = deps.store.get();
    const entries = triageStore(db, config.triage);
    const done = loadTriageDone(db);
    const edits = loadReplyEdits(db);
    return c.json({
      policy: config.triage,
      configPath: resolve(deps.configPath),
      configExists: existsSync(deps.configPath),
      databaseRecreated: deps.store.wasRecreated,
      requests: entries.map((entry) => {
        const json = toJsonRequest(entry);
        const edited = json.reply === null ? undefined : edits.get(entry.request.key);
        return {
          key: entry.request.key,
          ...json,
          reply: edited ?? json.reply,
          draft: json.reply,
          replyEdited: edited !== undefined,
          done: done.has(entry.request.key),
        };
      }),
      labels: loadLabels(db).map((label) => ({ name: label.name, relationship: label.relationship })),
    } satisfies TriageView);
  });

  app.put('/:key/done', async (c) => {
    const parsed = doneBodySchema.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success) return c.json({ error: 'Body must be {"done": true | false}.' }, 400);
    const db = deps.store.get();
    const key = c.req.param('key');
    if (!loadDecisions(db).has(key))
      return c.json({ error: 'No such request (was the database replaced?): reload the page.' }, 404);
    markTriageDone(db, key, parsed.data.done);
    return c.json({ key, done: parsed.data.done });
  });

  app.put('/:key/reply', async (c) => {
    const body = await readBody(c, replyBodySchema);
    if (!body.ok) return c.json({ error: body.error }, 400);
    const db = deps.store.get();
    const key = c.req.param('key');
    if (!loadDecisions(db).has(key))
      return c.json({ error: 'No such request (was the database replaced?): reload the page.' }, 404);
    saveReplyEdit(db, key, body.data.reply);
    return c.json({ key, reply: body.data.reply });
  });

  /** `decorum triage label NAME CLASS` (or `--remove`): the next triage decides their requests by it. */
  app.put('/labels', async (c) => {
    const body = await readBody(c, labelBodySchema);
    if (!body.ok) return c.json({ error: body.error }, 400);
    const key = normalizeName(body.data.name);
    if (!key) return c.json({ error: `name: '${body.data.name}' has no letters to recognise a name by` }, 400);
    const db = deps.store.get();
    if (body.data.relationship === null) removeLabel(db, key);
    else saveLabel(db, key, body.data.name, body.data.relationship);
    return c.json(body.data);
  });

  return app;
}
