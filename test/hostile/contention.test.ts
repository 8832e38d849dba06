/**
 * Issue #21 items 5 and 6: two processes on one store both finish; a store kept locked past the busy timeout is
 * exit 4 (not 3); killed runs are marked interrupted and a killed server's uploads removed on the next start; the
 * server's rough edges (port in use, bad port, malformed percent-encoding) fail cleanly.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema.js';
import { createServer } from '../../src/server/app.js';
import { openStore } from '../../src/store/db.js';
import { interruptedRuns } from '../../src/store/runs.js';
import { runCli } from '../cli.js';

const dir = mkdtempSync(join(tmpdir(), 'decorum-hostile-contention-'));
const MAIN = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
const SAMPLES = fileURLToPath(new URL('../../samples/', import.meta.url));
const inputs = ['x-archive.zip', 'linkedin-export.zip', 'facebook-export-part1.zip'].map((name) => join(SAMPLES, name));

function cliAsync(args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

/** The id of a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('two processes, one store', () => {
  it('two audits at once on the same store both succeed', async () => {
    const db = join(dir, 'shared.db');
    const runs = await Promise.all([0, 1, 2].map(() => cliAsync(['audit', ...inputs, '--db', db, '--no-photos'])));
    for (const run of runs) expect(run.status, run.stderr).toBe(0);
  });

  it('a store locked past the busy timeout is exit 4 with its own message', () => {
    const db = join(dir, 'locked.db');
    openStore(db).close();
    const holder = new Database(db);
    holder.exec("BEGIN IMMEDIATE; INSERT INTO runs (command, started_at, inputs) VALUES ('x', 'now', '[]')");
    try {
      const run = runCli(['audit', inputs[0] as string, '--db', db, '--no-photos'], {
        env: { DECORUM_BUSY_TIMEOUT_MS: '500' },
      });
      expect(run.status).toBe(4);
      expect(run.stderr).toMatch(/^decorum: the store is busy: another Decorum command .* over 0\.5 s/);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  });

  it('a run whose process was killed is marked interrupted on the next start', () => {
    const db = join(dir, 'killed.db');
    const store = openStore(db);
    const runId = Number(
      store
        .prepare("INSERT INTO runs (command, started_at, inputs) VALUES ('audit', '2026-01-01T00:00:00Z', '[]')")
        .run().lastInsertRowid,
    );
    store.prepare('INSERT INTO run_processes (run_id, pid, host) VALUES (?, ?, ?)').run(runId, deadPid(), hostname());
    store.close();
    const run = runCli(['audit', inputs[0] as string, '--db', db, '--no-photos']);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('an earlier audit (started 2026-01-01T00:00:00Z) was stopped before it finished');
    const reopened = openStore(db);
    expect(interruptedRuns(reopened).map((r) => r.id)).toEqual([runId]);
    reopened.close();
  });
});

describe('the server', () => {
  it("removes a killed server's upload folder on start, and keeps live ones", () => {
    const stale = join(tmpdir(), `decorum-uploads-${deadPid()}-test`);
    mkdirSync(stale);
    writeFileSync(join(stale, 'x-archive.zip'), 'private export');
    const live = join(tmpdir(), `decorum-uploads-${process.ppid}-test`);
    mkdirSync(live, { recursive: true });
    const server = createServer({ dbPath: ':memory:', config: () => configSchema.parse({}), port: () => 4321 });
    server.close();
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(live)).toBe(true);
  });

  it('answers malformed percent-encoding with 400, not 500', async () => {
    const server = createServer({
      dbPath: ':memory:',
      config: () => configSchema.parse({}),
      port: () => 4322,
      webRoot: join(dir, 'no-web'),
    });
    const request = (path: string, cookie = '') =>
      server.app.fetch(new Request(`http://127.0.0.1:4322${path}`, { headers: { host: '127.0.0.1:4322', cookie } }));
    try {
      const login = await request(`/login?token=${server.sessions.pendingLoginToken}`);
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
      const response = await request('/%E0%A4%A', cookie);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: 'The address has malformed percent-encoding.' });
    } finally {
      server.close();
    }
  });

  it('--port 99999 is a usage error', () => {
    const run = runCli(['serve', '--port', '99999', '--db', join(dir, 'serve.db')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("decorum: --port takes 0–65535 (0 picks a free one), not '99999'\n");
  });

  it('a port in use is one line and exit 2, not a stack trace', async () => {
    const blocker = createNetServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as AddressInfo).port;
    try {
      const run = runCli(['serve', '--port', String(port), '--db', join(dir, 'serve.db')]);
      expect(run.status).toBe(2);
      expect(run.stderr).toBe(
        `decorum: port ${port} is already in use (another decorum serve?); pick another with --port, or --port 0 for any free one\n`,
      );
    } finally {
      blocker.close();
    }
  });
});
