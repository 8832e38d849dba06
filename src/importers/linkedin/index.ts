import type { Item, ItemKind, MediaRef, Person } from '../../core/item.js';
import { SourceError, type ExportSource } from '../../source/types.js';
import type { Importer, ImportSink } from '../types.js';
import { parseArticle } from './articles.js';
import {
  Columns,
  decodeCsvBytes,
  findHeader,
  mendUnquotedRows,
  parseCsv,
  standardiseQuotes,
  type CsvRow,
} from './csv.js';
import { parseLinkedInDate, parseMonthYear } from './dates.js';
import { articleFiles, csvFolder, filesOf, linkedinScore, type LinkedInFile } from './files.js';
import { audienceOf, decodeEntities, htmlToText, IdRegistry, mediaTypeOf, sameName, shortHash, urnIn } from './text.js';
import { educationOf, linkedinProfilePart } from './profile.js';

/** Required columns per file, each with its accepted spellings (compared without case, spaces or punctuation). */
const REQUIRED: Record<LinkedInFile, readonly (readonly string[])[]> = {
  Profile: [['First Name'], ['Last Name']],
  Positions: [['Company Name', 'Company']],
  Education: [['School Name']],
  Connections: [['First Name'], ['Last Name']],
  Invitations: [['From'], ['To']],
  messages: [
    ['FROM', 'Sender'],
    ['CONTENT', 'Body'],
  ],
  Shares: [['ShareCommentary', 'Commentary']],
  Comments: [['Message', 'Comment']],
  Reactions: [['Link']],
};

/** JavaScript strings stop at ~512 Mi UTF-16 units; a bigger CSV cannot be decoded in one piece. */
const MAX_TEXT_BYTES = 400 * 1024 ** 2;

/** Everything wrong with one file, reported as one problem when the file is done. */
class FileIssues {
  private readonly issues: string[] = [];
  private readonly counts = new Map<string, number>();

  add(issue: string): void {
    this.issues.push(issue);
  }

  /** Counts a repeated per-row issue; reported once as `N <what>`. */
  count(what: string): void {
    this.counts.set(what, (this.counts.get(what) ?? 0) + 1);
  }

  message(): string | null {
    const all = [...this.issues, ...[...this.counts].map(([what, n]) => `${n} ${what}`)];
    return all.length ? all.join('; ') : null;
  }
}

interface Table {
  columns: Columns;
  rows: CsvRow[];
}

interface Context {
  source: ExportSource;
  sink: ImportSink;
  ids: IdRegistry;
  /** The account owner's name, from Profile.csv (or guessed from messages). */
  owner: string | null;
}

function describeRead(error: unknown): string {
  if (error instanceof SourceError) return error.message;
  return `could not be read: ${error instanceof Error ? error.message : String(error)}`;
}

/** Reads, decodes and parses one CSV, finding its header; null when nothing of it can be read (issue noted). */
async function readTable(
  source: ExportSource,
  path: string,
  kind: LinkedInFile,
  issues: FileIssues,
): Promise<Table | null> {
  let bytes: Buffer;
  try {
    bytes = await source.read(path);
  } catch (error) {
    issues.add(describeRead(error));
    return null;
  }
  if (bytes.length > MAX_TEXT_BYTES) {
    issues.add(`is ${bytes.length} bytes, too large to read as one CSV text (limit ${MAX_TEXT_BYTES}); skipped`);
    return null;
  }
  const decoded = decodeCsvBytes(bytes);
  if (decoded.binary) {
    issues.add('is not a CSV text file (it holds binary data); skipped');
    return null;
  }
  if (decoded.text.trim() === '') {
    issues.add('is empty');
    return null;
  }
  if (decoded.note) issues.add(decoded.note);
  const text = standardiseQuotes(decoded.text);
  let parsed = parseCsv(text);
  const required = REQUIRED[kind];
  let at = findHeader(parsed.rows, required);
  if (at < 0) {
    // Spreadsheets re-save CSVs with semicolons (European locales) or tabs ("Unicode text").
    const head = text.slice(0, 4096);
    for (const [delimiter, name] of [
      [';', 'semicolons'],
      ['\t', 'tabs'],
    ] as const) {
      if (!head.includes(delimiter)) continue;
      const other = parseCsv(text, delimiter);
      const found = findHeader(other.rows, required);
      if (found < 0) continue;
      [parsed, at] = [other, found];
      issues.add(`separates columns with ${name}, not commas (re-saved by a spreadsheet?); read anyway`);
      break;
    }
  }
  if (parsed.lostLines.length) {
    const shown = parsed.lostLines.slice(0, 5).join(', ') + (parsed.lostLines.length > 5 ? ', …' : '');
    issues.add(
      `${parsed.lostLines.length} record(s) with an unclosed quote could not be read (line ${shown})` +
        (parsed.gaveUp ? ', and the rest of the file after them was not read' : ''),
    );
  }
  if (at < 0) {
    const expected = required.map((names) => names[0]).join(', ');
    issues.add(
      `has no header row with the expected columns (${expected}); it is not a LinkedIn ${kind} file, or LinkedIn changed its layout; skipped`,
    );
    return null;
  }
  const header = parsed.rows[at]?.cells ?? [];
  const { rows, mended } = mendUnquotedRows(
    header,
    parsed.rows.slice(at + 1).filter((row) => row.cells.some((cell) => cell.trim() !== '')),
  );
  if (mended) {
    issues.add(
      `${mended} line(s) held text LinkedIn did not quote (line breaks or commas in a message); joined to their record`,
    );
  }
  const ragged = rows.filter((row) => row.cells.length !== header.length).length;
  if (ragged) {
    issues.add(
      `${ragged} row(s) have a different number of columns than the header (${header.length}); read as far as they go`,
    );
  }
  return { columns: new Columns(header), rows };
}

function baseItem(
  ctx: Context,
  kind: ItemKind,
  id: string,
  path: string,
  index: number,
  fields: Partial<Item> & Pick<Item, 'text' | 'createdAt' | 'audience'>,
): Item {
  return {
    platform: 'linkedin',
    kind,
    id: ctx.ids.unique(kind, id),
    engagement: {},
    media: [],
    locator: { input: ctx.source.inputOf(path), file: path, index },
    flags: {},
    ...fields,
  };
}

function person(name: string, extra: Omit<Person, 'name'> = {}): Person {
  const result: Person = { name };
  for (const [key, value] of Object.entries(extra) as [keyof Person, string | undefined][]) {
    if (value) result[key] = value;
  }
  return result;
}

function readProfile(ctx: Context, table: Table, path: string): void {
  const { columns } = table;
  const row = table.rows[0];
  if (!row) return;
  const part = linkedinProfilePart((...names) => columns.get(row.cells, ...names), decodeEntities, path);
  ctx.sink.profile?.(part);
  if (part.name) {
    ctx.owner = part.name;
    ctx.sink.account({ platform: 'linkedin', name: part.name });
  }
  const text = [part.headline, part.bio].filter(Boolean).join('\n\n');
  if (text) ctx.sink.item(baseItem(ctx, 'profile', 'profile', path, 0, { text, createdAt: null, audience: 'public' }));
}

function readEducation(ctx: Context, table: Table, path: string): void {
  const { columns } = table;
  const education = table.rows
    .map((row) => educationOf((...names) => columns.get(row.cells, ...names)))
    .filter((entry) => entry !== null);
  if (education.length) ctx.sink.profile?.({ platform: 'linkedin', file: path, education });
}

function readPositions(ctx: Context, table: Table, issues: FileIssues): void {
  const { columns } = table;
  for (const row of table.rows) {
    const company = columns.get(row.cells, 'Company Name', 'Company');
    if (!company) {
      issues.count('position(s) without a company name skipped');
      continue;
    }
    const title = columns.get(row.cells, 'Title');
    const started = columns.get(row.cells, 'Started On');
    const finishedCell = columns.get(row.cells, 'Finished On');
    // Empty is how LinkedIn writes the current job; hand-edited files may say "Present".
    const finished = /^(present|current|now|today)$/i.test(finishedCell) ? '' : finishedCell;
    const startedOn = started ? parseMonthYear(started) : null;
    const finishedOn = finished ? parseMonthYear(finished) : null;
    if ((started && !startedOn) || (finished && !finishedOn)) issues.count('position date(s) could not be read');
    ctx.sink.position({
      platform: 'linkedin',
      company,
      ...(title ? { title } : {}),
      ...(startedOn ? { startedOn } : {}),
      // An empty Finished On is the current job; an unreadable one is not, so keep it out of "current".
      ...(finishedOn ? { finishedOn } : finished ? { finishedOn: finished } : {}),
    });
  }
}

function readConnections(ctx: Context, table: Table, path: string, issues: FileIssues): void {
  const { columns } = table;
  let hidden = 0;
  table.rows.forEach((row, index) => {
    const get = (...names: string[]): string => columns.get(row.cells, ...names);
    const name = [get('First Name'), get('Last Name')].filter(Boolean).join(' ');
    if (!name) {
      hidden++;
      return;
    }
    const connectedOn = get('Connected On');
    const createdAt = parseLinkedInDate(connectedOn, 'day-month-year');
    if (connectedOn && !createdAt) issues.count('"Connected On" date(s) could not be read');
    const url = get('URL', 'Profile URL');
    ctx.sink.item(
      baseItem(ctx, 'connection', url || `li-conn-${shortHash(name, connectedOn)}`, path, index, {
        text: '',
        createdAt,
        audience: 'private',
        person: person(name, {
          url,
          email: get('Email Address', 'Email'),
          company: get('Company'),
          position: get('Position', 'Title'),
        }),
      }),
    );
  });
  if (hidden) {
    issues.add(
      `${hidden} connection(s) have no name (LinkedIn exports only the date for members who hide their profile); skipped`,
    );
  }
}

function readInvitations(ctx: Context, table: Table, path: string, issues: FileIssues): void {
  const { columns } = table;
  table.rows.forEach((row, index) => {
    const get = (...names: string[]): string => columns.get(row.cells, ...names);
    const from = get('From');
    const to = get('To');
    const raw = get('Direction').toUpperCase();
    let direction: 'incoming' | 'outgoing' | null =
      raw === 'INCOMING' ? 'incoming' : raw === 'OUTGOING' ? 'outgoing' : null;
    if (!direction && ctx.owner)
      direction = sameName(from, ctx.owner) ? 'outgoing' : sameName(to, ctx.owner) ? 'incoming' : null;
    if (!direction) {
      issues.count('invitation(s) with no readable direction skipped');
      return;
    }
    const name = direction === 'incoming' ? from : to;
    if (!name) {
      issues.count('invitation(s) without the other person’s name skipped');
      return;
    }
    const sentAt = get('Sent At', 'Date');
    const createdAt = parseLinkedInDate(sentAt, 'us');
    if (sentAt && !createdAt) issues.count('"Sent At" date(s) could not be read');
    const url = direction === 'incoming' ? get('inviterProfileUrl') : get('inviteeProfileUrl');
    ctx.sink.item(
      baseItem(ctx, 'request', `li-inv-${shortHash(direction, from, to, sentAt)}`, path, index, {
        text: decodeEntities(get('Message')),
        createdAt,
        audience: 'private',
        direction,
        person: person(name, { url }),
      }),
    );
  });
}

/** Without Profile.csv: the account owner is whoever takes part in the most conversations. */
function guessOwner(table: Table): string | null {
  const { columns } = table;
  const threads = new Map<string, Set<string>>();
  for (const row of table.rows) {
    const conversation = columns.get(row.cells, 'CONVERSATION ID') || 'none';
    for (const name of [columns.get(row.cells, 'FROM'), columns.get(row.cells, 'TO')]) {
      if (!name) continue;
      const set = threads.get(name) ?? new Set();
      set.add(conversation);
      threads.set(name, set);
    }
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [name, set] of threads) {
    if (set.size > bestCount) [best, bestCount] = [name, set.size];
  }
  return best;
}

function readMessages(ctx: Context, table: Table, path: string, issues: FileIssues): void {
  const { columns } = table;
  if (!ctx.owner) {
    ctx.owner = guessOwner(table);
    if (ctx.owner) issues.add(`no name in Profile.csv to tell sent from received messages; guessed "${ctx.owner}"`);
  }
  const owner = ctx.owner;
  table.rows.forEach((row, index) => {
    const get = (...names: string[]): string => columns.get(row.cells, ...names);
    if (/^(yes|true|1)$/i.test(get('IS MESSAGE DRAFT')) || /^drafts?$/i.test(get('FOLDER'))) {
      return; // never sent: not something anyone else has seen
    }
    const from = get('FROM', 'Sender');
    const to = get('TO', 'Recipients');
    const thread = get('CONVERSATION ID');
    const date = get('DATE');
    const createdAt = parseLinkedInDate(date, 'iso');
    if (date && !createdAt) issues.count('message date(s) could not be read');
    const direction = owner && sameName(from, owner) ? 'outgoing' : 'incoming';
    const other =
      direction === 'outgoing'
        ? person(to || get('CONVERSATION TITLE') || 'Unknown', {
            url: get('RECIPIENT PROFILE URLS').split(/[,\s]+/)[0],
          })
        : person(from || 'Unknown', { url: get('SENDER PROFILE URL') });
    const content = htmlToText(get('CONTENT', 'Body'));
    const subject = htmlToText(get('SUBJECT'));
    const text = subject && !content.startsWith(subject) ? `${subject}\n\n${content}`.trim() : content;
    ctx.sink.item(
      baseItem(ctx, 'message', `li-msg-${shortHash(thread, date, from, content)}`, path, index, {
        text,
        createdAt,
        audience: 'private',
        direction,
        person: other,
        ...(thread ? { thread } : {}),
      }),
    );
  });
}

function readShares(ctx: Context, table: Table, path: string, issues: FileIssues): void {
  const { columns } = table;
  const hasVisibility = columns.has('Visibility');
  table.rows.forEach((row, index) => {
    const get = (...names: string[]): string => columns.get(row.cells, ...names);
    const link = get('ShareLink', 'Link');
    const date = get('Date');
    const createdAt = parseLinkedInDate(date, 'iso');
    if (date && !createdAt) issues.count('share date(s) could not be read');
    const text = decodeEntities(get('ShareCommentary', 'Commentary'));
    const mediaUrl = get('MediaUrl', 'Media URL');
    const media: MediaRef[] = mediaUrl ? [{ path: null, type: mediaTypeOf(mediaUrl), ref: mediaUrl }] : [];
    const id = urnIn(link, ['share', 'ugcPost', 'activity']) ?? `li-share-${shortHash(date, link, text)}`;
    ctx.sink.item(
      baseItem(ctx, 'post', id, path, index, {
        text,
        createdAt,
        audience: hasVisibility ? audienceOf(get('Visibility')) : 'unknown',
        media,
        ...(link ? { url: link } : {}),
      }),
    );
  });
}

function readComments(ctx: Context, table: Table, path: string, issues: FileIssues): void {
  const { columns } = table;
  table.rows.forEach((row, index) => {
    const get = (...names: string[]): string => columns.get(row.cells, ...names);
    const link = get('Link');
    const date = get('Date');
    const createdAt = parseLinkedInDate(date, 'iso');
    if (date && !createdAt) issues.count('comment date(s) could not be read');
    const text = decodeEntities(get('Message', 'Comment'));
    const id = urnIn(link, ['comment']) ?? `li-comment-${shortHash(date, link, text)}`;
    ctx.sink.item(
      baseItem(ctx, 'comment', id, path, index, {
        text,
        createdAt,
        audience: 'unknown',
        ...(link ? { url: link } : {}),
      }),
    );
  });
}

function readReactions(ctx: Context, table: Table, path: string, issues: FileIssues): void {
  const { columns } = table;
  table.rows.forEach((row, index) => {
    const get = (...names: string[]): string => columns.get(row.cells, ...names);
    const link = get('Link');
    const date = get('Date');
    const createdAt = parseLinkedInDate(date, 'iso');
    if (date && !createdAt) issues.count('reaction date(s) could not be read');
    const id = urnIn(link, ['activity', 'ugcPost', 'share', 'comment']) ?? `li-reaction-${shortHash(date, link)}`;
    ctx.sink.item(
      baseItem(ctx, 'like', id, path, index, {
        text: '',
        createdAt,
        audience: 'public',
        ...(link ? { url: link } : {}),
      }),
    );
  });
}

/** A published article becomes a public post; drafts are skipped (nobody else has seen them). */
function readArticle(ctx: Context, path: string, index: number, bytes: Buffer): void {
  const html = bytes.toString('utf8');
  const article = parseArticle(html);
  const isDraft = !article.publishedAt && /class="created"/i.test(html) && !/class="published"/i.test(html);
  if (isDraft) return;
  const text = [article.title, article.body].filter(Boolean).join('\n\n');
  if (!text) throw new Error('holds no article text');
  ctx.sink.item(
    baseItem(ctx, 'post', article.url ?? `li-article-${shortHash(path)}`, path, index, {
      text,
      createdAt: article.publishedAt ?? article.createdAt,
      audience: 'public',
      ...(article.url ? { url: article.url } : {}),
    }),
  );
}

type Reader = (ctx: Context, table: Table, path: string, issues: FileIssues) => void;

/** Read in this order: the owner's name (Profile) is needed to tell sent from received messages. */
const READERS: readonly [LinkedInFile, Reader][] = [
  ['Profile', (ctx, table, path) => readProfile(ctx, table, path)],
  ['Positions', (ctx, table, _path, issues) => readPositions(ctx, table, issues)],
  ['Education', (ctx, table, path) => readEducation(ctx, table, path)],
  ['Connections', readConnections],
  ['Invitations', readInvitations],
  ['messages', readMessages],
  ['Shares', readShares],
  ['Comments', readComments],
  ['Reactions', readReactions],
];

/**
 * LinkedIn "Get a copy of your data" export: CSV files at the zip root. See docs/importers/linkedin.md for the
 * mapping of every file to Items, Positions and the Account.
 */
export const linkedinImporter: Importer = {
  platform: 'linkedin',
  detect: linkedinScore,
  async import(source, sink) {
    const folder = csvFolder(source);
    const work = READERS.flatMap(([kind, reader]) =>
      filesOf(source, folder, kind).map((path) => ({ kind, reader, path })),
    );
    const articles = articleFiles(source, folder);
    const total = work.length + articles.length;
    const ctx: Context = { source, sink, ids: new IdRegistry(), owner: null };
    let done = 0;
    for (const { kind, reader, path } of work) {
      const issues = new FileIssues();
      try {
        const table = await readTable(source, path, kind, issues);
        if (table) reader(ctx, table, path, issues);
      } catch (error) {
        // A bug of ours on a strange file must not stop the other files.
        issues.add(`could not be read: ${error instanceof Error ? error.message : String(error)}`);
      }
      const message = issues.message();
      if (message) sink.problem({ file: `${source.inputOf(path)}/${path}`, message });
      sink.progress?.(++done, total);
    }
    for (const [index, path] of articles.entries()) {
      try {
        readArticle(ctx, path, index, await source.read(path));
      } catch (error) {
        sink.problem({ file: `${source.inputOf(path)}/${path}`, message: describeRead(error) });
      }
      sink.progress?.(++done, total);
    }
  },
};
