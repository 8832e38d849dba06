import Database from 'better-sqlite3';
import { SCHEMAS } from './schema.js';

export type Db = Database.Database;

export const DEFAULT_DB_PATH = 'decorum.db';

/**
 * Opens (or creates) the store and brings its tables up to date. Every feature owns its tables in
 * `schema.ts`; statements are idempotent so an old database simply gains what is new.
 */
export function openStore(path: string = DEFAULT_DB_PATH): Db {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  for (const schema of SCHEMAS) db.exec(schema);
  return db;
}
