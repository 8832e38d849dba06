import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Db } from './db.js';
import {
  addTarget,
  loadCompanyOverrides,
  loadOwnNames,
  loadTargets,
  pinCompany,
  removeTarget,
  resetCompany,
  splitCompany,
} from './network.js';

let db: Db;
beforeEach(() => {
  db = openStore(':memory:');
});
afterEach(() => db.close());

describe('company overrides', () => {
  it('stores pins and splits, one per spelling, the latest winning', () => {
    pinCompany(db, 'Contoso Bank', 'Contoso', new Date('2026-01-01'));
    splitCompany(db, 'Fabrikam Residences', new Date('2026-01-02'));
    pinCompany(db, ' contoso bank ', 'Contoso Group', new Date('2026-01-03'));
    expect(loadCompanyOverrides(db)).toEqual([
      { action: 'split', variant: 'Fabrikam Residences' },
      { action: 'pin', variant: 'contoso bank', target: 'Contoso Group' },
    ]);
    expect(resetCompany(db, 'CONTOSO BANK')).toBe(true);
    expect(resetCompany(db, 'Contoso Bank')).toBe(false);
    expect(loadCompanyOverrides(db)).toHaveLength(1);
  });
});

describe('targets', () => {
  it('keeps one target per employer whatever the spelling', () => {
    addTarget(db, 'Tailspin Toys', 'great toys team', new Date('2026-01-01'));
    addTarget(db, 'Litware, Inc.', null, new Date('2026-01-02'));
    const updated = addTarget(db, 'Tailspin Toys Ltd.', null, new Date('2026-01-03'));
    expect(updated).toMatchObject({ name: 'Tailspin Toys Ltd.', note: 'great toys team' });
    expect(loadTargets(db).map((target) => target.name)).toEqual(['Tailspin Toys Ltd.', 'Litware, Inc.']);
    expect(removeTarget(db, 'litware')).toBe(true);
    expect(removeTarget(db, 'litware')).toBe(false);
    expect(() => addTarget(db, '--')).toThrow(/not a company name/);
  });
});

describe('loadOwnNames', () => {
  it('reads the names of the stored accounts', () => {
    db.prepare('INSERT INTO accounts (platform, handle, name) VALUES (?, ?, ?)').run('linkedin', '', 'Alex Morgan');
    db.prepare('INSERT INTO accounts (platform, handle, name) VALUES (?, ?, ?)').run('x', 'alexmorgan_dev', null);
    expect(loadOwnNames(db)).toEqual(['Alex Morgan']);
  });
});
