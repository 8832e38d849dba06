import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { buildPlan, type Plan, type PlanEntry } from '../plan/build.js';
import { likeJs, planCsv, tweetsJs } from '../report/plan-handoff.js';
import { planHtml } from '../report/plan-html.js';
import { planReport } from '../report/plan-json.js';
import { planTerminal } from '../report/plan-terminal.js';
import { DEFAULT_DB_PATH, openStore, type Db } from '../store/db.js';
import {
  loadFindingMarksWithTime,
  loadPlanItems,
  loadPlanMarks,
  markPlanItems,
  type PlanMarkStatus,
} from '../store/plan.js';
import { jsonText } from '../report/terminal-safe.js';
import { UsageError } from './exit.js';
import { refuseUnsafeOutputs, writeAtomically } from './outputs.js';
import { say, warn } from './output.js';

interface PlanFlags {
  db: string;
  json?: boolean;
  all?: boolean;
  report?: string;
  exportX?: string;
}

/** The plan as the store holds it now: findings, marks from the CLI and the web app, newer exports. */
export function loadPlan(db: Db): Plan {
  return buildPlan(loadPlanItems(db), loadPlanMarks(db), loadFindingMarksWithTime(db));
}

function withStore<T>(path: string, run: (db: Db) => T): T {
  if (!existsSync(path))
    throw new UsageError(`no store at ${path}: run \`decorum audit <your exports>\` first, or pass --db FILE`);
  const db = openStore(path);
  try {
    return run(db);
  } finally {
    db.close();
  }
}

/** The entries `refs` name: the short ref from the list, the item id, or `platform:itemId`. */
export function resolveRefs(plan: Plan, refs: readonly string[]): PlanEntry[] {
  const found: PlanEntry[] = [];
  for (const ref of refs) {
    const matches = plan.entries.filter(
      (entry) => entry.ref === ref || entry.itemId === ref || `${entry.platform}:${entry.itemId}` === ref,
    );
    if (matches.length === 0) throw new UsageError(`'${ref}' is not in the plan (see decorum plan --all for the ids)`);
    if (matches.length > 1)
      throw new UsageError(
        `'${ref}' names ${matches.length} items; use the short ids: ${matches.map((entry) => entry.ref).join(', ')}`,
      );
    found.push(matches[0] as PlanEntry);
  }
  return found;
}

/** Marks entries and says what changed; `--all-low` takes every open item whose findings are all low severity. */
export function markEntries(
  db: Db,
  refs: readonly string[],
  status: PlanMarkStatus | null,
  options: { allLow?: boolean },
  now = new Date(),
): string {
  if (refs.length === 0 && !options.allLow)
    throw new UsageError('name the items (their ids from decorum plan) or pass --all-low');
  const plan = loadPlan(db);
  const chosen = resolveRefs(plan, refs);
  if (options.allLow)
    chosen.push(...plan.entries.filter((entry) => entry.status === 'left' && entry.severity === 'low'));
  const entries = [...new Map(chosen.map((entry) => [entry.ref, entry])).values()];
  markPlanItems(
    db,
    entries.map((entry) => ({ platform: entry.platform, kind: entry.kind, id: entry.itemId })),
    status,
    now,
  );
  const verb = status === null ? 'Reopened' : status === 'done' ? 'Marked done' : 'Skipped';
  const after = loadPlan(db);
  const gone = entries.filter((entry) => entry.status === 'gone').length;
  return [
    `${verb}: ${entries.length} item${entries.length === 1 ? '' : 's'}${entries.length ? ` (${entries.map((entry) => entry.ref).join(', ')})` : ''}.`,
    ...(gone ? [`${gone} of them ${gone === 1 ? 'is' : 'are'} already gone from your newest export.`] : []),
    `Progress: ${after.progress.done} done, ${after.progress.gone} gone, ${after.progress.skipped} skipped, ${after.progress.left} left.`,
  ].join('\n');
}

/**
 * Writes the hand-off for archive-driven deletion tools: `tweets.js` and `like.js` in the X archive's format with
 * only what the plan deletes or unlikes (not gone, not skipped), and `plan.csv` of every item. Returns what it wrote.
 */
export function exportHandoff(plan: Plan, dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const tweets = tweetsJs(plan.entries);
  const likes = likeJs(plan.entries);
  writeAtomically(join(dir, 'tweets.js'), tweets.text);
  writeAtomically(join(dir, 'like.js'), likes.text);
  writeAtomically(join(dir, 'plan.csv'), planCsv(plan.entries));
  return [
    `${join(dir, 'tweets.js')}: ${tweets.ids.length} X post${tweets.ids.length === 1 ? '' : 's'} to delete`,
    `${join(dir, 'like.js')}: ${likes.ids.length} X like${likes.ids.length === 1 ? '' : 's'} to undo`,
    `${join(dir, 'plan.csv')}: all ${plan.entries.length} items, with links and actions`,
  ];
}

export function registerPlan(program: Command): void {
  const plan = program
    .command('plan')
    .description('Your clean-up checklist: what to do about each flagged item, where it is, and what is done')
    .option('--db <file>', 'SQLite store written by `decorum audit`', DEFAULT_DB_PATH)
    .option('--json', 'print the plan (version 1 contract) to stdout')
    .option('--all', 'list done, skipped and gone items too')
    .option(
      '--report <file>',
      'write a dated clean-up record (self-contained HTML): what is cleaned, when, what is left',
    )
    .option(
      '--export-x <dir>',
      'write tweets.js and like.js (X archive format) of what to delete, and plan.csv, for deletion tools',
    )
    .addHelpText(
      'after',
      `
Examples:
  decorum audit twitter-archive.zip facebook.zip
  decorum plan
  decorum plan done 3f9a2c1 7b0e4d2
  decorum plan skip --all-low
  decorum plan --export-x to-delete/       # tweets.js + like.js for an archive-driven deletion tool
  decorum plan --report clean-up.html
  decorum audit newer-twitter-archive.zip   # items no longer in it become "gone"

Exit codes: 0 done, 2 usage error (unknown id, no store).`,
    )
    .action((flags: PlanFlags) => {
      if (flags.report)
        refuseUnsafeOutputs(
          [
            { flag: '--db', path: flags.db },
            { flag: '--report', path: flags.report },
          ],
          [],
        );
      const current = withStore(flags.db, loadPlan);
      const wrote: string[] = [];
      if (flags.report) {
        writeAtomically(flags.report, planHtml(current, new Date()));
        wrote.push(`${flags.report}: clean-up record`);
      }
      if (flags.exportX) wrote.push(...exportHandoff(current, flags.exportX));
      if (flags.json) say(jsonText(planReport(current)));
      else say(planTerminal(current, { all: flags.all ?? false }));
      // On stderr with --json, so stdout stays one JSON document.
      for (const line of wrote) (flags.json ? warn : say)(`Wrote ${line}`);
    });

  const marker = (name: string, status: PlanMarkStatus | null, description: string): void => {
    plan
      .command(name)
      .description(description)
      .argument('[items...]', 'ids from `decorum plan` (or item ids)')
      .option('--all-low', 'every open item whose findings are all low severity')
      .action((refs: string[], options: { allLow?: boolean }, command: Command) => {
        const flags = command.optsWithGlobals<PlanFlags>();
        say(withStore(flags.db, (db) => markEntries(db, refs, status, options)));
      });
  };
  marker('done', 'done', 'mark items as cleaned up (a newer export confirms it)');
  marker('skip', 'skipped', 'leave items as they are, on purpose');
  marker('undo', null, 'clear the done or skipped mark of items');
}
