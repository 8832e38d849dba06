import { colors as pc } from './colors.js';
import { ACTION_LABEL, planActionFor } from '../core/actions.js';
import { TAXONOMY, type CategoryId, type Severity } from '../core/categories.js';
import type { AuditResult, AuditSummary } from '../audit/pipeline.js';
import { countBy, groupByItem, itemsByCategory } from '../core/flagged-items.js';
import { profileSection } from './profile-terminal.js';
import { formatDate, snippet } from './text.js';

const SEVERITY_COLOUR: Record<Severity, (text: string) => string> = {
  high: pc.red,
  medium: pc.yellow,
  low: pc.dim,
};

/** The terminal summary: what was read, counts by category and severity, the top items to clean up. */
export function terminalReport(result: AuditResult, summary: AuditSummary, top = 10): string {
  const lines: string[] = [];
  const read = summary.inputs
    .map((input) =>
      input.platform ? `${input.input} (${input.platform}: ${input.items} items)` : `${input.input} (not read)`,
    )
    .join(', ');
  lines.push(pc.bold(`Read ${summary.itemsRead} items from ${read || 'no inputs'}.`));
  // The profile first: a recruiter sees it before any post.
  if (result.profile?.records.length) lines.push('', profileSection(result.profile), '');
  if (summary.itemsRead === 0) {
    lines.push(pc.yellow('Nothing could be read from these inputs: see the problems below.'));
  } else if (summary.findings === 0) {
    lines.push(pc.green('Nothing found that needs cleaning up.'));
  } else {
    const items = groupByItem(result.findings);
    const severities = countBy(items, (item) => item.severity);
    lines.push(
      `${pc.bold(String(items.length))} ${items.length === 1 ? 'item' : 'items'} flagged (${summary.findings} findings): ` +
        `${pc.red(`${severities.high ?? 0} high`)}, ${pc.yellow(`${severities.medium ?? 0} medium`)}, ${severities.low ?? 0} low`,
    );
    lines.push('');
    const categories = Object.entries(itemsByCategory(items)).sort((a, b) => b[1] - a[1]) as [CategoryId, number][];
    const width = Math.max(...categories.map(([id]) => TAXONOMY[id].label.length));
    for (const [id, count] of categories) lines.push(`  ${TAXONOMY[id].label.padEnd(width)}  ${count}`);
    lines.push('');
    lines.push(pc.bold(`Top ${Math.min(top, items.length)} to clean up first:`));
    items.slice(0, top).forEach((item, index) => {
      const [first] = item.findings;
      const span = first.evidence[0];
      const where = first.mediaPath ? `[photo ${first.mediaPath}]` : snippet(first.text, span?.start, span?.end, 70);
      lines.push(
        `${String(index + 1).padStart(3)}. ${SEVERITY_COLOUR[item.severity](item.severity.padEnd(6))} ` +
          `${pc.bold(String(item.priority).padStart(3))}  ${formatDate(item.createdAt)}  ${first.platform}  ${where}`,
      );
      for (const finding of item.findings)
        lines.push(
          `       ${pc.dim(`${finding.reason} Suggested: ${ACTION_LABEL[planActionFor(finding, finding.action)].toLowerCase()}.`)}`,
        );
    });
  }
  for (const note of summary.notes) lines.push('', pc.cyan(`Note: ${note}`));
  if (summary.notAssessed.items) {
    const languages = Object.entries(summary.notAssessed.byLanguage)
      .sort((a, b) => b[1] - a[1])
      .map(([code, n]) => `${code} ${n}`)
      .join(', ');
    lines.push(
      '',
      pc.cyan(`Not assessed: ${summary.notAssessed.items} items in languages Decorum does not read (${languages}).`),
    );
  }
  if (result.problems.length) {
    lines.push('', pc.yellow(`${result.problems.length} problem(s) while reading:`));
    for (const problem of result.problems.slice(0, 20)) lines.push(`  ${problem.file}: ${problem.message}`);
    if (result.problems.length > 20) lines.push(`  … and ${result.problems.length - 20} more (see --json)`);
  }
  return lines.join('\n');
}
