import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore, type Db } from '../store/db.js';
import { saveAccounts, saveItems, savePositions } from '../store/items.js';
import { finishRun, startRun } from '../store/runs.js';
import { FIXTURE_OWN_NAMES, fixtureItems, fixturePositions } from '../../test/fixtures/network.js';
import { registerNetwork, runNetwork } from './network.js';

let dir: string;
let dbPath: string;

function seed(db: Db, withConnections = true): void {
  const run = startRun(db, 'audit', ['fixture'], new Date('2026-11-25T00:00:00Z'));
  const items = fixtureItems().filter((item) => withConnections || item.kind !== 'connection');
  saveItems(db, items, run);
  savePositions(db, fixturePositions());
  saveAccounts(db, [{ platform: 'linkedin', name: FIXTURE_OWN_NAMES[0] }]);
  finishRun(db, run, {
    itemsRead: items.length,
    findings: 0,
    problems: [
      { file: 'linkedin.zip/Connections.csv', message: '2 connection(s) have no name (hidden profiles); skipped' },
      { file: 'linkedin.zip/Shares.csv', message: 'row 3 is broken' },
    ],
  });
}

async function cli(...args: string[]): Promise<string> {
  const out: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void out.push(parts.join(' ')));
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out.push(String(chunk));
    return true;
  });
  try {
    const program = new Command('decorum').exitOverride();
    registerNetwork(program);
    await program.parseAsync(['node', 'decorum', 'network', ...args, '--db', dbPath]);
  } finally {
    log.mockRestore();
    write.mockRestore();
  }
  return out.join('\n');
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'decorum-network-'));
  dbPath = join(dir, 'decorum.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const AS_OF = '2026-11-25';

describe('decorum network', () => {
  it('prints the ranked map, former colleagues first', () => {
    const db = openStore(dbPath);
    seed(db);
    const output = runNetwork(db, { json: false, limit: '20', asOf: AS_OF });
    db.close();
    expect(output.exitCode).toBe(0);
    const rows = output.stdout.split('\n').filter((line) => /^\s+\d+ {2}/.test(line));
    expect(rows[0]).toMatch(/Fabrikam\s+2\s+2\s+1\s+1\s+former colleague \(Sam O’Neil\)/);
    expect(rows.at(-1)).toMatch(/· Contoso/);
    expect(output.stdout).toContain('decorum network --company "Fabrikam"');
  });

  it('prints the JSON contract and notes on stderr', () => {
    const db = openStore(dbPath);
    seed(db);
    const output = runNetwork(db, { json: true, limit: '20', asOf: AS_OF });
    db.close();
    const json = JSON.parse(output.stdout) as { companies: { name: string; people: { tie: string }[] }[] };
    expect(json.companies[0]).toMatchObject({ name: 'Fabrikam', people: [{ tie: 'former colleague' }, {}] });
    expect(output.stderr.join('\n')).toContain('hidden profiles');
    expect(output.stderr).toContain(
      'decorum: linkedin.zip/Connections.csv: 2 connection(s) have no name (hidden profiles); skipped',
    );
    expect(output.stderr.join('\n')).not.toContain('Shares.csv');
  });

  it('lists the people at one employer by any spelling, with a draft to fill', () => {
    const db = openStore(dbPath);
    seed(db);
    const output = runNetwork(db, { company: 'Tailspin Toys Inc', limit: '20', asOf: AS_OF });
    const none = runNetwork(db, { company: '', limit: '20', asOf: AS_OF });
    const unknown = runNetwork(db, { company: 'Globex', limit: '20', asOf: AS_OF });
    db.close();
    expect(output.stdout).toContain('Taylor Brooks — Senior Technical Recruiter');
    expect(output.stdout).toContain('[Your specific reason]');
    expect(none.stdout).toContain('Noor Haddad');
    expect(unknown.stdout).toContain('Nobody you know works at "Globex"');
  });

  it('says which export is missing when there are no connections', () => {
    const db = openStore(dbPath);
    seed(db, false);
    const output = runNetwork(db, { json: true, limit: '20', asOf: AS_OF });
    db.close();
    expect(output.stderr).toContain(
      'decorum: No LinkedIn connections found: add your LinkedIn export (Connections.csv)',
    );
  });

  it('exits 3 on an empty store and rejects a bad date', () => {
    const db = openStore(dbPath);
    expect(runNetwork(db, { limit: '20' }).exitCode).toBe(3);
    expect(() => runNetwork(db, { limit: '20', asOf: 'yesterday' })).toThrow(/--as-of/);
    db.close();
  });

  it('keeps targets and company pins in the store, and the map follows them', async () => {
    openStore(dbPath).close();
    expect(await cli('targets', 'add', 'Globex Corporation', '--note', 'great platform team')).toContain(
      'Target: Globex Corporation',
    );
    expect(await cli('targets', 'list')).toContain('Globex Corporation — great platform team');
    expect(await cli('company', 'pin', 'Contoso Bank', '--as', 'Contoso')).toContain('now counts as "Contoso"');
    expect(await cli('company', 'list')).toContain('pin   "Contoso Bank" → "Contoso"');
    const db = openStore(dbPath);
    seed(db);
    const map = JSON.parse(runNetwork(db, { json: true, limit: '20', asOf: AS_OF }).stdout) as {
      companies: { name: string; variants: string[]; people: unknown[] }[];
    };
    db.close();
    expect(map.companies[0]).toMatchObject({ name: 'Globex', people: [] });
    expect(map.companies.find((company) => company.name === 'Contoso')?.variants).toContain('Contoso Bank');
    expect(await cli('targets', 'remove', 'globex')).toContain('Removed target');
    expect(await cli('company', 'reset', 'contoso bank')).toContain('grouped automatically again');
    await expect(cli('company', 'reset', 'contoso bank')).rejects.toThrow(/no pin or split/);
  });

  it('feeds the contact tracker from the map: one person, or everyone at a target', async () => {
    const db = openStore(dbPath);
    seed(db);
    db.close();
    expect(await cli('track', 'sam oneil', '--as-of', AS_OF)).toContain('Tracking Sam O’Neil (Fabrikam)');
    await expect(cli('track', 'Jordan Lee', '--as-of', AS_OF)).rejects.toThrow(/2 people match 'Jordan Lee'.*--at/);
    expect(await cli('track', 'Jordan Lee', '--at', 'Contoso Bank', '--as-of', AS_OF)).toContain('Tracking Jordan Lee');
    const added = await cli('targets', 'add', 'Tailspin Toys', '--track', '--as-of', AS_OF);
    expect(added).toContain('you know 1 person there: Taylor Brooks (recent conversation)');
    expect(added).toContain('tracked: Taylor Brooks');
    const check = openStore(dbPath);
    const names = (check.prepare('SELECT name, company FROM contacts ORDER BY name').all() as { name: string }[]).map(
      (row) => row.name,
    );
    check.close();
    expect(names).toEqual(['Jordan Lee', 'Sam O’Neil', 'Taylor Brooks']);
  });
});
