/**
 * The network feature's tables (`network_company_overrides`, `network_targets` in src/store/schema.ts):
 * the user's pins and splits of company names, and their target employers.
 */
import { companyKey, type CompanyOverride } from '../people/companies.js';
import type { Db } from './db.js';
import { loadItems, loadPositions } from './items.js';
import type { NetworkInput } from '../network/map.js';

function variantKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-US');
}

/** Pins `variant` to `target`'s employer (replacing any earlier pin or split of that spelling). */
export function pinCompany(db: Db, variant: string, target: string, now = new Date()): void {
  saveOverride(db, { action: 'pin', variant, target }, now);
}

/** Keeps `variant` apart from every other spelling (replacing any earlier pin of it). */
export function splitCompany(db: Db, variant: string, now = new Date()): void {
  saveOverride(db, { action: 'split', variant }, now);
}

function saveOverride(db: Db, override: CompanyOverride, now: Date): void {
  db.prepare(
    `INSERT INTO network_company_overrides (variant_key, variant, action, target, created_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (variant_key) DO UPDATE SET variant = excluded.variant, action = excluded.action,
       target = excluded.target, created_at = excluded.created_at`,
  ).run(
    variantKey(override.variant),
    override.variant.trim(),
    override.action,
    override.target ?? null,
    now.toISOString(),
  );
}

/** Forgets the pin or split of a spelling; false when there was none. */
export function resetCompany(db: Db, variant: string): boolean {
  return db.prepare('DELETE FROM network_company_overrides WHERE variant_key = ?').run(variantKey(variant)).changes > 0;
}

export function loadCompanyOverrides(db: Db): CompanyOverride[] {
  const rows = db
    .prepare('SELECT variant, action, target FROM network_company_overrides ORDER BY created_at, variant_key')
    .all() as { variant: string; action: 'pin' | 'split'; target: string | null }[];
  return rows.map((row) => ({
    action: row.action,
    variant: row.variant,
    ...(row.target !== null ? { target: row.target } : {}),
  }));
}

export interface Target {
  name: string;
  note: string | null;
  addedAt: string;
}

/** Adds a target employer; adding "Contoso Ltd." when "Contoso" is there updates the one target. */
export function addTarget(db: Db, name: string, note: string | null = null, now = new Date()): Target {
  const key = companyKey(name);
  if (!key) throw new Error(`'${name}' is not a company name`);
  db.prepare(
    `INSERT INTO network_targets (company_key, name, note, added_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (company_key) DO UPDATE SET name = excluded.name, note = COALESCE(excluded.note, network_targets.note)`,
  ).run(key, name.trim(), note, now.toISOString());
  return loadTargets(db).find((target) => companyKey(target.name) === key)!;
}

/** Removes a target by any spelling of its name; false when it was not a target. */
export function removeTarget(db: Db, name: string): boolean {
  return db.prepare('DELETE FROM network_targets WHERE company_key = ?').run(companyKey(name)).changes > 0;
}

export function loadTargets(db: Db): Target[] {
  const rows = db.prepare('SELECT name, note, added_at FROM network_targets ORDER BY added_at, name').all() as {
    name: string;
    note: string | null;
    added_at: string;
  }[];
  return rows.map((row) => ({ name: row.name, note: row.note, addedAt: row.added_at }));
}

/** The user's own names from the stored accounts, so their own records are never listed as people. */
export function loadOwnNames(db: Db): string[] {
  const rows = db.prepare('SELECT DISTINCT name FROM accounts WHERE name IS NOT NULL AND name <> ?').all('') as {
    name: string;
  }[];
  return rows.map((row) => row.name);
}

/** Reads what the map needs from the store. */
export function networkInput(db: Db, now: Date): NetworkInput {
  return {
    items: loadItems(db, { kinds: ['connection', 'message', 'request'] }),
    positions: loadPositions(db),
    ownNames: loadOwnNames(db),
    overrides: loadCompanyOverrides(db),
    targets: loadTargets(db).map((target) => target.name),
    now,
  };
}
