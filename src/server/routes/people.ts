import { Hono } from 'hono';
import type { ContactSummary, FollowUps, NetworkView } from '../../api/people.js';
import { buildNetworkMap, networkJson } from '../../network/map.js';
import { networkInput } from '../../network/store.js';
import { contactHistory, dueFollowUps, findContact, listContacts } from '../../tracker/index.js';
import type { StoreHandle } from '../store-handle.js';

/** The contact tracker (`decorum contacts`, `decorum followups`) and the network map (`decorum network`). */
export function peopleRoutes(deps: { store: StoreHandle }): Hono {
  const app = new Hono();

  app.get('/contacts', (c) => c.json(listContacts(deps.store.get()) satisfies ContactSummary[]));

  /** What the coach's follow-up rules read, as `decorum coach --to NAME` passes it. */
  app.get('/contacts/:id/history', (c) => {
    const db = deps.store.get();
    const id = c.req.param('id');
    const contact = /^\d+$/.test(id) ? findContact(db, id) : undefined;
    if (!contact) return c.json({ error: 'No such contact (was the database replaced?): reload the page.' }, 404);
    return c.json(contactHistory(db, contact.id, contact.purpose));
  });

  app.get('/followups', (c) => c.json(dueFollowUps(deps.store.get()) satisfies FollowUps));

  app.get('/network', (c) => {
    const input = networkInput(deps.store.get(), new Date());
    const map = buildNetworkMap(input);
    const json = networkJson(map.companies);
    return c.json({
      companies: json.companies.map((company, index) => ({
        ...company,
        target: map.companies[index]?.target ?? false,
        current: map.companies[index]?.current ?? false,
      })),
      notes: map.notes,
      stats: map.stats,
      empty: input.items.length === 0 && input.positions.length === 0,
    } satisfies NetworkView);
  });

  return app;
}
