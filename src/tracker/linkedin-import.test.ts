import { describe, expect, it } from 'vitest';
import { linkedinExport } from '../../test/fixtures/samples/linkedin.js';
import { itemSchema, type Item } from '../core/item.js';
import { linkedinImporter } from '../importers/linkedin/index.js';
import { memorySource } from '../../test/fixtures/memory-source.js';
import { openStore } from '../store/db.js';
import { loadItems, saveItems } from '../store/items.js';
import { startRun } from '../store/runs.js';
import { contactHistory, dueFollowUps, importHistory, listContacts } from './index.js';

describe('contacts import from a LinkedIn export', () => {
  it('seeds contacts and their history from the stored messages and outgoing invitations', async () => {
    const items: Item[] = [];
    await linkedinImporter.import(memorySource(linkedinExport()), {
      item: (item) => items.push(itemSchema.parse(item)),
      problem: () => undefined,
      account: () => undefined,
      position: () => undefined,
    });
    const db = openStore(':memory:');
    saveItems(db, items, startRun(db, 'audit', ['linkedin.zip'], new Date('2026-01-01T00:00:00Z')));
    const stored = loadItems(db, { platform: 'linkedin', kinds: ['message', 'request'] });
    const usable = stored.filter(
      (i) => i.person?.name && i.createdAt && (i.kind === 'message' || i.direction === 'outgoing'),
    );
    expect(usable.length).toBeGreaterThan(0);

    const outcome = importHistory(db, stored);
    expect(outcome.entriesAdded).toBe(usable.length);
    expect(outcome.contactsAdded).toBe(new Set(usable.map((i) => i.person!.name)).size);
    const contacts = listContacts(db);
    const logged = contacts.reduce((sum, c) => sum + contactHistory(db, c.id).length, 0);
    expect(logged).toBe(usable.length);
    const followUps = dueFollowUps(db, new Date('2030-01-01T00:00:00Z'));
    const sorted = [...followUps.due, ...followUps.notYet, ...followUps.stop, ...followUps.replyOwed].length;
    expect(sorted).toBeGreaterThan(0);
    expect(importHistory(db, stored).entriesAdded).toBe(0);
  });
});
