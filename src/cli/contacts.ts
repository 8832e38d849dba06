import type { Command } from 'commander';
import { parseDayOrInstant } from '../core/dates.js';
import { DEFAULT_DB_PATH, openStore, type Db } from '../store/db.js';
import {
  addContact,
  CHANNELS,
  contactLog,
  findContact,
  importStoredHistory,
  listContacts,
  logContact,
  PURPOSES,
  setPurpose,
  type Contact,
  type ContactSummary,
} from '../tracker/index.js';
import { parseChoice, UsageError } from './exit.js';
import { say, warn, write } from './output.js';
import { jsonText } from '../report/terminal-safe.js';

interface DbFlags {
  db: string;
  json?: boolean;
  asOf?: string;
}

export function parseDate(name: string, value: string | undefined, fallback = new Date()): Date {
  if (value === undefined) return fallback;
  const date = parseDayOrInstant(value);
  if (!date) throw new UsageError(`${name} takes a date like 2026-01-31, not '${value}'`);
  return date;
}

function withDb<T>(path: string, run: (db: Db) => T): T {
  const db = openStore(path);
  try {
    return run(db);
  } finally {
    db.close();
  }
}

function mustFind(db: Db, nameOrId: string): Contact {
  const contact = findContact(db, nameOrId);
  if (!contact) throw new UsageError(`no contact '${nameOrId}': add them with decorum contacts add "${nameOrId}"`);
  return contact;
}

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '—');

export function contactsTable(contacts: readonly ContactSummary[]): string {
  if (contacts.length === 0)
    return 'No contacts yet: decorum contacts add NAME, or decorum contacts import after an audit.\n';
  const rows = contacts.map((c) => [
    String(c.id),
    c.name,
    c.company ?? '',
    String(c.messages),
    day(c.lastAt),
    c.followUp.state,
  ]);
  const head = ['id', 'name', 'company', 'msgs', 'last', 'follow-up'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  return `${[head, ...rows]
    .map((r) =>
      r
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')}\n`;
}

export function registerContacts(program: Command): void {
  const contacts = program
    .command('contacts')
    .description('Track the people you reach out to and what went back and forth (used by coach and followups)')
    .addHelpText(
      'after',
      `
Examples:
  decorum contacts add "Ana Ruiz" --company Contoso --platform linkedin
  decorum contacts log "Ana Ruiz" sent --channel linkedin --date 2026-03-02
  decorum contacts import          # seed from the LinkedIn messages and invitations an audit stored
  decorum contacts list
  decorum contacts show "Ana Ruiz"`,
    );

  contacts
    .command('add')
    .description('Add a person (or fill in details of one already tracked)')
    .argument('<name>', 'their name as on their profile')
    .option('--platform <platform>', 'where you know them from')
    .option('--company <company>')
    .option('--position <position>')
    .option('--url <url>', 'their profile link')
    .option('--email <email>')
    .option('--purpose <purpose>', `${PURPOSES.join(' or ')} (application: follow up after 3 business days)`)
    .option('--note <text>')
    .option('--db <file>', 'SQLite store', DEFAULT_DB_PATH)
    .action((name: string, flags: DbFlags & Record<string, string | undefined>) => {
      const purpose = flags.purpose ? parseChoice('--purpose', flags.purpose, PURPOSES) : undefined;
      withDb(flags.db, (db) => {
        const contact = addContact(db, {
          name,
          ...(flags.platform ? { platform: flags.platform } : {}),
          ...(flags.company ? { company: flags.company } : {}),
          ...(flags.position ? { position: flags.position } : {}),
          ...(flags.url ? { url: flags.url } : {}),
          ...(flags.email ? { email: flags.email } : {}),
          ...(flags.note ? { note: flags.note } : {}),
          ...(purpose ? { purpose } : {}),
        });
        if (purpose) setPurpose(db, contact.id, purpose);
        say(`Tracking ${contact.name} (id ${contact.id}).`);
      });
    });

  contacts
    .command('list')
    .description('Everyone you track, with the last message and where the follow-up stands')
    .option('--json', 'print JSON')
    .option('--as-of <date>', 'judge timing as of this date instead of now')
    .option('--db <file>', 'SQLite store', DEFAULT_DB_PATH)
    .action((flags: DbFlags) => {
      const now = parseDate('--as-of', flags.asOf);
      withDb(flags.db, (db) => {
        const list = listContacts(db, now);
        write(flags.json ? `${jsonText({ contacts: list })}\n` : contactsTable(list));
      });
    });

  contacts
    .command('show')
    .description("One person's details and message log")
    .argument('<name>', 'name or id')
    .option('--json', 'print JSON')
    .option('--as-of <date>', 'judge timing as of this date instead of now')
    .option('--db <file>', 'SQLite store', DEFAULT_DB_PATH)
    .action((name: string, flags: DbFlags) => {
      const now = parseDate('--as-of', flags.asOf);
      withDb(flags.db, (db) => {
        const contact = mustFind(db, name);
        const summary = listContacts(db, now).find((c) => c.id === contact.id)!;
        const log = contactLog(db, contact.id);
        if (flags.json) {
          write(`${jsonText({ contact: summary, log })}\n`);
          return;
        }
        const facts = [contact.position, contact.company, contact.platform, contact.url, contact.email].filter(Boolean);
        const lines = [
          `${contact.name} (id ${contact.id}, ${contact.purpose})${facts.length ? ` — ${facts.join(', ')}` : ''}`,
        ];
        if (contact.note) lines.push(contact.note);
        for (const entry of log)
          lines.push(
            `  ${day(entry.at)}  ${entry.direction.padEnd(8)}  ${entry.channel.padEnd(9)}  ${entry.note.replace(/\s+/g, ' ').slice(0, 60)}`,
          );
        lines.push(`Follow-up: ${summary.followUp.state} — ${summary.followUp.reason}`);
        say(lines.join('\n'));
      });
    });

  contacts
    .command('log')
    .description('Record a message you sent to, or received from, a tracked person')
    .argument('<name>', 'name or id')
    .argument('<direction>', 'sent or received')
    .option('--channel <channel>', `${CHANNELS.join(', ')}`, 'linkedin')
    .option('--date <date>', 'when (YYYY-MM-DD or ISO 8601); default now')
    .option('--note <text>', 'what it was about')
    .option('--db <file>', 'SQLite store', DEFAULT_DB_PATH)
    .action((name: string, direction: string, flags: DbFlags & { channel: string; date?: string; note?: string }) => {
      const dir = parseChoice('direction', direction, ['sent', 'received'] as const);
      const channel = parseChoice('--channel', flags.channel, CHANNELS);
      const at = parseDate('--date', flags.date).toISOString();
      withDb(flags.db, (db) => {
        const contact = mustFind(db, name);
        logContact(db, contact.id, { direction: dir, channel, at, ...(flags.note ? { note: flags.note } : {}) });
        say(`Logged: ${dir} ${dir === 'sent' ? 'to' : 'from'} ${contact.name} on ${channel}, ${at.slice(0, 10)}.`);
      });
    });

  contacts
    .command('import')
    .description('Seed the history from stored messages and your own connection requests (run an audit first)')
    .option('--platform <platform>', 'only this platform’s items (all: every platform)', 'linkedin')
    .option('--db <file>', 'SQLite store', DEFAULT_DB_PATH)
    .action((flags: DbFlags & { platform: string }) => {
      withDb(flags.db, (db) => {
        const outcome = importStoredHistory(db, flags.platform);
        say(
          `Read ${outcome.read} message(s) and request(s): ${outcome.contactsAdded} new contact(s), ${outcome.entriesAdded} new log entr${outcome.entriesAdded === 1 ? 'y' : 'ies'}` +
            (outcome.skipped ? `, ${outcome.skipped} skipped (incoming requests, or no name or date)` : '') +
            '.',
        );
        if (outcome.read === 0)
          warn(`decorum: nothing stored for ${flags.platform}: run decorum audit on your export first`);
      });
    });
}
