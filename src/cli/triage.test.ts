/**
 * `decorum triage` end to end on the generated sample exports of the persona (test/fixtures/samples/: Facebook, LinkedIn,
 * Instagram), read through the real importers and the audit pipeline's import, with a policy written by `init`.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../coach/index.js';
import { ConfigError } from '../config/load.js';
import { facebookExportFiles } from '../../test/fixtures/samples/facebook.js';
import { writeFolder } from '../../test/fixtures/samples/file-map.js';
import { instagramExportFiles } from '../../test/fixtures/samples/instagram.js';
import { linkedinExport } from '../../test/fixtures/samples/linkedin.js';
import { PERSONA } from '../../test/fixtures/samples/persona.js';
import { openStore } from '../store/db.js';
import type { TriageJsonRequest } from '../triage/index.js';
import { UsageError } from './exit.js';
import { askPolicy, labelPerson, runTriage, writePolicy } from './triage.js';

const dir = mkdtempSync(join(tmpdir(), 'decorum-triage-'));
const facebook = join(dir, 'facebook');
const linkedin = join(dir, 'linkedin');
const instagram = join(dir, 'instagram');
writeFolder(facebook, await facebookExportFiles({ withoutMedia: true }));
writeFolder(linkedin, linkedinExport());
writeFolder(instagram, await instagramExportFiles());
const config = join(dir, 'decorum.config.json');
writePolicy(
  config,
  { signature: 'Alex', profileUrls: { linkedin: PERSONA.linkedinUrl }, redirectWork: true, ignoreStrangers: true },
  false,
);
const NOW = new Date('2026-03-01T12:00:00Z');

async function json(db: string, inputs: string[] = [], all = false): Promise<TriageJsonRequest[]> {
  const output = await runTriage(inputs, { db, config, json: true, all }, NOW);
  expect(output.exitCode).toBe(0);
  return (JSON.parse(output.stdout) as { requests: TriageJsonRequest[] }).requests;
}

const db = join(dir, 'decorum.db');
const first = await json(db, [facebook, linkedin, instagram]);
const find = (platform: string, name: string) => first.find((r) => r.platform === platform && r.name === name);

describe('decorum triage on the sample exports', () => {
  it.each([
    ['facebook', 'Jordan Lee', 'coworker', 'redirect'],
    ['facebook', 'Priya Raman', 'manager-or-report', 'redirect'],
    ['facebook', 'Sam O’Neil', 'coworker', 'redirect'],
    ['facebook', 'Taylor Brooks', 'recruiter', 'redirect'],
    ['facebook', 'Chris Novak', 'candidate', 'redirect'],
    ['facebook', 'Morgan Diaz', 'client-or-vendor', 'redirect'],
    ['instagram', 'taylorbrooks.recruits', 'recruiter', 'redirect'],
    ['linkedin', 'Chris Novak', 'candidate', 'accept'],
    ['linkedin', '李伟', 'unknown', 'review'],
    ['facebook', 'Zoë Ångström', 'unknown', 'ignore'],
    ['facebook', 'Dmitri Volkov', 'unknown', 'ignore'],
    ['linkedin', 'Dmitri Volkov', 'unknown', 'ignore'],
  ])('%s %s: %s → %s', (platform, name, relationship, decision) => {
    expect(find(platform, name)).toMatchObject({ relationship, decision });
    expect(find(platform, name)?.evidence.length).toBeGreaterThan(0);
  });

  it('shows the evidence with its source', () => {
    expect(find('facebook', 'Jordan Lee')?.evidence[0]).toBe(
      'Works at Contoso, your current employer — from LinkedIn connections',
    );
    expect(find('facebook', 'Sam O’Neil')?.evidence[0]).toContain('Works at Fabrikam, where you worked');
  });

  it('leaves out requests from people already connected there (a Facebook friend, old LinkedIn invitations)', () => {
    expect(find('facebook', 'Noor Haddad')).toBeUndefined();
    expect(find('linkedin', 'Jordan Lee')).toBeUndefined();
  });

  it('keeps the JSON contract and writes a coach-clean reply for every redirect, and only for them', () => {
    for (const request of first) {
      expect(Object.keys(request)).toEqual([
        'platform',
        'name',
        'receivedAt',
        'relationship',
        'evidence',
        'decision',
        'reason',
        'reply',
      ]);
      expect(request.reply === null).toBe(request.decision !== 'redirect');
      if (!request.reply) continue;
      expect(request.reply).toContain(PERSONA.linkedinUrl);
      const result = checkMessage(request.reply, {
        kind: 'redirect_reply',
        platform: request.platform,
        recipientName: request.name,
      });
      expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    }
    expect(new Set(first.filter((r) => r.reply).map((r) => r.reply)).size).toBe(first.filter((r) => r.reply).length);
  });

  it('the next run shows only what is new; --all shows everything; a label brings a person back', async () => {
    const again = await json(db);
    expect(again.map((r) => `${r.platform}:${r.name}`).sort()).toEqual(
      first
        .filter((r) => r.decision === 'review')
        .map((r) => `${r.platform}:${r.name}`)
        .sort(),
    );
    expect(await json(db, [], true)).toEqual(first);

    const store = openStore(db);
    labelPerson(store, 'Zoe Angstrom', 'friend', false);
    store.close();
    const labelled = await json(db);
    expect(labelled.map((r) => [r.platform, r.name, r.relationship, r.decision])).toEqual(
      expect.arrayContaining([
        ['facebook', 'Zoë Ångström', 'friend', 'accept'],
        ['linkedin', 'Zoë Ångström', 'friend', 'accept'],
        ['instagram', 'zoe.angstrom', 'friend', 'accept'],
      ]),
    );
  });

  it('prints a table grouped by decision, and CSV', async () => {
    const table = await runTriage([], { db, config, all: true }, NOW);
    const headings = table.stdout.split('\n').filter((line) => /^\S/.test(line));
    expect(
      headings.map((line) =>
        line
          .replace(/\x1b\[[0-9;]*m/g, '')
          .split(/[:(]/)[0]
          ?.trim(),
      ),
    ).toEqual(['Redirect', 'Review', 'Accept', 'Ignore']);
    expect(table.stdout).toContain('reply:');
    const csv = await runTriage([], { db, config, all: true, csv: true }, NOW);
    const lines = csv.stdout.split('\r\n');
    expect(lines[0]).toBe('platform,name,receivedAt,relationship,evidence,decision,reason,reply');
    expect(csv.stdout).toContain('Jordan Lee');
  });
});

describe('bad input', () => {
  it('a policy with a mistake names the key', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ triage: { rules: { recruiter: { facebook: 'decline' } } } }));
    const run = runTriage([], { db: join(dir, 'bad.db'), config: bad });
    await expect(run).rejects.toThrow(ConfigError);
    await expect(run).rejects.toThrow(/triage\.rules\.recruiter\.facebook/);
  });

  it('says so when there are no requests', async () => {
    const files = linkedinExport();
    delete files['Invitations.csv'];
    const noRequests = join(dir, 'linkedin-no-invitations');
    writeFolder(noRequests, files);
    const output = await runTriage([noRequests], { db: join(dir, 'none.db'), config, json: true });
    expect(output.exitCode).toBe(0);
    expect(JSON.parse(output.stdout)).toEqual({ requests: [] });
    expect(output.stderr.join('\n')).toMatch(/No incoming requests to triage.*Nothing in these exports/);
    const empty = await runTriage([], { db: join(dir, 'empty.db'), config });
    expect(empty.stderr.join('\n')).toMatch(/run decorum audit first/);
  });

  it('an unreadable input exits 3', async () => {
    const junk = join(dir, 'junk');
    writeFolder(junk, { 'notes.txt': 'hello' });
    const output = await runTriage([junk], { db: join(dir, 'junk.db'), config });
    expect(output.exitCode).toBe(3);
  });

  it('labels need a known class and a name with letters', () => {
    const store = openStore(join(dir, 'labels.db'));
    expect(() => labelPerson(store, 'Jordan Lee', 'bestie', false)).toThrow(UsageError);
    expect(() => labelPerson(store, '🚀', 'friend', false)).toThrow(UsageError);
    expect(labelPerson(store, 'Jordan Lee', 'colleague', false)).toContain('coworker');
    expect(labelPerson(store, 'jordan lee', undefined, true)).toContain('removed');
    store.close();
  });
});

describe('decorum triage init', () => {
  it('asks a few questions, re-asks a bad link, and writes a policy the config accepts', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    input.end(['Alex', 'linkedin.com/in/me', PERSONA.linkedinUrl, '', '', '', 'n', ''].join('\n'));
    const answers = await askPolicy(input, output);
    expect(answers).toEqual({
      signature: 'Alex',
      profileUrls: { linkedin: PERSONA.linkedinUrl },
      redirectWork: false,
      ignoreStrangers: true,
    });
    expect(String(output.read())).toContain('must be a full link');
    const file = join(dir, 'init.json');
    writeFileSync(file, JSON.stringify({ audit: { allowlist: ['Tipsy Cow'] } }));
    writePolicy(file, answers, false);
    const written = JSON.parse(readFileSync(file, 'utf8')) as {
      audit: unknown;
      triage: { $comment: string; rules: Record<string, Record<string, string>> };
    };
    expect(written.audit).toEqual({ allowlist: ['Tipsy Cow'] });
    expect(written.triage.rules.coworker?.facebook).toBe('review');
    expect(written.triage.$comment).toContain('//');
    expect(() => writePolicy(file, answers, false)).toThrow(/already has a triage section/);
    expect(() => writePolicy(file, answers, true)).not.toThrow();
  });
});
