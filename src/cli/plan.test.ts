import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildXArchive, NEWER_REMOVED, personaArchive, personaNewerArchive } from '../../test/fixtures/samples/x.js';
import { writeZip } from '../../test/fixtures/samples/file-map.js';
import { runCli } from '../../test/cli.js';
import { planReportSchema, type PlanReport } from '../report/plan-json.js';

/** The loop as a user runs it, one process per command: audit → plan → done → newer export → gone → record. */
let dir: string;
let db: string;
const plan = (...args: string[]): PlanReport => {
  const run = runCli(['plan', '--json', '--db', db, ...args]);
  expect(run.status, run.stderr).toBe(0);
  return planReportSchema.parse(JSON.parse(run.stdout));
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'decorum-plan-cli-'));
  db = join(dir, 'decorum.db');
  await writeZip(join(dir, 'x.zip'), buildXArchive(personaArchive()), 'twitter-2026-01-12-alexmorgan_dev/');
  await writeZip(join(dir, 'x-newer.zip'), buildXArchive(personaNewerArchive()), 'twitter-2026-03-02-alexmorgan_dev/');
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('decorum plan, end to end', () => {
  it('marks, proves with a newer export, and writes the record and the hand-off', () => {
    expect(runCli(['audit', join(dir, 'x.zip'), '--no-photos', '--db', db]).status).toBe(0);
    const first = plan();
    const listed = runCli(['plan', '--db', db]);
    expect(listed.stdout).toMatch(/\[[█░]{30}\] \d+%/);
    expect(listed.stdout).toContain('X · Delete');
    const done = first.items
      .filter((item) => item.status === 'left' && item.planAction === 'delete')
      .map((item) => item.ref);
    const mark = runCli(['plan', 'done', ...done, '--db', db]);
    expect(mark.status, mark.stderr).toBe(0);
    expect(mark.stdout).toContain(`Marked done: ${done.length} items`);
    expect(plan().progress.done).toBe(done.length);

    expect(runCli(['audit', join(dir, 'x-newer.zip'), '--no-photos', '--db', db]).status).toBe(0);
    const after = plan('--report', join(dir, 'record.html'), '--export-x', join(dir, 'handoff'));
    const byRef = new Map(after.items.map((item) => [item.ref, item]));
    const statuses = done.map((ref) => byRef.get(ref)?.status);
    expect(statuses.filter((status) => status === 'gone')).toHaveLength(NEWER_REMOVED.tweets.length);
    expect(statuses.filter((status) => status === 'left')).toHaveLength(done.length - NEWER_REMOVED.tweets.length);
    expect(
      done.map((ref) => byRef.get(ref)?.note).filter((note) => note?.startsWith('marked done but still')),
    ).toHaveLength(done.length - NEWER_REMOVED.tweets.length);
    const record = readFileSync(join(dir, 'record.html'), 'utf8');
    expect(record).toMatch(/<title>Decorum clean-up record, \d{4}-\d\d-\d\d<\/title>/);
    expect(record).toContain(`Cleaned up (${after.progress.gone})`);
    const tweets = readFileSync(join(dir, 'handoff', 'tweets.js'), 'utf8');
    expect(tweets.startsWith('window.YTD.tweets.part0 = [')).toBe(true);
    for (const item of after.items.filter((entry) => entry.status === 'gone'))
      expect(tweets).not.toContain(item.itemId);
    expect(existsSync(join(dir, 'handoff', 'plan.csv'))).toBe(true);
  }, 300_000);
});
