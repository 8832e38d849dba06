import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import type { Readable, Writable } from 'node:stream';
import type { Command } from 'commander';
import { ConfigError, DEFAULT_CONFIG_PATH, loadConfig } from '../config/load.js';
import { RELATIONSHIPS, type Relationship } from '../config/triage.js';
import type { Platform } from '../core/item.js';
import { PLATFORMS } from '../core/item.js';
import { normalizeName } from '../people/names.js';
import { toCsv } from '../report/csv.js';
import { DEFAULT_DB_PATH, openStore, type Db } from '../store/db.js';
import { loadLabels, removeLabel, saveLabel } from '../store/triage.js';
import { toJson } from '../triage/index.js';
import { triageStore as triageStoredRequests } from '../triage/run.js';
import { DEFAULT_ANSWERS, policySection, profileUrlProblem, type PolicyAnswers } from '../triage/policy.js';
import { CSV_HEADER, csvRows, renderTable } from '../report/triage-terminal.js';
import { EXIT, UsageError } from './exit.js';
import { refuseUnsafeOutputs } from './outputs.js';
import { say, warn, write } from './output.js';
import { jsonText } from '../report/terminal-safe.js';

interface TriageFlags {
  db: string;
  config?: string;
  json?: boolean;
  csv?: boolean;
  all?: boolean;
}

/** What a triage command prints and its exit code; the action writes it out. */
export interface TriageOutput {
  stdout: string;
  stderr: string[];
  exitCode: number;
}

const NO_REQUESTS =
  'No incoming requests to triage: the store holds no LinkedIn invitations (Invitations.csv), Facebook received ' +
  'friend requests or Instagram follow requests.';

/** Imports the exports (the same import as `decorum audit`, without re-auditing), then triages what the store holds. */
export async function runTriage(
  inputs: readonly string[],
  flags: TriageFlags,
  now = new Date(),
): Promise<TriageOutput> {
  if (flags.json && flags.csv) throw new UsageError('--json and --csv cannot be used together');
  refuseUnsafeOutputs([{ flag: '--db', path: flags.db }], inputs);
  const config = loadConfig(flags.config);
  const db = openStore(flags.db);
  const stderr: string[] = [];
  try {
    if (inputs.length) {
      // Loaded on use: the audit pipeline pulls in the detectors, which `decorum --help` never needs.
      const { importOnly } = await import('../audit/pipeline.js');
      const result = await importOnly({ inputs, db, now });
      for (const problem of result.problems) stderr.push(`decorum: ${problem.file}: ${problem.message}`);
      if (result.items.length === 0 && result.problems.length > 0)
        return { stdout: flags.json ? JSON.stringify({ requests: [] }) : '', stderr, exitCode: EXIT.unreadable };
    }
    return triageStore(db, flags, config.triage, stderr, inputs.length > 0, now);
  } finally {
    db.close();
  }
}

function triageStore(
  db: Db,
  flags: TriageFlags,
  policy: ReturnType<typeof loadConfig>['triage'],
  stderr: string[],
  hadInputs: boolean,
  now: Date,
): TriageOutput {
  const entries = triageStoredRequests(db, policy, now);
  if (entries.length === 0) {
    stderr.push(
      hadInputs
        ? `decorum: ${NO_REQUESTS} Nothing in these exports to triage.`
        : `decorum: ${NO_REQUESTS} Pass the exports (decorum triage facebook.zip linkedin.zip) or run decorum audit first.`,
    );
  }
  const shown = flags.all ? entries : entries.filter((entry) => entry.isNew);
  const hidden = entries.length - shown.length;
  if (flags.json) return { stdout: jsonText(toJson(shown)), stderr, exitCode: EXIT.ok };
  if (flags.csv) return { stdout: toCsv(CSV_HEADER, csvRows(shown)).trimEnd(), stderr, exitCode: EXIT.ok };
  if (entries.length > 0 && shown.length === 0)
    return {
      stdout: `Nothing new: all ${entries.length} requests were decided in an earlier run (--all shows them again).`,
      stderr,
      exitCode: EXIT.ok,
    };
  return { stdout: renderTable(shown, hidden), stderr, exitCode: EXIT.ok };
}

/** Friendly spellings of the classes accepted by `triage label`. */
const CLASS_ALIASES: Readonly<Record<string, Relationship>> = {
  manager: 'manager-or-report',
  report: 'manager-or-report',
  boss: 'manager-or-report',
  colleague: 'coworker',
  candidate: 'candidate',
  'potential-employee': 'candidate',
  client: 'client-or-vendor',
  vendor: 'client-or-vendor',
  customer: 'client-or-vendor',
  'professional-peer': 'peer',
  stranger: 'unknown',
};

export function parseRelationship(value: string): Relationship {
  const key = value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  if ((RELATIONSHIPS as readonly string[]).includes(key)) return key as Relationship;
  const alias = CLASS_ALIASES[key];
  if (alias) return alias;
  throw new UsageError(`CLASS must be one of ${RELATIONSHIPS.join(', ')}; got '${value}'`);
}

export function labelPerson(db: Db, name: string, value: string | undefined, remove: boolean): string {
  const key = normalizeName(name);
  if (!key) throw new UsageError(`'${name}' has no letters to recognise a name by`);
  if (remove) return removeLabel(db, key) ? `Label removed: ${name}` : `No label for ${name}`;
  if (!value) throw new UsageError('say which CLASS, or --remove');
  const relationship = parseRelationship(value);
  saveLabel(db, key, name.trim(), relationship);
  return `${name.trim()} is now labelled ${relationship}; the next decorum triage decides their requests by it.`;
}

/** Reads the answers from a terminal. Empty answers keep the defaults; bad links are asked again. */
export async function askPolicy(
  input: Readable,
  output: Writable,
  start: PolicyAnswers = DEFAULT_ANSWERS,
): Promise<PolicyAnswers> {
  const rl = createInterface({ input, output, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  const ask = async (question: string): Promise<string> => {
    output.write(question);
    const next = await lines.next();
    return next.done ? '' : String(next.value).trim();
  };
  try {
    const answers: PolicyAnswers = { ...start, profileUrls: { ...start.profileUrls } };
    output.write('Decorum triage policy: a few questions (Enter keeps the default).\n');
    const signature = await ask(`How do you sign your messages?${start.signature ? ` [${start.signature}]` : ''} `);
    if (signature) answers.signature = signature;
    const labels: Record<Platform, string> = {
      linkedin: 'LinkedIn',
      facebook: 'Facebook',
      instagram: 'Instagram',
      x: 'X',
    };
    for (const platform of ['linkedin', 'facebook', 'instagram', 'x'] as const) {
      for (let tries = 0; tries < 3; tries++) {
        const url = await ask(`Your ${labels[platform]} profile link (Enter to skip): `);
        if (!url) break;
        const problem = profileUrlProblem(url);
        if (!problem) {
          answers.profileUrls[platform] = url;
          break;
        }
        output.write(`  ${problem}\n`);
      }
    }
    const yes = (text: string, fallback: boolean) => (text ? /^y/i.test(text) : fallback);
    answers.redirectWork = yes(
      await ask('Suggest LinkedIn to work contacts who send requests on Facebook or Instagram? [Y/n] '),
      start.redirectWork,
    );
    answers.ignoreStrangers = yes(
      await ask("Leave strangers' requests on Facebook and Instagram unanswered? [Y/n] "),
      start.ignoreStrangers,
    );
    return answers;
  } finally {
    rl.close();
  }
}

/** Writes the triage section into the config file, keeping its other sections. */
export function writePolicy(file: string, answers: PolicyAnswers, force: boolean): string {
  let config: Record<string, unknown> = {};
  if (existsSync(file)) {
    try {
      config = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      throw new ConfigError(`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    if (!config || typeof config !== 'object' || Array.isArray(config))
      throw new ConfigError(`${file}: (top level): must be an object`);
    if ('triage' in config && !force) throw new UsageError(`${file} already has a triage section; --force replaces it`);
  }
  config = { ...config, triage: policySection(answers) };
  writeFileSync(file, `${jsonText(config)}\n`);
  loadConfig(file);
  return `Wrote the triage policy to ${file}. Edit it, then run: decorum triage <exports…>`;
}

interface InitFlags {
  config?: string;
  name?: string;
  linkedin?: string;
  facebook?: string;
  instagram?: string;
  x?: string;
  reviewWork?: boolean;
  reviewStrangers?: boolean;
  yes?: boolean;
  force?: boolean;
}

function answersFromFlags(flags: InitFlags): PolicyAnswers {
  const profileUrls: Partial<Record<Platform, string>> = {};
  for (const platform of PLATFORMS) {
    const url = flags[platform];
    if (!url) continue;
    const problem = profileUrlProblem(url);
    if (problem) throw new UsageError(`--${platform}: ${problem}`);
    profileUrls[platform] = url;
  }
  return {
    ...(flags.name ? { signature: flags.name } : {}),
    profileUrls,
    redirectWork: !flags.reviewWork,
    ignoreStrangers: !flags.reviewStrangers,
  };
}

function print(output: TriageOutput): void {
  for (const line of output.stderr) warn(line);
  if (output.stdout) write(`${output.stdout}\n`);
  if (output.exitCode !== EXIT.ok) process.exitCode = output.exitCode;
}

export function registerTriage(program: Command): void {
  const command = program
    .command('triage')
    .description(
      'Decide friend, connection and follow requests by your policy: accept, redirect (with a reply), ignore or review',
    )
    .argument('[exports...]', 'export zips or folders to import first (as decorum audit does); none: use the store')
    .option('--db <file>', 'SQLite store', DEFAULT_DB_PATH)
    .option('--config <file>', 'config file with the triage policy (default: ./decorum.config.json when present)')
    .option(
      '--json',
      'print {"requests":[{"platform","name","receivedAt","relationship","evidence","decision","reason","reply"}]}',
    )
    .option('--csv', 'print the same fields as CSV')
    .option('--all', 'show every request, also those decided in an earlier run')
    .addHelpText(
      'after',
      `
Examples:
  decorum triage init                         write a starting policy to decorum.config.json
  decorum triage facebook.zip linkedin.zip    import, then show the new requests by decision
  decorum triage label "Jordan Lee" coworker  tell Decorum who someone is
  decorum triage --all --json > requests.json

Classes: ${RELATIONSHIPS.join(', ')}. Decisions: accept, redirect, ignore, review.
Exit codes: 0 done, 2 usage or policy error (names the key), 3 nothing in the exports could be read.`,
    )
    .action(async (inputs: string[], flags: TriageFlags) => {
      print(await runTriage(inputs, flags));
    });

  command
    .command('init')
    .description('Write a commented starting policy (asks a few questions on a terminal; flags or --yes otherwise)')
    .option('--name <signature>', 'how reply drafts are signed, e.g. Alex')
    .option('--linkedin <url>', 'your LinkedIn profile link')
    .option('--facebook <url>', 'your Facebook profile link')
    .option('--instagram <url>', 'your Instagram profile link')
    .option('--x <url>', 'your X profile link')
    .option('--review-work', 'review work contacts on Facebook/Instagram yourself instead of redirecting them')
    .option('--review-strangers', "review strangers' requests instead of leaving them unanswered")
    .option('--yes', 'do not ask: use the flags and defaults')
    .option('--force', 'replace an existing triage section')
    .action(async (_options: unknown, init: Command) => {
      const flags = init.optsWithGlobals<InitFlags>();
      let answers = answersFromFlags(flags);
      const interactive = !flags.yes && Boolean(process.stdin.isTTY);
      if (interactive) answers = await askPolicy(process.stdin, process.stdout, answers);
      say(writePolicy(flags.config ?? DEFAULT_CONFIG_PATH, answers, Boolean(flags.force)));
      if (!interactive && !flags.yes) warn('decorum: stdin is not a terminal: wrote the defaults and flags.');
    });

  command
    .command('label')
    .description('Say who someone is, so their requests are decided by it (stored in the database)')
    .argument('<name>', 'their name as it appears on the request')
    .argument('[class]', `one of ${RELATIONSHIPS.join(', ')}`)
    .option('--remove', 'forget the label')
    .action((name: string, value: string | undefined, _options: unknown, label: Command) => {
      const flags = label.optsWithGlobals<{ remove?: boolean; db: string }>();
      const db = openStore(flags.db);
      try {
        say(labelPerson(db, name, value, Boolean(flags.remove)));
      } finally {
        db.close();
      }
    });

  command
    .command('labels')
    .description('List the people you have labelled')
    .action((_options: unknown, labels: Command) => {
      const flags = labels.optsWithGlobals<{ db: string }>();
      const db = openStore(flags.db);
      try {
        const stored = loadLabels(db);
        say(
          stored.length
            ? stored.map((label) => `${label.name}\t${label.relationship}`).join('\n')
            : 'No labels yet: decorum triage label "NAME" CLASS',
        );
      } finally {
        db.close();
      }
    });
}
