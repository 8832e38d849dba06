/**
 * The contact tracker: people you reach out to and what went back and forth, in the same SQLite store.
 * Small repository functions, so the CLI, the web app and the network map call the same code.
 */
import type { HistoryEntry } from '../coach/types.js';
import type { Item } from '../core/item.js';
import { normalizeName } from '../people/names.js';
import type { Db } from './db.js';
import { loadItems } from './items.js';
import { followUpStatus, type FollowUpStatus } from '../tracker/timing.js';
import type { Purpose } from '../tracker/vocabulary.js';

export { CHANNELS, PURPOSES, type Channel } from '../tracker/vocabulary.js';

export interface Contact {
  id: number;
  name: string;
  platform: string | null;
  company: string | null;
  position: string | null;
  url: string | null;
  email: string | null;
  purpose: Purpose;
  note: string;
  createdAt: string;
}

export interface NewContact {
  name: string;
  platform?: string;
  company?: string;
  position?: string;
  url?: string;
  email?: string;
  purpose?: Purpose;
  note?: string;
}

export interface LogEntry {
  id: number;
  contactId: number;
  direction: 'sent' | 'received';
  channel: string;
  at: string;
  note: string;
  source: string | null;
}

interface ContactRow {
  id: number;
  name: string;
  platform: string | null;
  company: string | null;
  position: string | null;
  url: string | null;
  email: string | null;
  purpose: Purpose;
  note: string;
  created_at: string;
}

const toContact = (row: ContactRow): Contact => ({
  id: row.id,
  name: row.name,
  platform: row.platform,
  company: row.company,
  position: row.position,
  url: row.url,
  email: row.email,
  purpose: row.purpose,
  note: row.note,
  createdAt: row.created_at,
});

/** The key two spellings of one person share ("Dr. Zoë Berg" and "zoe berg"). */
export function contactKey(name: string): string {
  return normalizeName(name) || name.trim().toLowerCase();
}

/** Adds a contact, or returns the existing one with the same name (filling in fields it lacked). */
export function addContact(db: Db, contact: NewContact, now = new Date()): Contact {
  const name = contact.name.trim();
  if (!name) throw new Error('a contact needs a name');
  db.prepare(
    `INSERT INTO contacts (name, name_key, platform, company, position, url, email, purpose, note, created_at)
     VALUES (@name, @key, @platform, @company, @position, @url, @email, @purpose, @note, @createdAt)
     ON CONFLICT (name_key) DO UPDATE SET
       platform = COALESCE(contacts.platform, excluded.platform), company = COALESCE(excluded.company, contacts.company),
       position = COALESCE(excluded.position, contacts.position), url = COALESCE(excluded.url, contacts.url),
       email = COALESCE(excluded.email, contacts.email)`,
  ).run({
    name,
    key: contactKey(name),
    platform: contact.platform ?? null,
    company: contact.company ?? null,
    position: contact.position ?? null,
    url: contact.url ?? null,
    email: contact.email ?? null,
    purpose: contact.purpose ?? 'networking',
    note: contact.note ?? '',
    createdAt: now.toISOString(),
  });
  return findContact(db, name)!;
}

/** A contact by id (as digits) or by name, spelled any common way. */
export function findContact(db: Db, nameOrId: string): Contact | undefined {
  const row = /^\d+$/.test(nameOrId.trim())
    ? db.prepare('SELECT * FROM contacts WHERE id = ?').get(Number(nameOrId))
    : db.prepare('SELECT * FROM contacts WHERE name_key = ?').get(contactKey(nameOrId));
  return row ? toContact(row as ContactRow) : undefined;
}

export function setPurpose(db: Db, contactId: number, purpose: Purpose): void {
  db.prepare('UPDATE contacts SET purpose = ? WHERE id = ?').run(purpose, contactId);
}

export function logContact(
  db: Db,
  contactId: number,
  entry: { direction: 'sent' | 'received'; channel: string; at: string; note?: string; source?: string },
): void {
  db.prepare(
    `INSERT INTO contact_log (contact_id, direction, channel, at, note, source) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (source) DO NOTHING`,
  ).run(contactId, entry.direction, entry.channel, entry.at, entry.note ?? '', entry.source ?? null);
}

export function contactLog(db: Db, contactId: number): LogEntry[] {
  const rows = db.prepare('SELECT * FROM contact_log WHERE contact_id = ? ORDER BY at, id').all(contactId) as {
    id: number;
    contact_id: number;
    direction: 'sent' | 'received';
    channel: string;
    at: string;
    note: string;
    source: string | null;
  }[];
  return rows.map((r) => ({
    id: r.id,
    contactId: r.contact_id,
    direction: r.direction,
    channel: r.channel,
    at: r.at,
    note: r.note,
    source: r.source,
  }));
}

/** The history the coach's follow-up rules read. */
export function contactHistory(db: Db, contactId: number, purpose?: Purpose): HistoryEntry[] {
  return contactLog(db, contactId).map((entry) => ({
    direction: entry.direction,
    at: entry.at,
    channel: entry.channel,
    ...(purpose ? { purpose } : {}),
  }));
}

export interface ContactSummary extends Contact {
  messages: number;
  lastAt: string | null;
  followUp: FollowUpStatus;
}

/** Every contact with the count of logged messages and where the follow-up stands, by name. */
export function listContacts(db: Db, now = new Date()): ContactSummary[] {
  const contacts = (db.prepare('SELECT * FROM contacts ORDER BY name COLLATE NOCASE').all() as ContactRow[]).map(
    toContact,
  );
  return contacts.map((contact) => {
    const log = contactLog(db, contact.id);
    return {
      ...contact,
      messages: log.length,
      lastAt: log[log.length - 1]?.at ?? null,
      followUp: followUpStatus(contactHistory(db, contact.id), contact.purpose, now),
    };
  });
}

export interface FollowUps {
  due: ContactSummary[];
  notYet: ContactSummary[];
  stop: ContactSummary[];
  replyOwed: ContactSummary[];
}

/** Who is due a polite follow-up, who is not yet, whom to stop chasing, and who is waiting for your reply. */
export function dueFollowUps(db: Db, now = new Date()): FollowUps {
  const all = listContacts(db, now);
  const by = (state: FollowUpStatus['state']) => all.filter((c) => c.followUp.state === state);
  return {
    due: by('due').sort((a, b) => (a.followUp.dueAt ?? '').localeCompare(b.followUp.dueAt ?? '')),
    notYet: by('not-yet').sort((a, b) => (a.followUp.dueAt ?? '').localeCompare(b.followUp.dueAt ?? '')),
    stop: by('stop'),
    replyOwed: by('reply-owed'),
  };
}

export interface ImportOutcome {
  contactsAdded: number;
  entriesAdded: number;
  skipped: number;
}

/**
 * Seeds the history from what the importers stored: direct messages (Items of kind `message`) and the user's own
 * connection requests (kind `request`, direction outgoing). Idempotent: each Item is logged once, by its id.
 */
export function importHistory(db: Db, items: readonly Item[], now = new Date()): ImportOutcome {
  const outcome: ImportOutcome = { contactsAdded: 0, entriesAdded: 0, skipped: 0 };
  const countContacts = () => (db.prepare('SELECT COUNT(*) AS n FROM contacts').get() as { n: number }).n;
  const countEntries = () => (db.prepare('SELECT COUNT(*) AS n FROM contact_log').get() as { n: number }).n;
  const before = { contacts: countContacts(), entries: countEntries() };
  db.transaction(() => {
    for (const item of items) {
      const name = item.person?.name?.trim();
      const usable =
        name &&
        item.createdAt &&
        item.direction &&
        (item.kind === 'message' || (item.kind === 'request' && item.direction === 'outgoing'));
      if (!usable) {
        outcome.skipped++;
        continue;
      }
      const contact = addContact(
        db,
        {
          name,
          platform: item.platform,
          ...(item.person?.company ? { company: item.person.company } : {}),
          ...(item.person?.position ? { position: item.person.position } : {}),
          ...(item.person?.url ? { url: item.person.url } : {}),
          ...(item.person?.email ? { email: item.person.email } : {}),
        },
        now,
      );
      logContact(db, contact.id, {
        direction: item.direction === 'outgoing' ? 'sent' : 'received',
        channel: item.platform,
        at: item.createdAt!,
        note: item.kind === 'request' ? 'connection request' : item.text.slice(0, 200),
        source: `import:${item.platform}:${item.kind}:${item.id}`,
      });
    }
  })();
  outcome.contactsAdded = countContacts() - before.contacts;
  outcome.entriesAdded = countEntries() - before.entries;
  return outcome;
}

/** What `importStoredHistory` read and what it added. */
export interface StoredImportOutcome extends ImportOutcome {
  read: number;
}

/**
 * `decorum contacts import` and the web app's import button: the messages and requests an audit stored for
 * `platform` (`all`: every platform) seed the history.
 */
export function importStoredHistory(db: Db, platform: string, now = new Date()): StoredImportOutcome {
  const items = loadItems(db, { kinds: ['message', 'request'], ...(platform === 'all' ? {} : { platform }) });
  return { read: items.length, ...importHistory(db, items, now) };
}
