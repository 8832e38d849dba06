import { Hono } from 'hono';
import {
  importBodySchema,
  logBodySchema,
  newContactBodySchema,
  targetBodySchema,
  trackBodySchema,
  type ContactDetail,
  type ContactSummary,
  type FollowUps,
  type ImportOutcomeView,
  type NetworkView,
} from '../../api/people.js';
import { parseDayOrInstant } from '../../core/dates.js';
import { buildNetworkMap, networkJson } from '../../network/map.js';
import { findPeople, trackPerson } from '../../network/track.js';
import { companyKey } from '../../people/companies.js';
import { addTarget, networkInput, removeTarget } from '../../store/network.js';
import type { Db } from '../../store/db.js';
import {
  addContact,
  contactHistory,
  contactLog,
  dueFollowUps,
  findContact,
  importStoredHistory,
  listContacts,
  logContact,
  setPurpose,
  type Contact,
} from '../../tracker/index.js';
import { readBody } from '../body.js';
import type { StoreHandle } from '../store-handle.js';

const NO_CONTACT = 'No such contact (was the database replaced?): reload the page.';

/** The contact with this id in the path, or undefined (ids are digits; a name in the path is not looked up). */
function contactById(db: Db, id: string): Contact | undefined {
  return /^\d+$/.test(id) ? findContact(db, id) : undefined;
}

/** One contact with its log, as `decorum contacts show --json` prints it. */
function contactDetail(db: Db, id: number): ContactDetail | undefined {
  const contact = listContacts(db).find((entry) => entry.id === id);
  return contact && { contact, log: contactLog(db, id) };
}

/** The contact tracker (`decorum contacts`, `decorum followups`) and the network map (`decorum network`). */
export function peopleRoutes(deps: { store: StoreHandle }): Hono {
  const app = new Hono();

  app.get('/contacts', (c) => c.json(listContacts(deps.store.get()) satisfies ContactSummary[]));

  /** `decorum contacts add`: a new person, or details filled in for one already tracked under that name. */
  app.post('/contacts', async (c) => {
    const body = await readBody(c, newContactBodySchema);
    if (!body.ok) return c.json({ error: body.error }, 400);
    const db = deps.store.get();
    const contact = addContact(db, body.data);
    if (body.data.purpose) setPurpose(db, contact.id, body.data.purpose);
    return c.json(contactDetail(db, contact.id)! satisfies ContactDetail, 201);
  });

  /** `decorum contacts import`: the messages and invitations an audit stored seed the history. */
  app.post('/contacts/import', async (c) => {
    const body = await readBody(c, importBodySchema);
    if (!body.ok) return c.json({ error: body.error }, 400);
    return c.json(importStoredHistory(deps.store.get(), body.data.platform) satisfies ImportOutcomeView);
  });

  /** `decorum contacts show --json`. */
  app.get('/contacts/:id', (c) => {
    const db = deps.store.get();
    const contact = contactById(db, c.req.param('id'));
    const detail = contact && contactDetail(db, contact.id);
    if (!detail) return c.json({ error: NO_CONTACT }, 404);
    return c.json(detail satisfies ContactDetail);
  });

  /** `decorum contacts log NAME sent|received`. */
  app.post('/contacts/:id/log', async (c) => {
    const body = await readBody(c, logBodySchema);
    if (!body.ok) return c.json({ error: body.error }, 400);
    const at = parseDayOrInstant(body.data.at);
    if (!at) return c.json({ error: `at: a date like 2026-01-31, not '${body.data.at}'` }, 400);
    const db = deps.store.get();
    const contact = contactById(db, c.req.param('id'));
    if (!contact) return c.json({ error: NO_CONTACT }, 404);
    const { note, ...entry } = body.data;
    logContact(db, contact.id, { ...entry, at: at.toISOString(), ...(note ? { note } : {}) });
    return c.json(contactDetail(db, contact.id)! satisfies ContactDetail, 201);
  });

  /** What the coach's follow-up rules read, as `decorum coach --to NAME` passes it. */
  app.get('/contacts/:id/history', (c) => {
    const db = deps.store.get();
    const contact = contactById(db, c.req.param('id'));
    if (!contact) return c.json({ error: NO_CONTACT }, 404);
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

  /** `decorum network track NAME --at EMPLOYER`: a person from the map becomes a tracked contact. */
  app.post('/network/track', async (c) => {
    const body = await readBody(c, trackBodySchema);
    if (!body.ok) return c.json({ error: body.error }, 400);
    const db = deps.store.get();
    const input = networkInput(db, new Date());
    const found = findPeople(buildNetworkMap(input), body.data.name, body.data.company, input.overrides);
    if (found.length !== 1)
      return c.json(
        { error: `${found.length === 0 ? 'Nobody' : 'More than one person'} by that name there: reload the page.` },
        404,
      );
    try {
      const contact = trackPerson(db, found[0]!);
      return c.json(contactDetail(db, contact.id)! satisfies ContactDetail, 201);
    } catch (error) {
      return c.json({ error: error instanceof Error ? error.message : String(error) }, 409);
    }
  });

  /** `decorum network targets add|remove NAME`. */
  app.put('/network/targets', async (c) => {
    const body = await readBody(c, targetBodySchema);
    if (!body.ok) return c.json({ error: body.error }, 400);
    if (!companyKey(body.data.name)) return c.json({ error: `name: '${body.data.name}' is not a company name` }, 400);
    const db = deps.store.get();
    if (body.data.target) addTarget(db, body.data.name);
    else removeTarget(db, body.data.name);
    return c.json(body.data);
  });

  return app;
}
