import type { Problem } from '../source/types.js';
import type { Db } from './db.js';

export function startRun(db: Db, command: string, inputs: readonly string[], now: Date): number {
  const result = db
    .prepare('INSERT INTO runs (command, started_at, inputs) VALUES (?, ?, ?)')
    .run(command, now.toISOString(), JSON.stringify(inputs));
  return Number(result.lastInsertRowid);
}

export function finishRun(
  db: Db,
  runId: number,
  outcome: { itemsRead: number; findings: number; problems: readonly Problem[] },
): void {
  db.prepare('UPDATE runs SET finished_at = ?, items_read = ?, findings = ?, problems = ? WHERE id = ?').run(
    new Date().toISOString(),
    outcome.itemsRead,
    outcome.findings,
    JSON.stringify(outcome.problems),
    runId,
  );
}

export interface RunRecord {
  id: number;
  command: string;
  startedAt: string;
  finishedAt: string | null;
  inputs: string[];
  itemsRead: number;
  findings: number;
  problems: Problem[];
}

export function latestRun(db: Db, command = 'audit'): RunRecord | undefined {
  const row = db
    .prepare('SELECT * FROM runs WHERE command = ? AND finished_at IS NOT NULL ORDER BY id DESC LIMIT 1')
    .get(command) as
    | {
        id: number;
        command: string;
        started_at: string;
        finished_at: string | null;
        inputs: string;
        items_read: number;
        findings: number;
        problems: string;
      }
    | undefined;
  if (!row) return undefined;
  return {
    id: row.id,
    command: row.command,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    inputs: JSON.parse(row.inputs) as string[],
    itemsRead: row.items_read,
    findings: row.findings,
    problems: JSON.parse(row.problems) as Problem[],
  };
}
