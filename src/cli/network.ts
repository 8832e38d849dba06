import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { findCompany, buildNetworkMap, networkJson, peopleWithoutCompany, type MapCompany } from '../network/map.js';
import { renderCompany, renderMap, renderPeople } from '../report/network-terminal.js';
import {
  addTarget,
  loadCompanyOverrides,
  loadTargets,
  networkInput,
  pinCompany,
  removeTarget,
  resetCompany,
  splitCompany,
} from '../store/network.js';
import { findPeople, trackPerson } from '../network/track.js';
import { companyKey } from '../people/companies.js';
import { DEFAULT_DB_PATH, openStore, type Db } from '../store/db.js';
import { latestRun } from '../store/runs.js';
import { EXIT, parseIntOption, UsageError } from './exit.js';
import { say, warn, write } from './output.js';
import { jsonText } from '../report/terminal-safe.js';

interface NetworkFlags {
  db: string;
  company?: string;
  json?: boolean;
  limit: string;
  asOf?: string;
}

/** What a network command prints: stdout, stderr lines, and the exit code. */
export interface NetworkOutput {
  stdout: string;
  stderr: string[];
  exitCode: number;
}

function parseNow(asOf: string | undefined): Date {
  const now = asOf ? new Date(asOf) : new Date();
  if (Number.isNaN(now.getTime())) throw new UsageError(`--as-of takes an ISO date like 2026-01-31, not '${asOf}'`);
  return now;
}

/** `decorum network [--company NAME] [--json]` against an open store. */
export function runNetwork(db: Db, flags: Omit<NetworkFlags, 'db'>): NetworkOutput {
  const now = parseNow(flags.asOf);
  const limit = parseIntOption('--limit', flags.limit);
  const input = networkInput(db, now);
  const map = buildNetworkMap(input);
  // What the importers could not place (hidden profiles, unreadable connection files) belongs in the map's notes.
  const problems = (latestRun(db)?.problems ?? []).filter((problem) =>
    /(connections|invitations|friends|followers|following)[^/]*$/i.test(problem.file),
  );
  for (const problem of problems) map.notes.push(`${problem.file}: ${problem.message}`);
  const stderr = flags.json ? map.notes.map((note) => `decorum: ${note}`) : [];
  const nothing = input.items.length === 0 && input.positions.length === 0;
  if (flags.company === undefined) {
    const stdout = flags.json ? jsonText(networkJson(map.companies)) : renderMap(map, limit);
    if (nothing)
      return {
        stdout,
        stderr: [
          ...stderr,
          'decorum: nothing to map: run `decorum audit <your exports>` first (LinkedIn, Facebook, Instagram)',
        ],
        exitCode: EXIT.unreadable,
      };
    return { stdout, stderr, exitCode: EXIT.ok };
  }
  if (flags.company.trim() === '' || companyKey(flags.company) === '') {
    const people = peopleWithoutCompany(input);
    const group: MapCompany = { key: '', name: '', variants: [], people, score: 0, target: false, current: false };
    const stdout = flags.json
      ? jsonText(networkJson(people.length ? [group] : []))
      : renderPeople(`${people.length} LinkedIn connection(s) with no company in the export`, people);
    return { stdout, stderr, exitCode: EXIT.ok };
  }
  const found = findCompany(map, flags.company, input.overrides);
  if (flags.json) return { stdout: jsonText(networkJson(found)), stderr, exitCode: EXIT.ok };
  if (found.length === 0) {
    const names = map.companies.slice(0, 5).map((company) => `"${company.name}"`);
    return {
      stdout: `Nobody you know works at "${flags.company}" according to your exports.${names.length ? ` Employers you know people at: ${names.join(', ')}.` : ''}\nAdd it as a target to keep it in view: decorum network targets add "${flags.company}"`,
      stderr,
      exitCode: EXIT.ok,
    };
  }
  return { stdout: found.map(renderCompany).join('\n\n'), stderr, exitCode: EXIT.ok };
}

function withStore<T>(flags: { db: string }, run: (db: Db) => T): T {
  const db = openStore(flags.db);
  try {
    return run(db);
  } finally {
    db.close();
  }
}

function print(output: NetworkOutput): void {
  if (output.stdout) write(`${output.stdout}\n`);
  for (const line of output.stderr) warn(line);
  if (output.exitCode !== EXIT.ok) process.exitCode = output.exitCode;
}

export function registerNetwork(program: Command): void {
  const network = program
    .command('network')
    .description('Who you know where: warm paths to the employers you want, with a first step per person')
    .option('--db <file>', 'SQLite store written by `decorum audit`', DEFAULT_DB_PATH)
    .option('--company <name>', 'list the people at one employer (any spelling), with role, tie, why and a draft')
    .option('--json', 'print {"companies":[{"name","variants","people":[…]}]} to stdout')
    .option('--limit <n>', 'how many employers the table lists', '20')
    .option('--as-of <date>', 'judge "recent" as of this date (ISO 8601) instead of now')
    .addHelpText(
      'after',
      `
Reads the connections, messages, invitations and your own positions that \`decorum audit\` stored.

Examples:
  decorum audit linkedin.zip facebook.zip instagram.zip
  decorum network
  decorum network --company "Fabrikam"
  decorum network targets add "Tailspin Toys" --track
  decorum network track "Sam O'Neil"
  decorum network company pin "Contoso Bank" --as "Contoso"
  decorum network company split "Contoso Bank"

Exit codes: 0 done, 2 usage error, 3 nothing stored to map (run \`decorum audit\` first).`,
    )
    .action((flags: NetworkFlags) => {
      if (!existsSync(flags.db))
        throw new Error(`no store at ${flags.db}: run \`decorum audit <your exports>\` first, or pass --db FILE`);
      print(withStore(flags, (db) => runNetwork(db, flags)));
    });

  const targets = network.command('targets').description('Your target employers (hiring or not), kept in the store');
  targets
    .command('add')
    .description('add target employers')
    .argument('<names...>', 'employer names, any spelling')
    .option('--note <text>', 'why this employer (kept with the target)')
    .option('--track', 'also add the people you know there to the contact tracker (decorum contacts)')
    .action((names: string[], options: { note?: string; track?: boolean }, command: Command) => {
      const flags = command.optsWithGlobals<NetworkFlags>();
      withStore(flags, (db) => {
        for (const name of names) {
          if (!companyKey(name)) throw new UsageError(`'${name}' is not a company name`);
          const target = addTarget(db, name, options.note ?? null);
          const input = networkInput(db, parseNow(flags.asOf));
          const company = findCompany(buildNetworkMap(input), name, input.overrides)[0];
          const people = company?.people ?? [];
          say(
            `Target: ${target.name} — ${people.length === 0 ? 'nobody you know there yet' : `you know ${people.length} ${people.length === 1 ? 'person' : 'people'} there: ${people.map((person) => `${person.name} (${person.tie})`).join(', ')}`}`,
          );
          if (!options.track || !company) continue;
          for (const person of people) {
            try {
              const contact = trackPerson(db, { company, person });
              say(`  tracked: ${contact.name}`);
            } catch (error) {
              warn(`decorum: ${error instanceof Error ? error.message : String(error)}`);
            }
          }
        }
      });
    });
  targets
    .command('list')
    .description('list your target employers')
    .action((_options: unknown, command: Command) => {
      const flags = command.optsWithGlobals<NetworkFlags>();
      withStore(flags, (db) => {
        const list = loadTargets(db);
        if (flags.json) say(jsonText({ targets: list }));
        else if (list.length === 0) say('No targets yet: decorum network targets add "Employer"');
        else for (const target of list) say(`${target.name}${target.note ? ` — ${target.note}` : ''}`);
      });
    });
  targets
    .command('remove')
    .description('remove a target employer')
    .argument('<name>', 'employer name, any spelling')
    .action((name: string, _options: unknown, command: Command) => {
      const flags = command.optsWithGlobals<NetworkFlags>();
      withStore(flags, (db) => {
        if (!removeTarget(db, name)) throw new UsageError(`'${name}' is not one of your targets`);
        say(`Removed target: ${name}`);
      });
    });

  network
    .command('track')
    .description('add a person from the map to the contact tracker, with employer, title and why they are a warm path')
    .argument('<name>', 'their name, any spelling')
    .option('--at <employer>', 'where they work, when several people share the name')
    .action((name: string, options: { at?: string }, command: Command) => {
      const flags = command.optsWithGlobals<NetworkFlags>();
      withStore(flags, (db) => {
        const input = networkInput(db, parseNow(flags.asOf));
        const found = findPeople(buildNetworkMap(input), name, options.at, input.overrides);
        if (found.length === 0)
          throw new UsageError(`nobody called '${name}'${options.at ? ` at '${options.at}'` : ''} on your network map`);
        if (found.length > 1)
          throw new UsageError(
            `${found.length} people match '${name}': ${found.map((entry) => `${entry.person.name} at ${entry.company.name}`).join('; ')} — add --at EMPLOYER`,
          );
        let contact;
        try {
          contact = trackPerson(db, found[0]!);
        } catch (error) {
          throw new UsageError(error instanceof Error ? error.message : String(error));
        }
        say(
          `Tracking ${contact.name}${contact.company ? ` (${contact.company})` : ''}: see decorum contacts show "${contact.name}"`,
        );
      });
    });

  const company = network
    .command('company')
    .description('correct how company names are grouped: pin a spelling to an employer, or split it off');
  company
    .command('pin')
    .description('treat a spelling as another employer ("Contoso Bank" → "Contoso")')
    .argument('<name>', 'the spelling as the exports write it')
    .requiredOption('--as <employer>', 'the employer it belongs to')
    .action((name: string, options: { as: string }, command: Command) => {
      const flags = command.optsWithGlobals<NetworkFlags>();
      if (!companyKey(name) || !companyKey(options.as)) throw new UsageError('pin takes two company names');
      withStore(flags, (db) => pinCompany(db, name, options.as));
      say(`"${name}" now counts as "${options.as}".`);
    });
  company
    .command('split')
    .description('keep a spelling apart from every other one')
    .argument('<name>', 'the spelling as the exports write it')
    .action((name: string, _options: unknown, command: Command) => {
      const flags = command.optsWithGlobals<NetworkFlags>();
      if (!companyKey(name)) throw new UsageError(`'${name}' is not a company name`);
      withStore(flags, (db) => splitCompany(db, name));
      say(`"${name}" is now an employer of its own.`);
    });
  company
    .command('reset')
    .description('forget the pin or split of a spelling')
    .argument('<name>', 'the spelling')
    .action((name: string, _options: unknown, command: Command) => {
      const flags = command.optsWithGlobals<NetworkFlags>();
      const removed = withStore(flags, (db) => resetCompany(db, name));
      if (!removed) throw new UsageError(`'${name}' has no pin or split`);
      say(`"${name}" is grouped automatically again.`);
    });
  company
    .command('list')
    .description('list your pins and splits')
    .action((_options: unknown, command: Command) => {
      const flags = command.optsWithGlobals<NetworkFlags>();
      withStore(flags, (db) => {
        const overrides = loadCompanyOverrides(db);
        if (flags.json) say(jsonText({ overrides }));
        else if (overrides.length === 0) say('No pins or splits: company names are grouped automatically.');
        else
          for (const override of overrides)
            say(
              override.action === 'pin'
                ? `pin   "${override.variant}" → "${override.target}"`
                : `split "${override.variant}"`,
            );
      });
    });
}
