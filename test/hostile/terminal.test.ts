/**
 * Issue #21 item 2: an export's strings reach the terminal. Every string of the sample X and LinkedIn exports
 * carries every payload (clear screen, window title, a forged OSC 8 link, C1 CSI, bidi overrides, backspaces, CR),
 * plus a zip entry name and a broken file that put ESC into problem messages. Each command a user runs on them
 * must print no control character raw, and keep emoji and every script.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFolder, writeZip } from '../fixtures/samples/file-map.js';
import { linkedinExport } from '../fixtures/samples/linkedin.js';
import { buildXArchive, personaArchive } from '../fixtures/samples/x.js';
import { ALL_PAYLOADS, PAYLOADS, poisonExport } from '../fixtures/poison.js';
import { RAW_CONTROL } from '../fuzz/invariants.js';
import { runCli, type CliRun } from '../cli.js';

const dir = mkdtempSync(join(tmpdir(), 'decorum-hostile-terminal-'));
const poison = (text: string) => `${text} ${ALL_PAYLOADS}`;
const xFiles = poisonExport(buildXArchive(personaArchive()), poison);
xFiles['data/like.js'] = `window.YTD.like.part0 = [${PAYLOADS.windowTitle} {`;
xFiles[`data/tweets-part7${PAYLOADS.clearScreen}.js`] = 'window.YTD.tweets.part7 = [';
xFiles[`data/tweets-part8${PAYLOADS.bidiOverride}.js`] = 'window.YTD.tweets.part8 = [';
const xZip = join(dir, 'x-archive.zip');
await writeZip(xZip, xFiles);
const linkedin = join(dir, 'linkedin');
// LinkedIn CSVs with many control characters are skipped as binary: one payload in each first column.
writeFolder(
  linkedin,
  poisonExport(linkedinExport(), (text, where) =>
    where.endsWith(':0') || where.startsWith('messages.csv') ? `${text}${PAYLOADS.clearScreen}` : text,
  ),
);
const db = join(dir, 'decorum.db');
const NOW = '2026-03-01T12:00:00Z';

function expectSafe(run: CliRun): void {
  const raw = RAW_CONTROL.exec(run.stdout + run.stderr);
  expect(raw, `raw U+${raw?.[0].codePointAt(0)?.toString(16)} in:\n${run.stdout}${run.stderr}`).toBeNull();
}

describe('hostile strings on the terminal', () => {
  it('audit: posts, problem messages and entry names show their control characters as visible stand-ins', () => {
    const run = runCli(['audit', xZip, '--db', db, '--no-photos', '--as-of', NOW, '--top', '50']);
    expect(run.status).toBe(0);
    expectSafe(run);
    expect(run.stdout).toContain(']0;owned'); // the window title, shown instead of obeyed
    expect(run.stdout).toContain('<U+202E>'); // the bidi override, spelled out
    expect(run.stdout).toMatch(/data\/like\.js: not valid JSON.*␛/); // the problem message quotes the file
    expect(run.stdout).toContain('tweets-part7␛[2J␛[H.js'); // the entry name
    expect(run.stdout).toContain('🥃'); // emoji kept
  });

  it('audit in colour keeps its own colours and nothing else', () => {
    const run = runCli(['audit', xZip, '--db', db, '--no-photos', '--as-of', NOW], { env: { FORCE_COLOR: '1' } });
    expect(run.stdout).toContain('\u001b[1m'); // bold headline: colours are on
    const withoutOwnColours = run.stdout.replace(/\u001b\[\d+m/g, '');
    expect(RAW_CONTROL.exec(withoutOwnColours)).toBeNull();
  });

  it('audit --json keeps every character, escaped, and parses to the original text', () => {
    const run = runCli(['audit', xZip, '--db', db, '--no-photos', '--as-of', NOW, '--json']);
    expectSafe(run);
    const report = JSON.parse(run.stdout) as { findings: { text?: string; reason: string }[] };
    expect(run.stdout).toContain('\\u202e');
    expect(run.stdout).toContain('\\u009b');
    expect(JSON.stringify(report)).toContain(PAYLOADS.bidiOverride);
  });

  it('triage, network, contacts and followups print names and messages safely, in every script', () => {
    expectSafe(runCli(['audit', linkedin, '--db', db, '--no-photos', '--as-of', NOW]));
    const triage = runCli(['triage', '--db', db, '--all']);
    expectSafe(triage);
    expect(triage.stdout).toContain('李伟');
    expect(triage.stdout).toContain('␛[2J');
    const network = runCli(['network', '--db', db, '--as-of', NOW]);
    expectSafe(network);
    expect(network.stdout).toContain('Contoso');
    const company = runCli(['network', '--db', db, '--as-of', NOW, '--company', `Contoso${PAYLOADS.clearScreen}`]);
    expectSafe(company);
    expect(company.stdout).toContain('Contoso␛[2J');
    expectSafe(runCli(['contacts', 'import', '--db', db]));
    const added = runCli([
      'contacts',
      'add',
      `Ana${PAYLOADS.clearScreen}`,
      '--company',
      `Fabrikam${PAYLOADS.bidiOverride}`,
      '--db',
      db,
    ]);
    expectSafe(added);
    expect(added.stdout).toContain('Tracking Ana␛[2J␛[H');
    const contacts = runCli(['contacts', 'list', '--db', db, '--as-of', NOW]);
    expectSafe(contacts);
    expect(contacts.stdout).toContain('Fabrikaminvoice<U+202E>gpj.exe');
    expectSafe(runCli(['followups', '--db', db, '--as-of', NOW]));
  });

  it('coach shows a hostile draft and recipient safely', () => {
    // The greeting names someone else, so the name-mismatch fix quotes the recipient given with --to.
    const run = runCli(['coach', '-', '--to', `Bob${PAYLOADS.windowTitle}`, '--kind', 'connection_note'], {
      input: `Hi Tom${PAYLOADS.clearScreen}, is your company hiring? ${ALL_PAYLOADS}`,
    });
    expectSafe(run);
    expect(run.stdout).toContain('name-mismatch');
    expect(run.stdout).toContain('Bob␛]0;owned␇');
  });

  it('usage errors quote the hostile value safely', () => {
    const bad = join(dir, `missing${PAYLOADS.windowTitle}.txt`);
    writeFileSync(join(dir, 'placeholder'), '');
    const run = runCli(['coach', bad]);
    expect(run.status).toBe(2);
    expectSafe(run);
    expect(run.stderr).toContain('missing␛]0;owned␇.txt');
  });
});
