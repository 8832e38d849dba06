import type { Db } from './db.js';

/** A person the user has placed in a relationship class (`decorum triage label NAME CLASS`). */
export interface StoredLabel {
  name: string;
  relationship: string;
  labelledAt: string;
}

/** Saves or replaces the label under `nameKey` (the caller's normalised name). */
export function saveLabel(db: Db, nameKey: string, name: string, relationship: string, now = new Date()): void {
  db.prepare(
    `INSERT INTO triage_labels (name_key, name, relationship, labelled_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (name_key) DO UPDATE SET name = excluded.name, relationship = excluded.relationship,
       labelled_at = excluded.labelled_at`,
  ).run(nameKey, name, relationship, now.toISOString());
}

/** Removes a label; false when there was none. */
export function removeLabel(db: Db, nameKey: string): boolean {
  return db.prepare('DELETE FROM triage_labels WHERE name_key = ?').run(nameKey).changes > 0;
}

export function loadLabels(db: Db): StoredLabel[] {
  return (
    db.prepare('SELECT name, relationship, labelled_at FROM triage_labels ORDER BY name').all() as {
      name: string;
      relationship: string;
      labelled_at: string;
    }[]
  ).map((row) => ({ name: row.name, relationship: row.relationship, labelledAt: row.labelled_at }));
}

export interface StoredDecision {
  requestKey: string;
  platform: string;
  name: string;
  relationship: string;
  decision: string;
  reason: string;
  reply: string | null;
}

/** Records what a run decided, replacing earlier decisions for the same requests. */
export function saveDecisions(db: Db, decisions: readonly StoredDecision[], now = new Date()): void {
  const upsert = db.prepare(
    `INSERT INTO triage_decisions (request_key, platform, name, relationship, decision, reason, reply, decided_at)
     VALUES (@requestKey, @platform, @name, @relationship, @decision, @reason, @reply, @decidedAt)
     ON CONFLICT (request_key) DO UPDATE SET platform = excluded.platform, name = excluded.name,
       relationship = excluded.relationship, decision = excluded.decision, reason = excluded.reason,
       reply = excluded.reply, decided_at = excluded.decided_at`,
  );
  const decidedAt = now.toISOString();
  db.transaction(() => {
    for (const decision of decisions) upsert.run({ ...decision, decidedAt });
  })();
}

export function loadDecisions(db: Db): Map<string, { relationship: string; decision: string }> {
  const rows = db.prepare('SELECT request_key, relationship, decision FROM triage_decisions').all() as {
    request_key: string;
    relationship: string;
    decision: string;
  }[];
  return new Map(rows.map((row) => [row.request_key, { relationship: row.relationship, decision: row.decision }]));
}

/** The names of the accounts the exports belong to (the user's own names). */
export function loadAccountNames(db: Db): string[] {
  return (db.prepare('SELECT DISTINCT name FROM accounts WHERE name IS NOT NULL').all() as { name: string }[])
    .map((row) => row.name)
    .filter((name) => name.trim());
}

/** Marks a request as acted on (or clears the mark); the web app's "done" check box. */
export function markTriageDone(db: Db, requestKey: string, done: boolean, now = new Date()): void {
  if (done)
    db.prepare(
      'INSERT INTO triage_done (request_key, done_at) VALUES (?, ?) ON CONFLICT (request_key) DO UPDATE SET done_at = excluded.done_at',
    ).run(requestKey, now.toISOString());
  else db.prepare('DELETE FROM triage_done WHERE request_key = ?').run(requestKey);
}

/** The requests marked done, with when. */
export function loadTriageDone(db: Db): Map<string, string> {
  const rows = db.prepare('SELECT request_key, done_at FROM triage_done').all() as {
    request_key: string;
    done_at: string;
  }[];
  return new Map(rows.map((row) => [row.request_key, row.done_at]));
}

/** Keeps the user's wording of a request's reply (`null`: back to the policy's draft). */
export function saveReplyEdit(db: Db, requestKey: string, reply: string | null, now = new Date()): void {
  if (reply === null) db.prepare('DELETE FROM triage_reply_edits WHERE request_key = ?').run(requestKey);
  else
    db.prepare(
      `INSERT INTO triage_reply_edits (request_key, reply, edited_at) VALUES (?, ?, ?)
       ON CONFLICT (request_key) DO UPDATE SET reply = excluded.reply, edited_at = excluded.edited_at`,
    ).run(requestKey, reply, now.toISOString());
}

/** The user's edited replies, by request key. */
export function loadReplyEdits(db: Db): Map<string, string> {
  const rows = db.prepare('SELECT request_key, reply FROM triage_reply_edits').all() as {
    request_key: string;
    reply: string;
  }[];
  return new Map(rows.map((row) => [row.request_key, row.reply]));
}
