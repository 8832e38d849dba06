import { hostname } from 'node:os';
import type { Problem } from '../source/types.js';
import type { Db } from './db.js';

export function startRun(db: Db, command: string, inputs: readonly string[], now: Date): number {
  return db.transaction(() => {
    const result = db
      .prepare('INSERT INTO runs (command, started_at, inputs) VALUES (?, ?, ?)')
      .run(command, now.toISOString(), JSON.stringify(inputs));
    const runId = Number(result.lastInsertRowid);
    db.prepare('INSERT INTO run_processes (run_id, pid, host) VALUES (?, ?, ?)').run(runId, process.pid, hostname());
    return runId;
  })();
}

/** Whether a process with this id runs on this machine. */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface InterruptedRun {
  id: number;
  command: string;
  startedAt: string;
}

/**
 * Marks the unfinished runs whose process is gone (killed, crashed, machine restarted) as interrupted, and returns
 * them. Runs of live processes on this machine, and runs started on other machines, are left alone.
 */
export function markInterruptedRuns(db: Db, now = new Date()): InterruptedRun[] {
  const open = db
    .prepare(
      `SELECT r.id, r.command, r.started_at AS startedAt, p.pid FROM runs r JOIN run_processes p ON p.run_id = r.id
       WHERE r.finished_at IS NULL AND p.interrupted_at IS NULL AND p.host = ?`,
    )
    .all(hostname()) as (InterruptedRun & { pid: number })[];
  const dead = open.filter((run) => run.pid !== process.pid && !isProcessAlive(run.pid));
  if (dead.length === 0) return [];
  const mark = db.prepare('UPDATE run_processes SET interrupted_at = ? WHERE run_id = ?');
  db.transaction(() => {
    for (const run of dead) mark.run(now.toISOString(), run.id);
  })();
  return dead.map(({ id, command, startedAt }) => ({ id, command, startedAt }));
}

/** Runs that a later start found interrupted, newest first. */
export function interruptedRuns(db: Db): InterruptedRun[] {
  return db
    .prepare(
      `SELECT r.id, r.command, r.started_at AS startedAt FROM runs r JOIN run_processes p ON p.run_id = r.id
       WHERE p.interrupted_at IS NOT NULL ORDER BY r.id DESC`,
    )
    .all() as InterruptedRun[];
}

export function finishRun(
  db: Db,
  runId: number,
  outcome: {
    itemsRead: number;
    findings: number;
    problems: readonly Problem[];
    /** An audit's: what it read, for an audit of the same inputs to re-use (src/audit/fingerprint.ts). */
    reusable?: { fingerprint: string; inputsRead: unknown };
  },
): void {
  db.transaction(() => {
    db.prepare(
      'UPDATE runs SET finished_at = ?, items_read = ?, findings = ?, problems = ?, fingerprint = ?, inputs_read = ? WHERE id = ?',
    ).run(
      new Date().toISOString(),
      outcome.itemsRead,
      outcome.findings,
      JSON.stringify(outcome.problems),
      outcome.reusable?.fingerprint ?? null,
      outcome.reusable ? JSON.stringify(outcome.reusable.inputsRead) : null,
      runId,
    );
    db.prepare('DELETE FROM run_processes WHERE run_id = ?').run(runId);
  })();
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
