import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import {
  ACCOUNT_TYPES,
  checkMessage,
  COACH_PLATFORMS,
  MESSAGE_KINDS,
  type CoachOptions,
  type CoachResult,
} from '../coach/index.js';
import { loadSpeller } from '../coach/speller.js';
import { DEFAULT_DB_PATH, openStore } from '../store/db.js';
import { contactHistory, findContact } from '../tracker/index.js';
import { EXIT, parseChoice, UsageError } from './exit.js';
import { warn, write } from './output.js';
import { jsonText } from '../report/terminal-safe.js';

interface CoachFlags {
  platform?: string;
  kind?: string;
  to?: string;
  about?: string;
  account?: string;
  json?: boolean;
  db: string;
  asOf?: string;
}

export interface CommandOutput {
  stdout: string;
  stderr: string[];
  exitCode: number;
}

/** `line:column` (both from 1) of a UTF-16 offset. */
export function lineCol(text: string, offset: number): string {
  return lineColumns(text)(offset);
}

/** A position formatter for one text: line starts found once, then a binary search per offset. */
function lineColumns(text: string): (offset: number) => string {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return `${lo + 1}:${offset - starts[lo]! + 1}`;
  };
}

/** The `coach --json` contract: exactly these keys, `suggestion` null when there is none. */
export function coachJson(result: CoachResult): string {
  return jsonText(
    {
      score: result.score,
      findings: result.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        start: f.start,
        end: f.end,
        suggestion: f.suggestion ?? null,
      })),
      skipped: result.skipped,
    },
    0,
  );
}

export function coachText(text: string, result: CoachResult): string {
  const lines: string[] = [];
  const at = lineColumns(text);
  const positions = result.findings.map((f) => `${at(f.start)}-${at(f.end)}`);
  const width = Math.max(0, ...positions.map((p) => p.length));
  result.findings.forEach((f, i) => {
    lines.push(`${positions[i]!.padEnd(width)}  ${f.severity.padEnd(7)}  ${f.message}  ${f.ruleId}`);
    if (f.suggestion) lines.push(`${' '.repeat(width)}  → ${f.suggestion}`);
  });
  if (result.findings.length) lines.push('');
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  const warnings = result.findings.filter((f) => f.severity === 'warning').length;
  lines.push(
    `Score ${result.score}/100 — ${errors} error(s), ${warnings} warning(s), ${result.findings.length - errors - warnings} note(s)` +
      (errors ? '; fix the errors before sending' : ''),
  );
  if (result.topFixes.length)
    lines.push(`Top fixes: ${result.topFixes.map((fix) => `+${fix.gain} ${fix.ruleId}`).join(', ')}`);
  if (result.skipped.length)
    lines.push(
      `Not checked: ${result.skipped.map((s) => (s.ruleId === '*' ? s.reason : `${s.ruleId} (${s.reason})`)).join('; ')}`,
    );
  return `${lines.join('\n')}\n`;
}

/** Decodes the input, refusing binary; strips a byte-order mark. */
export function decodeMessage(bytes: Buffer): string | null {
  if (bytes.includes(0)) return null;
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

/** Runs the coach the way the command does, with the input already read. */
export async function runCoach(bytes: Buffer, flags: CoachFlags): Promise<CommandOutput> {
  const platform = flags.platform ? parseChoice('--platform', flags.platform, COACH_PLATFORMS) : undefined;
  const kind = flags.kind ? parseChoice('--kind', flags.kind, MESSAGE_KINDS) : undefined;
  const account = flags.account ? parseChoice('--account', flags.account, ACCOUNT_TYPES) : undefined;
  const now = flags.asOf ? new Date(flags.asOf) : new Date();
  if (Number.isNaN(now.getTime()))
    throw new UsageError(`--as-of takes an ISO date like 2026-01-31, not '${flags.asOf}'`);
  let about: string | undefined;
  if (flags.about) {
    if (!existsSync(flags.about)) throw new UsageError(`--about: no such file '${flags.about}'`);
    about = readFileSync(flags.about, 'utf8');
  }
  const options: CoachOptions = { now, speller: await loadSpeller() };
  if (platform) options.platform = platform;
  if (kind) options.kind = kind;
  if (account) options.account = account;
  if (about) options.about = about;
  const stderr: string[] = [];
  if (flags.to) {
    options.recipientName = flags.to;
    if (existsSync(flags.db)) {
      const db = openStore(flags.db);
      try {
        const contact = findContact(db, flags.to);
        if (contact) {
          options.recipientName = contact.name;
          options.history = contactHistory(db, contact.id, contact.purpose);
        } else if (kind === 'follow_up')
          stderr.push(
            `decorum: '${flags.to}' is not a tracked contact: follow-up timing is judged from the wording only`,
          );
      } finally {
        db.close();
      }
    }
  }
  const text = decodeMessage(bytes);
  if (text === null) {
    const result = checkMessage('\u0000', options);
    return {
      stdout: flags.json ? `${coachJson(result)}\n` : '',
      stderr: [...stderr, 'decorum: the input is binary, not a message'],
      exitCode: EXIT.unreadable,
    };
  }
  const result = checkMessage(text, options);
  if (result.assumed.language === 'empty')
    return {
      stdout: flags.json ? `${coachJson(result)}\n` : '',
      stderr: [...stderr, 'decorum: the message is empty: nothing to check'],
      exitCode: EXIT.unreadable,
    };
  if (result.assumed.language === 'other')
    stderr.push('decorum: this does not look like English; the wording checks are for English and were skipped');
  return {
    stdout: flags.json
      ? `${coachJson(result)}\n`
      : coachText(text, result) +
        (flags.kind
          ? ''
          : `Checked as: ${result.assumed.kind} (say what it is with --kind ${MESSAGE_KINDS.join('|')})\n`),
    stderr,
    exitCode: result.findings.some((f) => f.severity === 'error') ? EXIT.findings : EXIT.ok,
  };
}

async function readInput(file: string | undefined): Promise<Buffer> {
  if (file && file !== '-') {
    if (!existsSync(file)) throw new UsageError(`no such file '${file}'`);
    return readFileSync(file);
  }
  if (process.stdin.isTTY) throw new UsageError('give a FILE, or pipe the message on stdin (decorum coach -)');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function registerCoach(program: Command): void {
  program
    .command('coach')
    .description('Check a draft outreach message before you send it: findings, better wording, and a score')
    .argument('[file]', "the draft (a text file), or '-' / nothing to read it from stdin")
    .option('--platform <platform>', `where it goes: ${COACH_PLATFORMS.join(', ')}`)
    .option('--kind <kind>', `what it is: ${MESSAGE_KINDS.join(', ')}`)
    .option('--to <name>', "the recipient's name; a tracked contact's history is used for follow-up timing")
    .option('--about <file>', 'a pasted bit of their profile, post or job posting')
    .option('--account <type>', `your LinkedIn account: ${ACCOUNT_TYPES.join(', ')} (note limit 200 / 300)`)
    .option('--json', 'print {"score","findings":[{ruleId,severity,message,start,end,suggestion}],"skipped"}')
    .option('--db <file>', 'the store with your tracked contacts', DEFAULT_DB_PATH)
    .option('--as-of <date>', 'judge follow-up timing as of this date (ISO 8601) instead of now')
    .addHelpText(
      'after',
      `
Examples:
  decorum coach note.txt --platform linkedin --kind connection_note --to "Dana Lee"
  pbpaste | decorum coach - --platform email --kind email --json
  decorum coach followup.txt --platform linkedin --kind follow_up --to "Ana Ruiz" --about post.txt

An e-mail's first line may be "Subject: …". Offsets in --json are UTF-16 code units into the text as given.
Exit codes: 0 no error-level finding, 1 an error-level finding, 2 usage error, 3 empty or binary input.`,
    )
    .action(async (file: string | undefined, flags: CoachFlags) => {
      const output = await runCoach(await readInput(file), flags);
      for (const line of output.stderr) warn(line);
      write(output.stdout);
      process.exitCode = output.exitCode;
    });
}
