import { describe, expect, it } from 'vitest';
import type { Item } from '../core/item.js';
import { openStore } from '../store/db.js';
import {
  addContact,
  contactHistory,
  dueFollowUps,
  findContact,
  followUpStatus,
  importHistory,
  listContacts,
  logContact,
} from './index.js';

const NOW = new Date('2026-03-16T12:00:00Z'); // a Monday

function item(partial: Partial<Item> & Pick<Item, 'kind' | 'id'>): Item {
  return {
    platform: 'linkedin',
    text: '',
    createdAt: '2026-03-01T10:00:00Z',
    audience: 'private',
    engagement: {},
    media: [],
    locator: { input: 'linkedin.zip', file: 'messages.csv' },
    flags: {},
    ...partial,
  };
}

describe('followUpStatus', () => {
  const sent = (at: string) => ({ direction: 'sent' as const, at });
  it('waits a week after a networking message, then says it is due', () => {
    expect(followUpStatus([sent('2026-03-12T12:00:00Z')], 'networking', NOW).state).toBe('not-yet');
    expect(followUpStatus([sent('2026-03-12T12:00:00Z')], 'networking', NOW).dueAt).toBe('2026-03-19T12:00:00.000Z');
    expect(followUpStatus([sent('2026-03-08T12:00:00Z')], 'networking', NOW).state).toBe('due');
  });
  it('counts business days after an application', () => {
    // Thursday → 3 business days later is Tuesday.
    expect(followUpStatus([sent('2026-03-12T12:00:00Z')], 'application', NOW).state).toBe('not-yet');
    expect(followUpStatus([sent('2026-03-11T12:00:00Z')], 'application', NOW).state).toBe('due');
  });
  it('says stop after a follow-up went unanswered, and your turn when they wrote last', () => {
    expect(followUpStatus([sent('2026-02-01T00:00:00Z'), sent('2026-02-09T00:00:00Z')], 'networking', NOW).state).toBe(
      'stop',
    );
    expect(followUpStatus([sent('2026-02-01T00:00:00Z'), sent('2026-02-09T00:00:00Z')], 'application', NOW).state).toBe(
      'due',
    );
    expect(
      followUpStatus(
        [sent('2026-02-01T00:00:00Z'), { direction: 'received', at: '2026-02-02T00:00:00Z' }],
        'networking',
        NOW,
      ).state,
    ).toBe('reply-owed');
    expect(followUpStatus([], 'networking', NOW).state).toBe('none');
  });
});

describe('tracker store', () => {
  it('adds contacts once per person, however the name is spelled', () => {
    const db = openStore(':memory:');
    const a = addContact(db, { name: 'Zoë Berg', company: 'Contoso' }, NOW);
    const b = addContact(db, { name: 'zoe berg', position: 'CTO' }, NOW);
    expect(b.id).toBe(a.id);
    expect(findContact(db, 'ZOE BERG')).toMatchObject({ name: 'Zoë Berg', company: 'Contoso', position: 'CTO' });
    expect(findContact(db, String(a.id))?.name).toBe('Zoë Berg');
    expect(findContact(db, 'Nobody')).toBeUndefined();
  });

  it('logs messages and sorts people into due, not yet, stop and reply owed', () => {
    const db = openStore(':memory:');
    const due = addContact(db, { name: 'Ana Ruiz' }, NOW);
    logContact(db, due.id, { direction: 'sent', channel: 'linkedin', at: '2026-03-02T09:00:00Z' });
    const soon = addContact(db, { name: 'Ben Ito' }, NOW);
    logContact(db, soon.id, { direction: 'sent', channel: 'email', at: '2026-03-14T09:00:00Z' });
    const stop = addContact(db, { name: 'Cy Lo' }, NOW);
    logContact(db, stop.id, { direction: 'sent', channel: 'x', at: '2026-02-01T09:00:00Z' });
    logContact(db, stop.id, { direction: 'sent', channel: 'x', at: '2026-02-10T09:00:00Z' });
    const owed = addContact(db, { name: 'Di Fox' }, NOW);
    logContact(db, owed.id, { direction: 'received', channel: 'linkedin', at: '2026-03-15T09:00:00Z' });
    const result = dueFollowUps(db, NOW);
    expect(result.due.map((c) => c.name)).toEqual(['Ana Ruiz']);
    expect(result.notYet.map((c) => c.name)).toEqual(['Ben Ito']);
    expect(result.stop.map((c) => c.name)).toEqual(['Cy Lo']);
    expect(result.replyOwed.map((c) => c.name)).toEqual(['Di Fox']);
    expect(listContacts(db, NOW).map((c) => [c.name, c.messages])).toEqual([
      ['Ana Ruiz', 1],
      ['Ben Ito', 1],
      ['Cy Lo', 2],
      ['Di Fox', 1],
    ]);
  });

  it('seeds the history from imported messages and outgoing requests, once', () => {
    const db = openStore(':memory:');
    const items = [
      item({
        kind: 'request',
        id: 'r1',
        direction: 'outgoing',
        person: { name: 'Ana Ruiz', url: 'https://linkedin.com/in/ana' },
        createdAt: '2026-03-01T10:00:00Z',
      }),
      item({
        kind: 'message',
        id: 'm1',
        direction: 'outgoing',
        person: { name: 'Ana Ruiz' },
        text: 'Hi Ana',
        createdAt: '2026-03-02T10:00:00Z',
      }),
      item({
        kind: 'message',
        id: 'm2',
        direction: 'incoming',
        person: { name: 'Ana Ruiz' },
        text: 'Hi!',
        createdAt: '2026-03-03T10:00:00Z',
      }),
      item({ kind: 'request', id: 'r2', direction: 'incoming', person: { name: 'Spam Bot' } }),
      item({ kind: 'message', id: 'm3', direction: 'outgoing', person: { name: 'Ben Ito' }, createdAt: null }),
    ];
    expect(importHistory(db, items, NOW)).toEqual({ contactsAdded: 1, entriesAdded: 3, skipped: 2 });
    expect(importHistory(db, items, NOW)).toEqual({ contactsAdded: 0, entriesAdded: 0, skipped: 2 });
    const ana = findContact(db, 'Ana Ruiz')!;
    expect(ana.url).toBe('https://linkedin.com/in/ana');
    expect(contactHistory(db, ana.id).map((h) => h.direction)).toEqual(['sent', 'sent', 'received']);
  });
});
