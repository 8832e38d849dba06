import Database from 'better-sqlite3';
import { markInterruptedRuns, type InterruptedRun } from './runs.js';
import { ADDED_COLUMNS, SCHEMAS } from './schema.js';

export type Db = Database.Database;

export const DEFAULT_DB_PATH = 'decorum.db';

/**
 * How long a command waits for another one (a second audit, `decorum serve`) to finish writing before it gives up
 * with "the store is busy" (exit 4). Writes are short transactions, so waiting is the retry. DECORUM_BUSY_TIMEOUT_MS
 * overrides it (the contention tests use a short one).
 */
export const BUSY_TIMEOUT_MS = Number(process.env.DECORUM_BUSY_TIMEOUT_MS) || 30_000;

/**
 * Opens (or creates) the store and brings its tables up to date. Every feature owns its tables in
 * `schema.ts`; statements are idempotent so an old database simply gains what is new. Runs whose process was
 * killed are marked interrupted here (and passed to `onInterrupted`).
 */
export function openStore(
  path: string = DEFAULT_DB_PATH,
  onInterrupted: (runs: InterruptedRun[]) => void = () => {},
): Db {
  // The timeout is set first: even switching to WAL or creating tables waits for a concurrent writer.
  const db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    for (const schema of SCHEMAS) db.exec(schema);
    addMissingColumns(db);
    const interrupted = markInterruptedRuns(db);
    if (interrupted.length) onInterrupted(interrupted);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

function missingColumns(db: Db): typeof ADDED_COLUMNS {
  const columnsOf = new Map<string, Set<string>>();
  return ADDED_COLUMNS.filter(({ table, column }) => {
    let columns = columnsOf.get(table);
    if (!columns) {
      columns = new Set((db.pragma(`table_info(${table})`) as { name: string }[]).map((row) => row.name));
      columnsOf.set(table, columns);
    }
    return !columns.has(column);
  });
}

/** Adds what an older store lacks; under the write lock, since another process may be opening it too. */
function addMissingColumns(db: Db): void {
  if (missingColumns(db).length === 0) return;
  db.transaction(() => {
    for (const { table, column, type } of missingColumns(db))
      db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${type}`);
  }).immediate();
}

/** The error SQLite gives when another connection kept the store locked for longer than the busy timeout. */
export function isStoreBusy(error: unknown): boolean {
  return error instanceof Database.SqliteError && /^SQLITE_(BUSY|LOCKED)/.test(error.code);
}
