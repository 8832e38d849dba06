import type { ProfileCheck } from '../profile/check.js';
import type { Db } from './db.js';

/** Keeps a run's profile check; only the latest is read back, older ones go with their runs. */
export function saveProfileCheck(db: Db, runId: number, check: ProfileCheck): void {
  db.prepare(
    `INSERT INTO profile_checks (run_id, check_json) VALUES (?, ?)
     ON CONFLICT (run_id) DO UPDATE SET check_json = excluded.check_json`,
  ).run(runId, JSON.stringify(check));
}

/** The profile check of the latest run that made one, or null before any. */
export function latestProfileCheck(db: Db): ProfileCheck | null {
  const row = db.prepare('SELECT check_json FROM profile_checks ORDER BY run_id DESC LIMIT 1').get() as
    { check_json: string } | undefined;
  return row ? (JSON.parse(row.check_json) as ProfileCheck) : null;
}
