/**
 * Issue #21 items 3 and 4: every CSV is neutralised (OWASP), and no report or store is ever written over an input
 * or into an input folder; report files are replaced whole. Real CLI processes on generated exports.
 */
import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema.js';
import { createServer } from '../../src/server/app.js';
import { writeFolder, writeZip } from '../fixtures/samples/file-map.js';
import { linkedinExport } from '../fixtures/samples/linkedin.js';
import { buildXArchive, personaArchive } from '../fixtures/samples/x.js';
import { PAYLOADS, poisonExport } from '../fixtures/poison.js';
import { isActiveCell } from '../fuzz/invariants.js';
import { hashTree } from '../hash.js';
import { runCli } from '../cli.js';

const dir = mkdtempSync(join(tmpdir(), 'decorum-hostile-outputs-'));
const FORMULAS = [
  PAYLOADS.formula,
  PAYLOADS.tabFormula,
  PAYLOADS.crFormula,
  PAYLOADS.quotedFormula,
  PAYLOADS.spacedFormula,
  PAYLOADS.plusFormula,
  PAYLOADS.minusFormula,
];
let turn = 0;
// Each post starts with one of the formulas, so every spreadsheet cell of text is an attack.
const xZip = join(dir, 'x-archive.zip');
await writeZip(
  xZip,
  poisonExport(buildXArchive(personaArchive()), (text) => `${FORMULAS[turn++ % FORMULAS.length]}${text}`),
);
const linkedin = join(dir, 'linkedin');
writeFolder(linkedin, linkedinExport());
const NOW = '2026-03-01T12:00:00Z';
const audit = (...args: string[]) => runCli(['audit', '--no-photos', '--as-of', NOW, ...args]);

function expectInert(csv: string, numeric: readonly number[]): number {
  const rows = parse(csv, { relax_column_count: false }) as string[][];
  let cells = 0;
  for (const row of rows.slice(1))
    row.forEach((cell, column) => {
      if (numeric.includes(column)) return;
      cells++;
      expect(isActiveCell(cell), `row ${row.join(' | ')}`).toBe(false);
    });
  return cells;
}

describe('CSV outputs follow OWASP', () => {
  const db = join(dir, 'csv.db');
  const csvFile = join(dir, 'findings.csv');

  it('audit --csv FILE writes every flagged item with its text cells neutralised', () => {
    const run = audit(xZip, '--db', db, '--csv', csvFile);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Spreadsheet: ${csvFile}`);
    const csv = readFileSync(csvFile, 'utf8');
    expect(csv.split('\r\n')[0]).toBe(
      'priority,severity,categories,platform,kind,date,audience,action,reasons,text,url,file,media',
    );
    expect(expectInert(csv, [0])).toBeGreaterThan(100);
    expect(csv).toContain(`"'␍=1+1`); // the CR formula, neutralised and its CR made visible
  });

  it("the web app's CSV download is the same writer", async () => {
    const server = createServer({
      dbPath: db,
      config: () => configSchema.parse({}),
      port: () => 4319,
      webRoot: join(dir, 'no-web'),
      samplePaths: () => [],
    });
    const request = (path: string, cookie = '') =>
      server.app.fetch(new Request(`http://127.0.0.1:4319${path}`, { headers: { host: '127.0.0.1:4319', cookie } }));
    try {
      const login = await request(`/login?token=${server.sessions.pendingLoginToken}`);
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
      const response = await request('/api/audit/findings.csv', cookie);
      expect(response.status).toBe(200);
      const csv = await response.text();
      const sorted = (text: string) => (parse(text) as string[][]).map((row) => row.join('\u0000')).sort();
      expect(csv.startsWith(readFileSync(csvFile, 'utf8').split('\r\n')[0] as string)).toBe(true);
      expect(sorted(csv)).toEqual(sorted(readFileSync(csvFile, 'utf8')));
      expect(expectInert(csv, [0])).toBeGreaterThan(100);
    } finally {
      server.close();
    }
  });

  it('triage --csv neutralises names and messages', () => {
    const poisoned = join(dir, 'linkedin-formulas');
    writeFolder(
      poisoned,
      poisonExport(linkedinExport(), (text, where) => (where.endsWith(':0') ? `"=${text}` : text)),
    );
    const triageDb = join(dir, 'triage.db');
    const run = runCli(['triage', poisoned, '--db', triageDb, '--csv', '--all']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`"'""=`);
    expect(expectInert(run.stdout, [])).toBeGreaterThan(20);
  });
});

describe('inputs are never overwritten', () => {
  const refused = (args: string[], input: string, message: RegExp) => {
    const before = hashTree(input);
    const db = join(dir, `refused-${turn++}.db`);
    const run = audit(...args, ...(args.includes('--db') ? [] : ['--db', db]));
    expect(run.status, run.stderr).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(hashTree(input)).toBe(before);
    expect(existsSync(db)).toBe(false); // refused before any work: not even the store was created
  };

  it('refuses --html naming the input zip', () => {
    refused([xZip, '--html', xZip], xZip, /^decorum: --html: .*x-archive\.zip is one of the inputs/);
  });

  it('refuses --csv inside an input folder', () => {
    refused([linkedin, '--csv', join(linkedin, 'findings.csv')], linkedin, /--csv: .* is inside the input folder/);
  });

  it('refuses --json FILE that is an input file reached through a symlink', () => {
    const link = join(dir, 'link-to-export.zip');
    symlinkSync(xZip, link);
    refused([xZip, '--json', link], xZip, /--json: .* is one of the inputs/);
  });

  it('refuses a hard link to an input', () => {
    const hard = join(dir, 'hard-link.html');
    linkSync(xZip, hard);
    refused([xZip, '--html', hard], xZip, /--html: .* is one of the inputs/);
  });

  it('refuses --db inside an input folder or on an input file', () => {
    refused([linkedin, '--db', join(linkedin, 'decorum.db')], linkedin, /--db: .* is inside the input folder/);
    refused([linkedin, '--db', join(linkedin, 'Connections.csv')], linkedin, /--db: .* is inside the input folder/);
    refused([xZip, '--db', xZip], xZip, /--db: .* is one of the inputs/);
  });

  it('a missing output folder is a clear usage error, not ENOENT', () => {
    const run = audit(xZip, '--db', join(dir, 'm.db'), '--html', join(dir, 'no-such-folder', 'report.html'));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^decorum: --html: the folder .*no-such-folder does not exist; create it first\n$/);
    expect(run.stderr).not.toContain('ENOENT');
  });

  it('a run that reads nothing leaves the earlier reports as they were, and no temporary files', () => {
    const out = join(dir, 'reports');
    mkdirSync(out);
    writeFileSync(join(out, 'report.html'), 'OLD REPORT');
    const notAZip = join(dir, 'not-a-zip.zip');
    writeFileSync(notAZip, 'this is not a zip');
    const run = audit(notAZip, '--db', join(dir, 'nothing.db'), '--html', join(out, 'report.html'));
    expect(run.status).toBe(3);
    expect(run.stdout).toContain('(not written: nothing could be read)');
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toBe('OLD REPORT');
    const good = audit(
      xZip,
      '--db',
      join(dir, 'good.db'),
      '--html',
      join(out, 'report.html'),
      '--json',
      join(out, 'r.json'),
    );
    expect(good.status).toBe(0);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toMatch(/^<!doctype html>/i);
    expect((JSON.parse(readFileSync(join(out, 'r.json'), 'utf8')) as { version: number }).version).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['r.json', 'report.html']);
  });
});
