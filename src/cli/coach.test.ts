import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../store/db.js';
import { addContact, logContact } from '../tracker/index.js';
import { Command } from 'commander';
import { createColors } from 'picocolors';
import { explainText, lineCol, registerCoach, runCoach } from './coach.js';
import { UsageError } from './exit.js';
import { followUpsText } from './followups.js';
import { dueFollowUps } from '../tracker/index.js';

const dir = mkdtempSync(join(tmpdir(), 'decorum-coach-'));
const noDb = join(dir, 'absent.db');
const buf = (s: string) => Buffer.from(s, 'utf8');

describe('decorum coach', () => {
  it('prints findings with line:col spans, suggestions and the score; exit 1 on an error', async () => {
    const out = await runCoach(buf('Hi Ana,\nare you hiring?'), {
      platform: 'linkedin',
      kind: 'first_message',
      db: noDb,
    });
    expect(out.exitCode).toBe(1);
    expect(out.stdout).toMatch(
      /^2:1-2:16 +error +"are you hiring\?" +Asks whether they are hiring in a first contact +job-ask-first-contact$/m,
    );
    expect(out.stdout).toMatch(
      /→ replace with "would you be open to a 15-minute call about how you got into your role\?" \(Ask about their work instead/,
    );
    // Not a terminal here: no escape codes at all.
    expect(out.stdout).not.toMatch(/\u001b/);
    expect(out.stdout).toMatch(/^Score \d+\/100/m);
    expect(out.stdout).not.toMatch(/Checked as/);
    const guessed = await runCoach(buf('Subject: Caching\n\nHi Ana, your talk helped. Could I ask a question?'), {
      db: noDb,
    });
    expect(guessed.stdout).toMatch(/^Checked as: email /m);
  });

  it('quotes the words of a hostile draft without passing on its control characters', async () => {
    const out = await runCoach(buf('Hi Ana, \u001b[31mI am desperate\u202e for work.'), {
      platform: 'linkedin',
      kind: 'first_message',
      db: noDb,
    });
    expect(out.stdout).toMatch(/"desperate" +Sounds desperate/);
    expect(out.stdout).not.toMatch(/[\u001b\u202e]/);
  });

  it('--fix prints the improved draft and reports on stderr; --write writes it elsewhere, never over the input', async () => {
    const draft = "Hi Ana, my rent is due. I've attached my CV. Could I ask about your caching talk?";
    const flags = { platform: 'linkedin', kind: 'first_message', db: noDb, fix: true };
    const out = await runCoach(buf(draft), flags);
    expect(out.stdout).toBe('Hi Ana, happy to send my résumé if it would help. Could I ask about your caching talk?');
    expect(out.stderr.join('\n')).toMatch(
      /applied 2 rewrite\(s\): needy-or-apologetic, unsolicited-resume; score \d+ → \d+/,
    );
    expect(out.exitCode).toBe(0);
    const target = join(dir, 'better.txt');
    const written = await runCoach(buf(draft), { ...flags, write: target });
    expect(written.stdout).toBe('');
    expect(readFileSync(target, 'utf8')).toBe(out.stdout);
    const input = join(dir, 'draft.txt');
    writeFileSync(input, draft);
    const program = new Command().exitOverride();
    registerCoach(program);
    await expect(
      program.parseAsync(['coach', input, '--fix', '--write', input, '--db', noDb], { from: 'user' }),
    ).rejects.toThrow(/would overwrite the input/);
    expect(readFileSync(input, 'utf8')).toBe(draft);
  });

  it('--explain shows why the rule matters and its before/after, from meta.docs', () => {
    const text = explainText('followup-pushy', createColors(false));
    expect(text).toMatch(/^followup-pushy \(error\) — Pressure, impatience or blame/);
    expect(text).toMatch(/Why it matters\n {2}Impatience and blame/);
    expect(text).toMatch(/Before \(--platform linkedin --kind follow_up\)\n {2}Hi Ana, I still haven't heard back\./);
    expect(text).toMatch(/"I still haven't heard back\." +Blames them/);
    expect(text).toMatch(/After \(--platform linkedin --kind follow_up\)\n {2}Hi Ana, I know things get busy/);
    expect(() => explainText('no-such-rule')).toThrow(/no coach rule 'no-such-rule'; the rules are: all-caps/);
  });

  it('prints exactly the --json contract', async () => {
    const out = await runCoach(buf('Hi Ana, your talk on caching helped me. Could I ask one question? Thanks!'), {
      platform: 'linkedin',
      kind: 'first_message',
      json: true,
      db: noDb,
    });
    expect(out.exitCode).toBe(0);
    const json = JSON.parse(out.stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['score', 'findings', 'skipped']);
    expect(typeof json.score).toBe('number');
    for (const finding of json.findings as Record<string, unknown>[])
      expect(Object.keys(finding)).toEqual(['ruleId', 'severity', 'message', 'start', 'end', 'suggestion']);
  });

  it('refuses unknown platforms and kinds with the valid ones listed', async () => {
    await expect(runCoach(buf('Hi'), { platform: 'myspace', db: noDb })).rejects.toThrow(UsageError);
    await expect(runCoach(buf('Hi'), { kind: 'letter', db: noDb })).rejects.toThrow(/connection_note, first_message/);
  });

  it('exits 3 on empty or binary input', async () => {
    expect((await runCoach(buf(''), { db: noDb })).exitCode).toBe(3);
    expect((await runCoach(Buffer.from([0x50, 0x4b, 0, 1, 2]), { db: noDb })).exitCode).toBe(3);
  });

  it("uses a tracked contact's history when --to names them", async () => {
    const db = join(dir, 'tracked.db');
    const store = openStore(db);
    const ana = addContact(store, { name: 'Ana Ruiz' });
    logContact(store, ana.id, { direction: 'sent', channel: 'linkedin', at: '2026-03-01T10:00:00Z' });
    logContact(store, ana.id, { direction: 'sent', channel: 'linkedin', at: '2026-03-09T10:00:00Z' });
    expect(followUpsText(dueFollowUps(store, new Date('2026-03-20T10:00:00Z')))).toMatch(/Stop chasing:\n {2}Ana Ruiz/);
    store.close();
    const flags = { platform: 'linkedin', kind: 'follow_up', db, asOf: '2026-03-20T10:00:00Z', json: true };
    const out = await runCoach(buf('Hi Ana, I tried your caching tip and it worked. Could I ask one more question?'), {
      ...flags,
      to: 'ana ruiz',
    });
    const ids = (JSON.parse(out.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId);
    expect(ids).toContain('followup-too-many');
    const stranger = await runCoach(
      buf('Hi Ana, I tried your caching tip and it worked. Could I ask one more question?'),
      { ...flags, to: 'Bo Chen' },
    );
    expect(stranger.stderr.join(' ')).toMatch(/not a tracked contact/);
  });

  it('gives 1-based line and column', () => {
    expect(lineCol('ab\ncd', 0)).toBe('1:1');
    expect(lineCol('ab\ncd', 4)).toBe('2:2');
  });
});

describe('decorum contacts and followups output', () => {
  it('lists contacts as a table and says when there are none', async () => {
    const { contactsTable } = await import('./contacts.js');
    const { listContacts } = await import('../tracker/index.js');
    const store = openStore(':memory:');
    expect(contactsTable(listContacts(store))).toMatch(/No contacts yet/);
    const ana = addContact(store, { name: 'Ana Ruiz', company: 'Contoso' });
    logContact(store, ana.id, { direction: 'sent', channel: 'email', at: '2026-03-01T10:00:00Z' });
    const table = contactsTable(listContacts(store, new Date('2026-03-03T10:00:00Z')));
    expect(table.split('\n')[0]).toMatch(/^id +name +company +msgs +last +follow-up$/);
    expect(table).toMatch(/Ana Ruiz +Contoso +1 +2026-03-01 +not-yet/);
  });

  it('parses dates and refuses nonsense', async () => {
    const { parseDate } = await import('./contacts.js');
    expect(parseDate('--date', '2026-03-01').toISOString()).toBe('2026-03-01T12:00:00.000Z');
    expect(() => parseDate('--date', 'yesterday')).toThrow(UsageError);
  });
});
