import { createHash } from 'node:crypto';
import type { Account, Item, Position } from '../core/item.js';
import type { Db } from './db.js';

/** The hash that tells a re-audit whether an item changed: of its whole JSON, as stored in `details`. */
export function contentHash(json: string): string {
  return createHash('sha1').update(json).digest('base64');
}

/** What an audit found out about an item's text, kept so an unchanged item need not be read again. */
export interface ItemAnalysis {
  /** What the detections depend on besides the item (detector code and versions, context): src/audit/analysis-key. */
  key: string;
  /** JSON of the text detectors' detections, before the config's switches and overrides. */
  detections: string;
  /** The item's language when no text detector reads it. */
  notAssessed: string | null;
}

/** What one audit run decided about an item. */
export interface AuditOfItem {
  analysis: ItemAnalysis;
  /** The item's place in the run's reading order. */
  runOrder: number;
  /** Only a lone weak cue was found in it (null while it waits for its photos). */
  heldBack: boolean | null;
}

/**
 * Prepares the upsert of one item by (platform, kind, id): importing the same export twice gives the same rows.
 * A stored analysis survives an upsert of the same content (an import without an audit) and is replaced otherwise.
 */
export function prepareItemUpsert(
  db: Db,
): (item: Item, json: string, runId: number, audit: AuditOfItem | null) => void {
  // Positional parameters: binding 27 named ones per row costs more than the insert itself.
  const upsert = db.prepare(`
    INSERT INTO items (platform, kind, id, text, created_at, audience, likes, reposts, replies, comments, url, lang,
                       author, person_name, direction, thread, input, file, record_index, details, last_run_id,
                       content_hash, analysis_key, detections, not_assessed, run_order, held_back)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (platform, kind, id) DO UPDATE SET
      text = excluded.text, created_at = excluded.created_at, audience = excluded.audience,
      likes = excluded.likes, reposts = excluded.reposts, replies = excluded.replies, comments = excluded.comments,
      url = excluded.url, lang = excluded.lang, author = excluded.author, person_name = excluded.person_name,
      direction = excluded.direction, thread = excluded.thread, input = excluded.input, file = excluded.file,
      record_index = excluded.record_index, details = excluded.details, last_run_id = excluded.last_run_id,
      analysis_key = iif(items.content_hash IS excluded.content_hash AND excluded.analysis_key IS NULL,
                         items.analysis_key, excluded.analysis_key),
      detections = iif(items.content_hash IS excluded.content_hash AND excluded.analysis_key IS NULL,
                       items.detections, excluded.detections),
      not_assessed = iif(items.content_hash IS excluded.content_hash AND excluded.analysis_key IS NULL,
                         items.not_assessed, excluded.not_assessed),
      content_hash = excluded.content_hash, run_order = excluded.run_order, held_back = excluded.held_back`);
  return (item, json, runId, audit) => {
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
      json,
      runId,
      contentHash(json),
      audit?.analysis.key ?? null,
      audit?.analysis.detections ?? null,
      audit?.analysis.notAssessed ?? null,
      audit?.runOrder ?? null,
      audit && audit.heldBack !== null ? Number(audit.heldBack) : null,
    );
  };
}

/** Prepares the insert of an item's media rows (its old rows must be gone first). */
export function prepareMediaInsert(db: Db): (item: Item) => void {
  const insertMedia = db.prepare(`
    INSERT INTO media (platform, item_kind, item_id, position, path, type, ref, latitude, longitude, taken_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  return (item) =>
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

/**
 * Upserts items by (platform, kind, id), without auditing them. Media rows are replaced with the item's current
 * list.
 */
export function saveItems(db: Db, items: readonly Item[], runId: number): void {
  const upsert = prepareItemUpsert(db);
  const insertMedia = prepareMediaInsert(db);
  // One statement clears the old media of every item of this run, instead of one probe per item.
  const clearMedia = db.prepare(`
    DELETE FROM media WHERE EXISTS (
      SELECT 1 FROM items i
      WHERE i.last_run_id = ? AND i.platform = media.platform AND i.kind = media.item_kind AND i.id = media.item_id)`);
  db.transaction(() => {
    for (const item of items) upsert(item, JSON.stringify(item), runId, null);
    clearMedia.run(runId);
    for (const item of items) insertMedia(item);
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

/** The items one audit run read, in its reading order (evaluations compare them with labels). */
export function loadRunItems(db: Db, runId: number): Item[] {
  return (
    db.prepare('SELECT details FROM items WHERE last_run_id = ? ORDER BY run_order').all(runId) as { details: string }[]
  ).map((row) => JSON.parse(row.details) as Item);
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
