import { resolve } from 'node:path';
import { Hono } from 'hono';
import { existsSync } from 'node:fs';
import { doneBodySchema, type TriageView } from '../../api/triage.js';
import type { DecorumConfig } from '../../config/schema.js';
import { loadDecisions, loadTriageDone, markTriageDone } from '../../store/triage.js';
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
    return c.json({
      policy: config.triage,
      configPath: resolve(deps.configPath),
      configExists: existsSync(deps.configPath),
      databaseRecreated: deps.store.wasRecreated,
      requests: entries.map((entry) => ({
        key: entry.request.key,
        ...toJsonRequest(entry),
        done: done.has(entry.request.key),
      })),
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

  return app;
}
