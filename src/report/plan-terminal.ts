import { PLATFORM_NAMES } from '../core/item.js';
import { ACTION_LABEL } from '../core/actions.js';
import { openingWords } from '../core/locate.js';
import { groupEntries, type Plan, type PlanEntry, type PlanProgress } from '../plan/build.js';
import { colors as pc } from './colors.js';
import { formatDate } from './text.js';

const BAR_WIDTH = 30;

/** `[██████░░░░] 6 of 10 dealt with`: done, skipped and gone count as dealt with. */
export function progressLine(progress: PlanProgress): string {
  const total = progress.done + progress.skipped + progress.left + progress.gone;
  const dealt = total - progress.left;
  const filled = total ? Math.round((dealt / total) * BAR_WIDTH) : BAR_WIDTH;
  const bar = `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
  const percent = total ? Math.round((dealt / total) * 100) : 100;
  return (
    `[${bar}] ${percent}%  ${dealt} of ${total} dealt with — ` +
    `${progress.done} done, ${progress.gone} gone, ${progress.skipped} skipped, ${progress.left} left`
  );
}

function entryLines(entry: PlanEntry, groupHow: readonly string[]): string[] {
  const words = openingWords(entry.text, 70) || '(no text: a photo or video)';
  const lines = [
    `  ${pc.bold(entry.ref)}  ${String(entry.priority).padStart(3)}  ${formatDate(entry.createdAt)}  ${entry.kind.padEnd(7)} ${words}`,
  ];
  // Links and steps come from the export: openingWords strips control characters from anything shown.
  if (entry.url) lines.push(`           ${pc.cyan(openingWords(entry.url, 200))}`);
  else for (const step of entry.find) lines.push(`           ${pc.dim(openingWords(step, 200))}`);
  if (entry.how.join() !== groupHow.join()) for (const step of entry.how) lines.push(`           ${step}`);
  if (entry.note) lines.push(`           ${pc.yellow(entry.note)}`);
  return lines;
}

/** The checklist: progress, account-wide tips, then what is left, grouped by platform and action. */
export function planTerminal(plan: Plan, options: { all?: boolean } = {}): string {
  const lines: string[] = [pc.bold('Clean-up plan'), progressLine(plan.progress)];
  if (plan.entries.length === 0) {
    lines.push('', 'Nothing to clean up: run decorum audit on your exports first, or nothing was flagged.');
    return lines.join('\n');
  }
  for (const tip of plan.tips) lines.push('', pc.cyan(`Once for the whole account: ${tip}`));
  const shown = options.all ? plan.entries : plan.entries.filter((entry) => entry.status === 'left');
  if (shown.length === 0) lines.push('', pc.green('Nothing left to do.'));
  for (const group of groupEntries(shown)) {
    const first = group.entries[0] as PlanEntry;
    lines.push(
      '',
      pc.bold(`${PLATFORM_NAMES[group.platform]} · ${ACTION_LABEL[group.action]} (${group.entries.length})`),
    );
    for (const step of first.how) lines.push(`  ${pc.dim(step)}`);
    for (const entry of group.entries) {
      const status = options.all && entry.status !== 'left' ? ` [${entry.status}]` : '';
      lines.push(...entryLines(entry, first.how).map((line, index) => (index === 0 ? `${line}${status}` : line)));
    }
  }
  lines.push(
    '',
    pc.dim(
      'Mark items: decorum plan done REF… · decorum plan skip REF… (or --all-low) · re-audit a newer export to confirm.',
    ),
  );
  return lines.join('\n');
}
