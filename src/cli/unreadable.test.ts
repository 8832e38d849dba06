import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../test/cli.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'decorum-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('clear failures instead of empty results', () => {
  it('audit of a missing file writes no HTML report, says why and exits 3', () => {
    const report = join(dir, 'r.html');
    const run = runCli(['audit', join(dir, 'missing.zip'), '--html', report, '--db', join(dir, 'd.db')]);
    expect(run.status).toBe(3);
    expect(existsSync(report)).toBe(false);
    expect(run.stdout).toContain('missing.zip: does not exist or cannot be read');
    expect(run.stdout).toContain('(not written: nothing could be read)');
  });

  it('serve with a port above 65535 is a usage error (exit 2), before anything starts', () => {
    const run = runCli(['serve', '--port', '99999', '--db', join(dir, 'd.db')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("decorum: --port takes 0–65535 (0 picks a free one), not '99999'\n");
    expect(run.stdout).toBe('');
  });

  it('plan without a store says to audit first (exit 2)', () => {
    const run = runCli(['plan', '--db', join(dir, 'none.db')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/no store at .*none\.db: run `decorum audit <your exports>` first/);
  });
});
