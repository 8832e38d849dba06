import type { Account, Item, Position } from '../core/item.js';
import type { Db } from './db.js';

/**
 * Upserts items by (platform, kind, id): importing the same export twice gives the same rows.
 * Media rows are replaced with the item's current list.
 */
export function saveItems(db: Db, items: readonly Item[], runId: number): void {
  // Positional parameters: binding 21 named ones per row costs more than the insert itself.
  const upsert = db.prepare(`
    INSERT INTO items (platform, kind, id, text, created_at, audience, likes, reposts, replies, comments, url, lang,
                       author, person_name, direction, thread, input, file, record_index, details, last_run_id)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (platform, kind, id) DO UPDATE SET
      text = excluded.text, created_at = excluded.created_at, audience = excluded.audience,
      likes = excluded.likes, reposts = excluded.reposts, replies = excluded.replies, comments = excluded.comments,
      url = excluded.url, lang = excluded.lang, author = excluded.author, person_name = excluded.person_name,
      direction = excluded.direction, thread = excluded.thread, input = excluded.input, file = excluded.file,
      record_index = excluded.record_index, details = excluded.details, last_run_id = excluded.last_run_id`);
  // One statement clears the old media of every item of this run, instead of one probe per item.
  const clearMedia = db.prepare(`
    DELETE FROM media WHERE EXISTS (
      SELECT 1 FROM items i
      WHERE i.last_run_id = ? AND i.platform = media.platform AND i.kind = media.item_kind AND i.id = media.item_id)`);
  const insertMedia = db.prepare(`
    INSERT INTO media (platform, item_kind, item_id, position, path, type, ref, latitude, longitude, taken_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  db.transaction(() => {
    for (const item of items) {
      const { engagement, person, locator } = item;
      upsert.run(
        item.platform,
        item.kind,
        item.id,
        item.text,
        item.createdAt,
        item.audience,
        engagement.likes ?? null,
        engagement.reposts ?? null,
        engagement.replies ?? null,
        engagement.comments ?? null,
        item.url ?? null,
        item.lang ?? null,
        item.author ?? null,
        person?.name ?? null,
        item.direction ?? null,
        item.thread ?? null,
        locator.input,
        locator.file,
        locator.index ?? null,
        JSON.stringify(item),
        runId,
      );
    }
    clearMedia.run(runId);
    for (const item of items) {
      item.media.forEach((media, position) =>
        insertMedia.run(
          item.platform,
          item.kind,
          item.id,
          position,
          media.path,
          media.type,
          media.ref ?? null,
          media.geo?.latitude ?? null,
          media.geo?.longitude ?? null,
          media.takenAt ?? null,
        ),
      );
    }
  })();
}

/** Items of some kinds, as the importers produced them (triage, network and tracker read these). */
export function loadItems(db: Db, filter: { platform?: string; kinds?: readonly string[] } = {}): Item[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.platform) {
    where.push('platform = ?');
    params.push(filter.platform);
  }
  if (filter.kinds?.length) {
    where.push(`kind IN (${filter.kinds.map(() => '?').join(', ')})`);
    params.push(...filter.kinds);
  }
  const sql = `SELECT details FROM items ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at`;
  return (db.prepare(sql).all(...params) as { details: string }[]).map((row) => JSON.parse(row.details) as Item);
}

export function savePositions(db: Db, positions: readonly Position[]): void {
  const upsert = db.prepare(`
    INSERT INTO positions (platform, company, title, started_on, finished_on)
    VALUES (@platform, @company, @title, @startedOn, @finishedOn)
    ON CONFLICT (platform, company, title, started_on) DO UPDATE SET finished_on = excluded.finished_on`);
  db.transaction(() => {
    for (const position of positions) {
      upsert.run({
        platform: position.platform,
        company: position.company,
        title: position.title ?? '',
        startedOn: position.startedOn ?? '',
        finishedOn: position.finishedOn ?? null,
      });
    }
  })();
}

export function loadPositions(db: Db): Position[] {
  const rows = db
    .prepare('SELECT platform, company, title, started_on, finished_on FROM positions ORDER BY started_on DESC')
    .all() as {
    platform: Position['platform'];
    company: string;
    title: string;
    started_on: string;
    finished_on: string | null;
  }[];
  return rows.map((row) => ({
    platform: row.platform,
    company: row.company,
    ...(row.title ? { title: row.title } : {}),
    ...(row.started_on ? { startedOn: row.started_on } : {}),
    ...(row.finished_on ? { finishedOn: row.finished_on } : {}),
  }));
}

export function saveAccounts(db: Db, accounts: readonly Account[]): void {
  const upsert = db.prepare(`
    INSERT INTO accounts (platform, handle, account_id, name, is_private) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (platform, handle) DO UPDATE SET account_id = excluded.account_id, name = excluded.name,
      is_private = excluded.is_private`);
  db.transaction(() => {
    for (const account of accounts) {
      const isPrivate = account.isPrivate === undefined ? null : Number(account.isPrivate);
      upsert.run(account.platform, account.handle ?? '', account.id ?? null, account.name ?? null, isPrivate);
    }
  })();
}
