import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { itemSchema, type Account, type Item, type Position } from '../../core/item.js';
import {
  linkedinExport,
  linkedinExport2021,
  linkedinSamples,
  LINKEDIN_SHARES,
  csv,
} from '../../../test/fixtures/samples/linkedin.js';
import type { FileMap } from '../../../test/fixtures/samples/file-map.js';
import { buildZip, declareSize, renameEntry } from '../../../test/fixtures/samples/hostile.js';
import { memorySource } from '../../../test/fixtures/memory-source.js';
import { openExport } from '../../source/open.js';
import { SourceError, type ExportSource, type Problem } from '../../source/types.js';
import { IMPORTERS } from '../index.js';
import { linkedinImporter } from './index.js';
import { parseLinkedInDate, parseMonthYear } from './dates.js';
import { htmlToText } from './text.js';

interface Imported {
  items: Item[];
  problems: Problem[];
  accounts: Account[];
  positions: Position[];
}

async function importSource(source: ExportSource): Promise<Imported> {
  const out: Imported = { items: [], problems: [], accounts: [], positions: [] };
  await linkedinImporter.import(source, {
    item: (item) => out.items.push(itemSchema.parse(item)),
    problem: (problem) => out.problems.push(problem),
    account: (account) => out.accounts.push(account),
    position: (position) => out.positions.push(position),
  });
  return out;
}

const importFiles = (files: FileMap): Promise<Imported> => importSource(memorySource(files));
const ofKind = (result: Imported, kind: Item['kind']): Item[] => result.items.filter((item) => item.kind === kind);
const problemFor = (result: Imported, file: string): string | undefined =>
  result.problems.find((problem) => problem.file === `memory/${file}`)?.message;

const dir = mkdtempSync(join(tmpdir(), 'decorum-linkedin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the 2026 sample export', async () => {
  const result = await importFiles(linkedinExport());

  it('reads the account, the profile and the positions (empty Finished On = current job)', () => {
    expect(result.accounts).toEqual([{ platform: 'linkedin', name: 'Alex Morgan' }]);
    const [profile] = ofKind(result, 'profile');
    expect(profile?.id).toBe('profile');
    expect(profile?.audience).toBe('public');
    expect(profile?.text).toMatch(/^Software Engineer at Contoso \| TypeScript, Node.js, Go\n\nI build backend/);
    expect(result.positions).toEqual([
      { platform: 'linkedin', company: 'Contoso Ltd.', title: 'Software Engineer', startedOn: '2022-03' },
      {
        platform: 'linkedin',
        company: 'Fabrikam, Inc.',
        title: 'Junior Developer',
        startedOn: '2019-06',
        finishedOn: '2022-02',
      },
      {
        platform: 'linkedin',
        company: 'Northwind Traders',
        title: 'IT Intern',
        startedOn: '2018-05',
        finishedOn: '2019-05',
      },
    ]);
  });

  it('finds the Connections header below the Notes preamble and maps every column', () => {
    const connections = ofKind(result, 'connection');
    expect(connections.map((c) => c.person?.name)).toEqual([
      'Priya Raman',
      'Jordan Lee',
      'Sam O’Neil',
      'Taylor Brooks',
      'Morgan Diaz',
      'Dana Whitfield',
      'Riley Chen',
      'Noor Haddad',
      'Pat Morgan',
    ]);
    const jordan = connections[1];
    expect(jordan?.person).toEqual({
      name: 'Jordan Lee',
      url: expect.stringMatching(/^https:\/\/www\.linkedin\.com\/in\/jordan-lee-/),
      email: 'jordan.lee@contoso.example',
      company: 'Contoso Ltd',
      position: 'Senior Software Engineer',
    });
    expect(jordan?.id).toBe(jordan?.person?.url);
    expect(jordan?.createdAt).toBe('2022-05-02T00:00:00.000Z');
    expect(jordan?.audience).toBe('private');
    expect(connections[0]?.person?.company).toBe('Contoso');
    expect(connections[6]?.person).toEqual({ name: 'Riley Chen', url: expect.any(String) });
  });

  it('skips hidden profiles and counts them in one problem', () => {
    expect(problemFor(result, 'Connections.csv')).toBe(
      '1 connection(s) have no name (LinkedIn exports only the date for members who hide their profile); skipped',
    );
  });

  it('reads invitations with direction, message and US dates', () => {
    const requests = ofKind(result, 'request');
    const incoming = requests.filter((r) => r.direction === 'incoming').map((r) => r.person?.name);
    expect(incoming).toEqual([
      'Jordan Lee',
      'Priya Raman',
      'Chris Novak',
      'Taylor Brooks',
      'Dmitri Volkov',
      '李伟',
      'Zoë Ångström',
    ]);
    const outgoing = requests.filter((r) => r.direction === 'outgoing');
    expect(outgoing.map((r) => r.person?.name)).toEqual(['Dana Whitfield', 'Dana Whitfield']);
    expect(new Set(requests.map((r) => r.id)).size).toBe(requests.length);
    const chris = requests.find((r) => r.person?.name === 'Chris Novak');
    expect(chris?.createdAt).toBe('2026-01-29T14:37:00.000Z');
    expect(chris?.text).toMatch(/^Hi Alex, I saw your talk/);
    expect(chris?.person?.url).toMatch(/chris-novak/);
    const taylor = requests.find((r) => r.person?.name === 'Taylor Brooks');
    expect(taylor?.text).toContain('\nI recruit for Tailspin Toys');
    expect(outgoing[0]?.person?.url).toMatch(/dana-whitfield/);
  });

  it('reads messages: HTML stripped, direction from the owner name, threads kept, drafts skipped', () => {
    const messages = ofKind(result, 'message');
    expect(messages).toHaveLength(7);
    expect(messages.every((m) => m.audience === 'private')).toBe(true);
    const first = messages[0];
    expect(first?.text).toBe(
      "Senior Backend Engineer – Tailspin Toys\n\nHi Alex,\nThanks for connecting! We're hiring a Senior Backend Engineer at Tailspin Toys & your Contoso work looks like a great fit.\nFree for a call this week?",
    );
    expect(first?.direction).toBe('incoming');
    expect(first?.person?.name).toBe('Taylor Brooks');
    expect(first?.createdAt).toBe('2026-01-06T09:12:44.000Z');
    const reply = messages[1];
    expect(reply?.direction).toBe('outgoing');
    expect(reply?.person).toEqual({ name: 'Taylor Brooks', url: expect.stringMatching(/taylor-brooks/) });
    expect(reply?.thread).toBe(first?.thread);
    expect(messages[2]?.text).toBe('Of course. Thursday 3pm PT works?\nTaylor');
    expect(messages.some((m) => m.text.includes('I should not vent'))).toBe(false);
    expect(messages.find((m) => m.text.startsWith('Honestly?'))?.text).toContain(
      '\nMiss the Fabrikam days, "move fast"',
    );
    expect(messages.filter((m) => m.createdAt?.startsWith('2019'))).toHaveLength(2);
    expect(problemFor(result, 'messages.csv')).toBeUndefined();
  });

  it('reads shares from Shares.csv and Shares_2.csv with audience, url, media and platform ids', () => {
    const posts = ofKind(result, 'post').filter((p) => p.locator.file.startsWith('Shares'));
    expect(posts).toHaveLength(6);
    const byText = (text: string): Item | undefined => posts.find((p) => p.text === text);
    expect(byText(LINKEDIN_SHARES.criticism)?.audience).toBe('public');
    expect(byText(LINKEDIN_SHARES.criticism)?.id).toBe('urn:li:ugcPost:7368530012345678901');
    const confidential = byText(LINKEDIN_SHARES.confidential);
    expect(confidential?.audience).toBe('connections');
    expect(confidential?.id).toBe('urn:li:share:7419301234567890123');
    expect(confidential?.url).toBe('https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7419301234567890123');
    expect(confidential?.createdAt).toBe('2026-01-20T12:00:00.000Z');
    expect(byText(LINKEDIN_SHARES.lessons)?.text).toContain('\n2. "It works on my machine"');
    expect(byText(LINKEDIN_SHARES.launch)?.media).toEqual([
      { path: null, type: 'photo', ref: expect.stringMatching(/^https:\/\/media\.licdn\.com\/dms\/image/) },
    ]);
    const meetup = byText(LINKEDIN_SHARES.meetup);
    expect(meetup?.audience).toBe('connections');
    expect(meetup?.media[0]?.type).toBe('video');
    expect(meetup?.locator.file).toBe('Shares_2.csv');
    expect(meetup?.locator.index).toBe(0);
    expect(byText(LINKEDIN_SHARES.older)?.audience).toBe('unknown');
  });

  it('reads published articles as public posts and skips drafts', () => {
    const articles = ofKind(result, 'post').filter((p) => p.locator.file.startsWith('Articles/'));
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({
      id: 'https://www.linkedin.com/pulse/lessons-from-migrating-payments-api-alex-morgan-7a1b2',
      url: 'https://www.linkedin.com/pulse/lessons-from-migrating-payments-api-alex-morgan-7a1b2',
      audience: 'public',
      createdAt: '2025-08-15T09:30:00.000Z',
      text:
        'Lessons from migrating a payments API\n\nLast quarter we moved the payments API at Contoso to a new queue. ' +
        'Here is what worked & what did not.\n• Shadow traffic first\n• Feature flags for every consumer',
    });
    expect(result.items.some((i) => i.text.includes('clueless'))).toBe(false);
  });

  it('reads comments from a suffixed file and reactions as likes', () => {
    const comments = ofKind(result, 'comment');
    expect(comments.map((c) => c.locator.file)).toEqual(['Comments_7301234.csv', 'Comments_7301234.csv']);
    expect(comments[0]?.id).toBe('urn:li:comment:(activity:7380000000000000011,7380000000000000099)');
    expect(comments[1]?.text).toBe(
      'Same here. Leadership at Contoso ignores every engineer who raises this,\nthen acts surprised when people quit.',
    );
    expect(comments.every((c) => c.audience === 'unknown')).toBe(true);
    const likes = ofKind(result, 'like');
    expect(likes.map((l) => l.id)).toEqual([
      'urn:li:activity:7380000000000000011',
      'urn:li:activity:7401000000000000012',
      'urn:li:ugcPost:7421000000000000013',
    ]);
    expect(likes.every((l) => l.audience === 'public' && l.url?.startsWith('https://www.linkedin.com/'))).toBe(true);
  });

  it('reports nothing else, and gives the same ids on a second import', async () => {
    expect(result.problems).toHaveLength(1);
    const again = await importFiles(linkedinExport());
    expect(again.items.map((i) => `${i.kind}:${i.id}`)).toEqual(result.items.map((i) => `${i.kind}:${i.id}`));
    const keys = result.items.map((i) => `${i.kind}:${i.id}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('the 2021 sample export (older headers)', async () => {
  const result = await importFiles(linkedinExport2021());

  it('reads Connections without the URL column, with derived stable ids', () => {
    const connections = ofKind(result, 'connection');
    expect(connections.map((c) => c.person)).toEqual([
      { name: 'Sam O’Neil', company: 'Fabrikam Inc.', position: 'Lead Developer' },
      { name: 'Riley Chen' },
      { name: 'Noor Haddad' },
    ]);
    expect(connections.every((c) => /^li-conn-[0-9a-f]{12}$/.test(c.id))).toBe(true);
  });

  it('reads invitations without profile URLs, messages without recipient URLs, shares without Visibility', () => {
    expect(ofKind(result, 'request')).toMatchObject([{ direction: 'incoming', person: { name: 'Noor Haddad' } }]);
    expect(ofKind(result, 'message').map((m) => m.direction)).toEqual(['incoming', 'outgoing']);
    expect(ofKind(result, 'post')).toMatchObject([{ audience: 'unknown', text: 'Two years at Fabrikam today!' }]);
    expect(result.positions[0]).toEqual({
      platform: 'linkedin',
      company: 'Fabrikam, Inc.',
      title: 'Junior Developer',
      startedOn: '2019-06',
    });
    expect(result.problems).toEqual([]);
  });
});

describe('samples on disk', () => {
  it('writes a zip and a folder that open, detect and import through the real archive layer', async () => {
    const written = await linkedinSamples.write(dir);
    expect(written).toEqual([join(dir, 'linkedin-export.zip'), join(dir, 'linkedin-export-2021')]);
    for (const input of written) {
      const source = await openExport(input, () => {});
      const ranked = IMPORTERS.map((importer) => ({
        platform: importer.platform,
        score: importer.detect(source),
      })).sort((a, b) => b.score - a.score);
      expect(ranked[0]?.platform).toBe('linkedin');
      expect(ranked[0]?.score).toBeGreaterThanOrEqual(0.9);
      const result = await importSource(source);
      expect(result.items.length).toBeGreaterThan(5);
      expect(result.items.every((item) => item.locator.input === input)).toBe(true);
      await source.close();
    }
  });

  it('writes the same bytes every run', async () => {
    const { readFileSync } = await import('node:fs');
    const a = join(dir, 'a');
    const b = join(dir, 'b');
    await linkedinSamples.write(a);
    await linkedinSamples.write(b);
    expect(readFileSync(join(a, 'linkedin-export.zip')).equals(readFileSync(join(b, 'linkedin-export.zip')))).toBe(
      true,
    );
  });
});

describe('hostile LinkedIn zips through the real archive layer', () => {
  it('reports a messages.csv that lies about its size and a zip-slip entry, and reads everything else', async () => {
    const files = linkedinExport();
    const entries = Object.keys(files)
      .sort()
      .map((name) => ({ name, data: files[name] as string }));
    let zip = await buildZip([
      ...entries,
      { name: 'zz/zz/Shares.csv', data: 'Date,ShareCommentary\n2025-01-01,evil\n' },
    ]);
    zip = renameEntry(zip, 'zz/zz/Shares.csv', '../../Shares.csv');
    zip = declareSize(zip, 'messages.csv', 100);
    const path = join(dir, 'hostile-linkedin.zip');
    writeFileSync(path, zip);
    const problems: Problem[] = [];
    const source = await openExport(path, (problem) => problems.push(problem));
    const result = await importSource(source);
    await source.close();
    expect(problems).toEqual([{ file: `${path}/../../Shares.csv`, message: expect.stringMatching(/climbs out/) }]);
    expect(result.problems).toContainEqual({
      file: `${path}/messages.csv`,
      message: expect.stringMatching(/inflates to more than the 100 bytes the archive declares/),
    });
    expect(ofKind(result, 'message')).toHaveLength(0);
    expect(ofKind(result, 'connection')).toHaveLength(9);
    expect(result.items.some((item) => item.text === 'evil')).toBe(false);
  });
});

describe('detection', () => {
  const score = (files: FileMap): number => linkedinImporter.detect(memorySource(files));
  it('scores by the files inside, allowing suffixes and a re-zipped folder', () => {
    expect(score(linkedinExport())).toBeGreaterThanOrEqual(0.9);
    expect(score({ 'Connections.csv': 'x', 'Invitations.csv': 'x' })).toBe(0.95);
    expect(score({ 'Shares_2.csv': 'x', 'messages.csv': 'x' })).toBe(0.8);
    expect(score({ 'Connections.csv': 'x' })).toBe(0.7);
    // Beside a top-level file, so the folder is not stepped into as a zip's single top folder is.
    const rezipped = {
      'outer/Connections.csv': 'x',
      'outer/Profile.csv': 'x',
      'outer/deeper/x.json': 'x',
      'notes.txt': 'x',
    };
    expect(score(rezipped)).toBeCloseTo(0.85);
    expect(score({ 'your_activity/posts_1.json': '[]', 'messages/inbox/a/message_1.json': '{}' })).toBe(0);
    expect(score({ 'Profile Summary.csv': 'x', 'notes.txt': 'x' })).toBe(0);
  });
});

describe('malformed files: never a throw, one problem per file naming it, the rest read', () => {
  const connectionsHeader = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n';
  const good = (rows: string): FileMap => ({ ...linkedinExport2021(), 'Connections.csv': connectionsHeader + rows });

  it('recovers from an unclosed quote, losing only that record', async () => {
    const result = await importFiles(
      good('Ann,Ames,,,Acme,Dev,01 Jan 2026\nBob,"Broken,,,Acme,Dev,02 Jan 2026\nCid,Cole,,,Acme,Dev,03 Jan 2026\n'),
    );
    expect(ofKind(result, 'connection').map((c) => c.person?.name)).toEqual(['Ann Ames', 'Cid Cole']);
    expect(problemFor(result, 'Connections.csv')).toBe('1 record(s) with an unclosed quote could not be read (line 3)');
    expect(ofKind(result, 'post')).toHaveLength(1);
  });

  it('reads rows with too many or too few columns as far as they go, and says so', async () => {
    const result = await importFiles(good('Ann,Ames,,,Acme,Dev,01 Jan 2026,extra\nBob,Bell\n'));
    expect(ofKind(result, 'connection').map((c) => c.person?.name)).toEqual(['Ann Ames', 'Bob Bell']);
    expect(problemFor(result, 'Connections.csv')).toBe(
      '2 row(s) have a different number of columns than the header (7); read as far as they go',
    );
  });

  it('names binary garbage, empty files and unknown layouts, and reads the other files', async () => {
    const garbage = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37 + 11) % 256));
    const result = await importFiles({
      ...linkedinExport2021(),
      'Connections.csv': garbage,
      'Invitations.csv': '',
      'messages.csv': 'id;sender;text\n1;a;b\n',
    });
    expect(problemFor(result, 'Connections.csv')).toMatch(/not a CSV text file \(it holds binary data\)/);
    expect(problemFor(result, 'Invitations.csv')).toBe('is empty');
    expect(problemFor(result, 'messages.csv')).toMatch(/no header row with the expected columns \(FROM, CONTENT\)/);
    expect(result.problems).toHaveLength(3);
    expect(ofKind(result, 'post')).toHaveLength(1);
    expect(result.accounts).toHaveLength(1);
  });

  it('detects UTF-16 and Latin-1 files, says so, and reads them', async () => {
    const text = connectionsHeader + 'Zoë,Ångström,,,Café Müller,Barista,01 Jan 2026\n';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const utf16NoBom = Buffer.from(text, 'utf16le');
    const latin1 = Buffer.from(text, 'latin1');
    for (const [bytes, expected] of [
      [utf16, /UTF-16 encoded.*read as UTF-16LE/],
      [utf16NoBom, /UTF-16 encoded/],
      [latin1, /not valid UTF-8.*Latin-1\/Windows-1252/],
    ] as const) {
      const result = await importFiles({ 'Connections.csv': bytes });
      expect(ofKind(result, 'connection')[0]?.person).toEqual({
        name: 'Zoë Ångström',
        company: 'Café Müller',
        position: 'Barista',
      });
      expect(problemFor(result, 'Connections.csv')).toMatch(expected);
    }
  });

  it('reads semicolon- and tab-separated files a spreadsheet re-saved, and says so', async () => {
    const semicolons = 'First Name;Last Name;Company;Connected On\nJordan;Lee;"Contoso; Ltd";08 Feb 2026\n';
    const tabs = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(
        'First Name\tLast Name\tCompany\tConnected On\r\nJordan\tLee\tContoso, Ltd\t08 Feb 2026\r\n',
        'utf16le',
      ),
    ]);
    const a = await importFiles({ 'Connections.csv': semicolons });
    expect(ofKind(a, 'connection')[0]?.person).toEqual({ name: 'Jordan Lee', company: 'Contoso; Ltd' });
    expect(problemFor(a, 'Connections.csv')).toBe(
      'separates columns with semicolons, not commas (re-saved by a spreadsheet?); read anyway',
    );
    const b = await importFiles({ 'Connections.csv': tabs });
    expect(ofKind(b, 'connection')[0]?.person).toEqual({ name: 'Jordan Lee', company: 'Contoso, Ltd' });
    expect(problemFor(b, 'Connections.csv')).toMatch(/^is UTF-16 encoded.*; separates columns with tabs/);
  });

  it('maps headers by name whatever their case, spacing and order, with a BOM and CRLF', async () => {
    const result = await importFiles({
      'Connections.csv': '\uFEFFconnected_on,LAST NAME,first name,company\r\n08 Feb 2026,Lee,Jordan,"Contoso, Ltd"\r\n',
    });
    expect(ofKind(result, 'connection')[0]).toMatchObject({
      person: { name: 'Jordan Lee', company: 'Contoso, Ltd' },
      createdAt: '2026-02-08T00:00:00.000Z',
    });
    expect(result.problems).toEqual([]);
  });

  it('takes "Present" as the current job and keeps an unreadable end date as a past job', async () => {
    const result = await importFiles({
      'Positions.csv': csv(
        ['Company Name', 'Title', 'Started On', 'Finished On'],
        [
          ['Contoso', 'Engineer', 'Mar 2022', 'Present'],
          ['Fabrikam', 'Dev', 'Jun 2019', 'last winter'],
          ['', 'Ghost', 'Jan 2018', ''],
        ],
      ),
    });
    expect(result.positions).toEqual([
      { platform: 'linkedin', company: 'Contoso', title: 'Engineer', startedOn: '2022-03' },
      { platform: 'linkedin', company: 'Fabrikam', title: 'Dev', startedOn: '2019-06', finishedOn: 'last winter' },
    ]);
    expect(problemFor(result, 'Positions.csv')).toBe(
      '1 position date(s) could not be read; 1 position(s) without a company name skipped',
    );
  });

  it('counts unreadable dates in the file problem and keeps the records', async () => {
    const result = await importFiles({
      'Invitations.csv': csv(
        ['From', 'To', 'Sent At', 'Message', 'Direction'],
        [
          ['A B', 'Alex Morgan', 'yesterday', '', 'INCOMING'],
          ['C D', 'Alex Morgan', '2/30/26, 1:00 PM', '', 'INCOMING'],
          ['E F', 'Alex Morgan', '1/2/26, 1:00 PM', '', 'SIDEWAYS'],
        ],
      ),
    });
    expect(ofKind(result, 'request').map((r) => r.createdAt)).toEqual([null, null]);
    expect(problemFor(result, 'Invitations.csv')).toBe(
      '2 "Sent At" date(s) could not be read; 1 invitation(s) with no readable direction skipped',
    );
  });

  it('reports a file the archive cannot give (a forged or corrupt entry) and reads the rest', async () => {
    const base = memorySource(linkedinExport2021());
    const source: ExportSource = {
      ...base,
      read: async (path) => {
        if (path === 'messages.csv')
          throw new SourceError('memory/messages.csv', 'fails its checksum; the zip is corrupt');
        return base.read(path);
      },
    };
    const result = await importSource(source);
    expect(result.problems).toEqual([
      { file: 'memory/messages.csv', message: 'fails its checksum; the zip is corrupt' },
    ]);
    expect(ofKind(result, 'connection')).toHaveLength(3);
  });

  it('keeps an article of unknown layout with no date, and names an article with no text', async () => {
    const result = await importFiles({
      'Connections.csv': connectionsHeader,
      'Articles/Articles/odd.html': '<article><h2>Odd</h2><p>Still my words.</p></article>',
      'Articles/Articles/empty.html': '<html><body></body></html>',
    });
    expect(ofKind(result, 'post')).toMatchObject([
      { text: 'Odd\nStill my words.', createdAt: null, audience: 'public' },
    ]);
    expect(result.problems).toEqual([
      { file: 'memory/Articles/Articles/empty.html', message: 'could not be read: holds no article text' },
    ]);
  });

  it('guesses the owner from messages when Profile.csv is missing, and says so', async () => {
    const files = linkedinExport();
    delete files['Profile.csv'];
    const result = await importFiles(files);
    expect(problemFor(result, 'messages.csv')).toBe(
      'no name in Profile.csv to tell sent from received messages; guessed "Alex Morgan"',
    );
    expect(ofKind(result, 'message').filter((m) => m.direction === 'outgoing')).toHaveLength(3);
  });
});

describe('comments LinkedIn did not quote by RFC 4180', () => {
  const header = 'Date,Link,Message\r\n';
  const link = (n: number) => `https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A${7000 + n}`;

  it('reads a comment whose quotes are written \\" as one comment, commas and all', async () => {
    const text = `${header}2025-06-27 09:04:13,${link(1)},"He said \\"ship it, now\\", so we did, twice."\r\n2025-06-28 10:00:00,${link(2)},plain\r\n`;
    const { items, problems } = await importSource(memorySource({ 'Comments.csv': text }));
    expect(items.map((item) => item.text)).toEqual(['He said "ship it, now", so we did, twice.', 'plain']);
    expect(problems).toEqual([]);
  });

  it('joins the unquoted lines and commas of a multi-line comment back to it, and says so', async () => {
    const text = `${header}2021-03-31 14:16:40,${link(1)},first line\r\nsecond line, with a comma\r\n\r\nthird\r\n2021-03-25 07:55:36,${link(2)},one, two, three\r\n`;
    const { items, problems } = await importSource(memorySource({ 'Comments.csv': text }));
    expect(items.map((item) => [item.text, item.createdAt])).toEqual([
      ['first line\nsecond line, with a comma\nthird', '2021-03-31T14:16:40.000Z'],
      ['one, two, three', '2021-03-25T07:55:36.000Z'],
    ]);
    expect(problems).toEqual([
      {
        file: 'memory/Comments.csv',
        message:
          '3 line(s) held text LinkedIn did not quote (line breaks or commas in a message); joined to their record',
      },
    ]);
  });
});

describe('dates', () => {
  it.each([
    ['08 Feb 2026', 'day-month-year', '2026-02-08T00:00:00.000Z'],
    ['8 February 2026', 'day-month-year', '2026-02-08T00:00:00.000Z'],
    ['1/29/26, 2:37 PM', 'us', '2026-01-29T14:37:00.000Z'],
    ['12/1/25, 12:05 AM', 'us', '2025-12-01T00:05:00.000Z'],
    ['12/1/2025 12:05 PM', 'us', '2025-12-01T12:05:00.000Z'],
    ['2025-06-01 14:03:22 UTC', 'iso', '2025-06-01T14:03:22.000Z'],
    ['2025-06-01 14:03:22', 'iso', '2025-06-01T14:03:22.000Z'],
    ['2025-06-01T14:03:22Z', 'iso', '2025-06-01T14:03:22.000Z'],
    ['2017/06/08 08:15:44 UTC', 'iso', '2017-06-08T08:15:44.000Z'],
    ['08 Feb 2026', 'iso', '2026-02-08T00:00:00.000Z'],
    ['31 Feb 2026', 'day-month-year', null],
    ['13/1/26, 1:00 PM', 'us', null],
    ['1/1/26, 13:00 PM', 'us', null],
    ['2025-13-01 00:00:00', 'iso', null],
    ['', 'iso', null],
    ['soon', 'iso', null],
  ] as const)('%s (%s) → %s', (value, format, expected) => {
    expect(parseLinkedInDate(value, format)).toBe(expected);
  });

  it.each([
    ['Jan 2024', '2024-01'],
    ['September 2019', '2019-09'],
    ['2024', '2024'],
    ['2024-03', '2024-03'],
    ['3/2024', '2024-03'],
    ['3/1/2024', '2024-03'],
    ['Foo 2024', null],
    ['2024-13', null],
  ])('position date %s → %s', (value, expected) => {
    expect(parseMonthYear(value)).toBe(expected);
  });
});

describe('htmlToText', () => {
  it.each([
    ['<p>Hi</p><p>there</p>', 'Hi\nthere'],
    ['a<br>b<br/>c', 'a\nb\nc'],
    ['Tom &amp; Jerry &#39;s &lt;b&gt;', "Tom & Jerry 's <b>"],
    ['I <3 this, a < b', 'I <3 this, a < b'],
    ['<ul><li>one</li><li>two</li></ul>', '• one\n• two'],
    ['<style>p{color:red}</style><div>Hello</div>', 'Hello'],
    ['plain text', 'plain text'],
  ])('%s', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});
