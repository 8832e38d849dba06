/**
 * Issue #21 item 8: the README's audit (`decorum audit samples/x-archive.zip --html report.html`) with the network
 * cut off gives the same report as with it. `unshare -rn` (a network namespace with no interfaces) where the
 * system allows it, else a preload that makes every connect, DNS lookup and fetch throw.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The built CLI, as the README runs it (`npm ci` builds it; the photo workers need the built code).
const BIN = fileURLToPath(new URL('../../bin/decorum', import.meta.url));
const SAMPLE = fileURLToPath(new URL('../../samples/x-archive.zip', import.meta.url));
const PRELOAD = fileURLToPath(new URL('../fixtures/no-network.mjs', import.meta.url));
const canUnshare = spawnSync('unshare', ['-rn', 'true']).status === 0;

function audit(cwd: string, offline: boolean) {
  const args = [BIN, 'audit', SAMPLE, '--html', 'report.html', '--as-of', '2026-03-01T12:00:00Z'];
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  const run = !offline
    ? spawnSync(process.execPath, args, { cwd, env, encoding: 'utf8' })
    : canUnshare
      ? spawnSync('unshare', ['-rn', process.execPath, ...args], { cwd, env, encoding: 'utf8' })
      : spawnSync(process.execPath, ['--import', PRELOAD, ...args], { cwd, env, encoding: 'utf8' });
  return { ...run, html: readFileSync(join(cwd, 'report.html'), 'utf8') };
}

describe(`the README's audit with the network cut off (${canUnshare ? 'unshare -rn' : 'no-network preload'})`, () => {
  it('gives the same terminal summary and the same report', () => {
    const online = audit(mkdtempSync(join(tmpdir(), 'decorum-online-')), false);
    const offline = audit(mkdtempSync(join(tmpdir(), 'decorum-offline-')), true);
    expect(offline.status, offline.stderr).toBe(0);
    expect(offline.stderr).not.toContain('network access attempted');
    expect(offline.stdout).toBe(online.stdout);
    expect(offline.html).toBe(online.html);
    expect(offline.stdout).toMatch(/^Read \d+ items from .*x-archive\.zip/);
  }, 300_000);
});
