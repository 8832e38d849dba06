import type { Command } from 'commander';
import { DEFAULT_DB_PATH, openStore } from '../store/db.js';
import { dueFollowUps, type ContactSummary, type FollowUps } from '../tracker/index.js';
import { parseDate } from './contacts.js';
import { write } from './output.js';
import { jsonText } from '../report/terminal-safe.js';

export function followUpsText(result: FollowUps): string {
  const lines: string[] = [];
  const section = (title: string, list: readonly ContactSummary[]) => {
    if (!list.length) return;
    lines.push(title);
    for (const c of list) lines.push(`  ${c.name}${c.company ? ` (${c.company})` : ''} — ${c.followUp.reason}`);
  };
  section('Due a polite follow-up:', result.due);
  section('Not yet:', result.notYet);
  section('Stop chasing:', result.stop);
  section('Waiting for your reply:', result.replyOwed);
  if (!lines.length) lines.push('Nothing pending: log messages with decorum contacts log, or import them.');
  return `${lines.join('\n')}\n`;
}

export function registerFollowups(program: Command): void {
  program
    .command('followups')
    .description('Who is due a polite follow-up, who is not yet, and whom to stop chasing')
    .option('--json', 'print {"due","notYet","stop","replyOwed"} as JSON')
    .option('--as-of <date>', 'judge timing as of this date instead of now')
    .option('--db <file>', 'SQLite store', DEFAULT_DB_PATH)
    .addHelpText(
      'after',
      `
Networking: wait a week after an unanswered message, follow up once, then stop.
Applications (contacts added with --purpose application): wait 3 business days; stop after three messages.
Draft the follow-up with: decorum coach draft.txt --kind follow_up --to "NAME"`,
    )
    .action((flags: { db: string; json?: boolean; asOf?: string }) => {
      const now = parseDate('--as-of', flags.asOf);
      const db = openStore(flags.db);
      try {
        const result = dueFollowUps(db, now);
        write(flags.json ? `${jsonText(result)}\n` : followUpsText(result));
      } finally {
        db.close();
      }
    });
}
