import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readmeCommands } from './commands.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** Commands a test run cannot or need not repeat: installing, the dev scripts (CI runs them), a server that stays up. */
const NOT_RUN: readonly RegExp[] = [/^npm (?!ci &&)/, /^\.\/bin\/decorum serve\b/];

/** The coach exits 1 when it finds an error-level problem, which is what its examples show. */
const allowedExit = (command: string): number[] => (/\bcoach\b/.test(command) ? [0, 1] : [0]);

let dir: string;

beforeAll(() => {
  // A fresh clone's working folder: the bundled samples, and ./bin/decorum running the sources.
  dir = mkdtempSync(join(tmpdir(), 'decorum-readme-'));
  symlinkSync(join(ROOT, 'samples'), join(dir, 'samples'));
  mkdirSync(join(dir, 'bin'));
  const shim = join(dir, 'bin', 'decorum');
  writeFileSync(
    shim,
    `#!/bin/sh\nexec "${process.execPath}" --import "${join(ROOT, 'node_modules/tsx/dist/loader.mjs')}" "${join(ROOT, 'src/cli/main.ts')}" "$@"\n`,
  );
  chmodSync(shim, 0o755);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the README', () => {
  const commands = readmeCommands(README);

  it('calls decorum the same way everywhere: ./bin/decorum (decorum is not on PATH after npm ci)', () => {
    expect(commands.length).toBeGreaterThan(20);
    const bare = commands.filter((entry) => /(^|&&\s*|\|\s*)(npx )?decorum\b/.test(entry.command));
    expect(bare.map((entry) => `README.md:${entry.line}: ${entry.command}`)).toEqual([]);
  });

  it('runs every command as written, in order, on a fresh clone', () => {
    const failures: string[] = [];
    for (const { line, command } of commands) {
      const runnable = command.replace(/^npm ci && /, '');
      if (NOT_RUN.some((pattern) => pattern.test(runnable))) continue;
      const run = spawnSync('bash', ['-c', runnable], {
        cwd: dir,
        encoding: 'utf8',
        input: '',
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
        timeout: 120_000,
      });
      if (!allowedExit(runnable).includes(run.status ?? -1))
        failures.push(
          `README.md:${line}: ${command}\n  exit ${run.status}: ${(run.stderr || run.stdout).trim().slice(0, 400)}`,
        );
    }
    expect(failures).toEqual([]);
  }, 600_000);
});
