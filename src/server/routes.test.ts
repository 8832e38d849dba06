import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../config/load.js';
import { configSchema } from '../config/schema.js';
import { openStore } from '../store/db.js';
import { saveItems, savePositions } from '../store/items.js';
import { startRun } from '../store/runs.js';
import { addContact, logContact } from '../tracker/index.js';
import { personaItems, POSITIONS } from '../../test/fixtures/triage.js';
import { createServer, type DecorumServer } from './app.js';

const PORT = 4318;
const ORIGIN = `http://127.0.0.1:${PORT}`;

interface TriageBody {
  configPath: string;
  policy: { rules: Record<string, unknown> };
  requests: { key: string; name: string; decision: string; reply: string | null; evidence: string[]; done: boolean }[];
}

describe('decorum serve API: triage, tracker, network', () => {
  let server: DecorumServer;
  let dir: string;
  let cookie = '';

  const request = (path: string, init: RequestInit & { headers?: Record<string, string> } = {}) =>
    server.app.fetch(
      new Request(`${ORIGIN}${path}`, {
        ...init,
        headers: { host: `127.0.0.1:${PORT}`, cookie, ...(init.headers ?? {}) },
      }),
    );
  const send = (method: 'PUT' | 'POST' | 'DELETE', path: string, body: unknown, origin = ORIGIN) =>
    request(path, {
      method,
      body: JSON.stringify(body),
      headers: { origin, 'content-type': 'application/json' },
    });
  const put = (path: string, body: unknown, origin = ORIGIN) => send('PUT', path, body, origin);
  const post = (path: string, body: unknown, origin = ORIGIN) => send('POST', path, body, origin);

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'decorum-routes-'));
    const dbPath = join(dir, 'decorum.db');
    const db = openStore(dbPath);
    const now = new Date('2026-11-01T12:00:00Z');
    saveItems(db, personaItems(), startRun(db, 'audit', ['fixture'], now));
    savePositions(db, POSITIONS);
    const ana = addContact(db, { name: 'Ana Ruiz', company: 'Contoso' }, now);
    logContact(db, ana.id, { direction: 'sent', channel: 'linkedin', at: '2026-01-05T10:00:00Z' });
    addContact(db, { name: 'Ben Okafor' }, now);
    db.close();
    server = createServer({
      dbPath,
      config: () => configSchema.parse({}),
      configPath: join(dir, 'decorum.config.json'),
      port: () => PORT,
      webRoot: join(dir, 'no-web'),
      samplePaths: () => [],
    });
    cookie = '';
    const login = await request(`/login?token=${server.sessions.pendingLoginToken}`);
    cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
  });

  afterEach(() => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('needs the session for every new route', async () => {
    const signedIn = cookie;
    cookie = '';
    for (const path of ['/api/triage', '/api/contacts', '/api/followups', '/api/network'])
      expect((await request(path)).status).toBe(401);
    cookie = signedIn;
  });

  it('triages the stored requests with evidence, reply drafts and the policy file to edit', async () => {
    const response = await request('/api/triage');
    expect(response.status).toBe(200);
    const body = (await response.json()) as TriageBody;
    expect(body.configPath).toBe(join(dir, 'decorum.config.json'));
    expect(Object.keys(body.policy.rules)).toContain('coworker');
    const jordan = body.requests.find((r) => r.name === 'Jordan Lee');
    expect(jordan?.decision).toBe('redirect');
    expect(jordan?.reply).toMatch(/Jordan/);
    expect(jordan?.evidence.length).toBeGreaterThan(0);
    expect(new Set(body.requests.map((r) => r.decision))).toEqual(new Set(['redirect', 'ignore', 'review', 'accept']));
  });

  it('keeps a "done" mark, validates the body, 404s unknown requests and refuses a foreign Origin', async () => {
    const { requests } = (await (await request('/api/triage')).json()) as TriageBody;
    // A key holding a profile link ("linkedin:url:linkedin.com/in/…") must survive the URL path.
    const first = requests.find((r) => r.key.includes('/'))!;
    expect(first).toBeDefined();
    const path = `/api/triage/${encodeURIComponent(first.key)}/done`;
    expect((await put(path, { done: 'yes' })).status).toBe(400);
    expect((await put('/api/triage/nope/done', { done: true })).status).toBe(404);
    expect((await put(path, { done: true }, 'https://evil.example')).status).toBe(403);
    expect((await put(path, { done: true })).status).toBe(200);
    const after = (await (await request('/api/triage')).json()) as TriageBody;
    expect(after.requests.filter((r) => r.done).map((r) => r.key)).toEqual([first.key]);
    expect((await put(path, { done: false })).status).toBe(200);
    const cleared = (await (await request('/api/triage')).json()) as TriageBody;
    expect(cleared.requests.some((r) => r.done)).toBe(false);
  });

  it('keeps an edited reply apart from the draft, and decides again by a label (decorum triage label)', async () => {
    const { requests } = (await (await request('/api/triage')).json()) as TriageBody;
    const jordan = requests.find((r) => r.name === 'Jordan Lee')!;
    const path = `/api/triage/${encodeURIComponent(jordan.key)}/reply`;
    expect((await put(path, { reply: 5 })).status).toBe(400);
    expect((await put('/api/triage/nope/reply', { reply: 'x' })).status).toBe(404);
    expect((await put(path, { reply: 'Hi Jordan, LinkedIn please.' })).status).toBe(200);
    type Edited = TriageBody['requests'][number] & { draft: string | null; replyEdited: boolean };
    const edited = ((await (await request('/api/triage')).json()) as { requests: Edited[] }).requests.find(
      (r) => r.key === jordan.key,
    )!;
    expect(edited).toMatchObject({ reply: 'Hi Jordan, LinkedIn please.', draft: jordan.reply, replyEdited: true });
    expect((await put(path, { reply: null })).status).toBe(200);
    const reverted = ((await (await request('/api/triage')).json()) as { requests: Edited[] }).requests.find(
      (r) => r.key === jordan.key,
    )!;
    expect(reverted).toMatchObject({ reply: jordan.reply, replyEdited: false });

    expect((await put('/api/triage/labels', { name: 'Jordan Lee', relationship: 'boss' })).status).toBe(400);
    expect((await put('/api/triage/labels', { name: '!!!', relationship: 'friend' })).status).toBe(400);
    expect((await put('/api/triage/labels', { name: 'Jordan Lee', relationship: 'friend' })).status).toBe(200);
    const labelled = (await (await request('/api/triage')).json()) as TriageBody & { labels: unknown[] };
    expect(labelled.labels).toEqual([{ name: 'Jordan Lee', relationship: 'friend' }]);
    expect(labelled.requests.find((r) => r.key === jordan.key)?.decision).toBe('accept');
    expect((await put('/api/triage/labels', { name: 'jordan lee', relationship: null })).status).toBe(200);
    const unlabelled = (await (await request('/api/triage')).json()) as TriageBody & { labels: unknown[] };
    expect(unlabelled.labels).toEqual([]);
    expect(unlabelled.requests.find((r) => r.key === jordan.key)?.decision).toBe('redirect');
  });

  it('lists contacts and who is due a follow-up', async () => {
    const contacts = (await (await request('/api/contacts')).json()) as { name: string; messages: number }[];
    expect(contacts.map((c) => [c.name, c.messages])).toEqual([
      ['Ana Ruiz', 1],
      ['Ben Okafor', 0],
    ]);
    const ana = contacts[0] as { id?: number };
    const history = (await (await request(`/api/contacts/${ana.id}/history`)).json()) as { direction: string }[];
    expect(history).toEqual([
      { direction: 'sent', at: '2026-01-05T10:00:00Z', channel: 'linkedin', purpose: 'networking' },
    ]);
    expect((await request('/api/contacts/999/history')).status).toBe(404);
    expect((await request('/api/contacts/abc/history')).status).toBe(404);
    const followups = (await (await request('/api/followups')).json()) as Record<string, { name: string }[]>;
    expect(Object.keys(followups).sort()).toEqual(['due', 'notYet', 'replyOwed', 'stop']);
    expect([...followups.due!, ...followups.stop!].map((c) => c.name)).toContain('Ana Ruiz');
  });

  it('adds a contact, logs a message to them and imports the stored messages (decorum contacts add/log/import)', async () => {
    expect((await post('/api/contacts', { name: '   ' })).status).toBe(400);
    expect(await (await post('/api/contacts', { name: '' })).json()).toEqual({ error: 'name: a contact needs a name' });
    expect((await post('/api/contacts', { name: 'Zoë Berg' }, 'https://evil.example')).status).toBe(403);
    const added = await post('/api/contacts', {
      name: ' Zoë <b>Berg</b> ',
      company: 'Fabrikam',
      email: '',
      purpose: 'application',
    });
    expect(added.status).toBe(201);
    const { contact } = (await added.json()) as {
      contact: { id: number; name: string; email: string | null; purpose: string };
    };
    expect(contact).toMatchObject({ name: 'Zoë <b>Berg</b>', email: null, purpose: 'application' });

    const logPath = `/api/contacts/${contact.id}/log`;
    expect((await post(logPath, { direction: 'sent', channel: 'pigeon', at: '2026-03-02' })).status).toBe(400);
    expect(await (await post(logPath, { direction: 'sent', channel: 'email', at: 'yesterday' })).json()).toEqual({
      error: "at: a date like 2026-01-31, not 'yesterday'",
    });
    expect(
      (await post('/api/contacts/999/log', { direction: 'sent', channel: 'email', at: '2026-03-02' })).status,
    ).toBe(404);
    const logged = await post(logPath, {
      direction: 'sent',
      channel: 'email',
      at: '2026-03-02',
      note: 'the analyst role',
    });
    expect(logged.status).toBe(201);
    const detail = (await (await request(`/api/contacts/${contact.id}`)).json()) as {
      contact: { messages: number; followUp: { state: string } };
      log: { at: string; channel: string; note: string }[];
    };
    expect(detail.log).toMatchObject([{ at: '2026-03-02T12:00:00.000Z', channel: 'email', note: 'the analyst role' }]);
    expect(detail.contact.messages).toBe(1);

    expect((await post('/api/contacts/import', { platform: 'myspace' })).status).toBe(400);
    const imported = (await (await post('/api/contacts/import', { platform: 'all' })).json()) as {
      read: number;
      contactsAdded: number;
      entriesAdded: number;
    };
    expect(imported.read).toBeGreaterThan(0);
    expect(imported.entriesAdded).toBeGreaterThan(0);
    const again = (await (await post('/api/contacts/import', {})).json()) as { entriesAdded: number };
    expect(again.entriesAdded).toBe(0);
  });

  it('maps companies with people, ties and a draft first step', async () => {
    const body = (await (await request('/api/network')).json()) as {
      empty: boolean;
      companies: {
        name: string;
        people: { name: string; tie: string; suggestion: { draft: string; kind: string } }[];
      }[];
    };
    expect(body.empty).toBe(false);
    expect(body.companies.length).toBeGreaterThan(0);
    const person = body.companies[0]!.people[0]!;
    expect(person.tie).toBeTruthy();
    expect(person.suggestion.draft.length).toBeGreaterThan(20);
    expect(['first_message', 'connection_note']).toContain(person.suggestion.kind);
  });

  it('tracks a person from the map and keeps a target employer (decorum network track, targets add/remove)', async () => {
    type Map = { companies: { name: string; target: boolean; people: { name: string }[] }[] };
    const map = (await (await request('/api/network')).json()) as Map;
    const company = map.companies.find((entry) => entry.name && entry.people.length > 0)!;
    const person = company.people[0]!.name;
    expect((await post('/api/network/track', { name: person })).status).toBe(400);
    expect((await post('/api/network/track', { name: 'Nobody Atall', company: company.name })).status).toBe(404);
    const tracked = await post('/api/network/track', { name: person, company: company.name });
    expect(tracked.status).toBe(201);
    expect(((await tracked.json()) as { contact: { name: string; company: string } }).contact).toMatchObject({
      name: person,
      company: company.name,
    });
    expect((await put('/api/network/targets', { name: '!!!', target: true })).status).toBe(400);
    expect((await put('/api/network/targets', { name: company.name, target: true })).status).toBe(200);
    const targeted = (await (await request('/api/network')).json()) as Map;
    expect(targeted.companies.find((entry) => entry.name === company.name)?.target).toBe(true);
    expect((await put('/api/network/targets', { name: company.name, target: false })).status).toBe(200);
    const untargeted = (await (await request('/api/network')).json()) as Map;
    expect(untargeted.companies.find((entry) => entry.name === company.name)?.target).toBe(false);
  });

  it('turns a broken config file into a JSON error the page can show', async () => {
    server.close();
    server = createServer({
      dbPath: join(dir, 'decorum.db'),
      config: () => {
        throw new ConfigError('decorum.config.json: triage.signature: Too big');
      },
      port: () => PORT,
      samplePaths: () => [],
    });
    const login = await request(`/login?token=${server.sessions.pendingLoginToken}`);
    cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const response = await request('/api/triage');
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: 'decorum.config.json: triage.signature: Too big' });
  });

  it('answers on an empty store after the database file is deleted', async () => {
    rmSync(join(dir, 'decorum.db'));
    const triage = (await (await request('/api/triage')).json()) as TriageBody & { databaseRecreated: boolean };
    expect(triage.requests).toEqual([]);
    expect(triage.databaseRecreated).toBe(true);
    expect(((await (await request('/api/network')).json()) as { empty: boolean }).empty).toBe(true);
    expect(await (await request('/api/contacts')).json()).toEqual([]);
  });
});
