import pc from 'picocolors';
import { RELATIONSHIP_LABEL, type Decision } from '../config/triage.js';
import type { TriageEntry } from './index.js';
import { platformName } from './knowledge.js';

const HEADINGS: Readonly<Record<Decision, string>> = {
  redirect: 'Redirect: suggest the other network, with the reply below',
  review: 'Review: you decide',
  accept: 'Accept',
  ignore: 'Ignore: leave unanswered (they are not told)',
};

const ORDER: readonly Decision[] = ['redirect', 'review', 'accept', 'ignore'];

function cut(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

function pad(text: string, width: number): string {
  const length = [...text].length;
  return length >= width ? text : text + ' '.repeat(width - length);
}

/** Evidence without its "— from …" source, for the narrow table column. */
function shortWhy(entry: TriageEntry): string {
  return (entry.classification.evidence[0] ?? entry.decision.reason).replace(/ — from .*$/, '');
}

/**
 * The terminal table, grouped by decision: name, network, class, why; for redirects the reply draft under the row.
 * `hidden` is the number of requests decided in earlier runs and left out.
 */
export function renderTable(entries: readonly TriageEntry[], hidden = 0, width = 110): string {
  const lines: string[] = [];
  const nameWidth = Math.min(24, Math.max(4, ...entries.map((e) => [...e.request.name].length)));
  const classWidth = Math.min(
    18,
    Math.max(5, ...entries.map((e) => RELATIONSHIP_LABEL[e.classification.relationship].length)),
  );
  const whyWidth = Math.max(30, width - nameWidth - classWidth - 10 - 6);
  for (const decision of ORDER) {
    const group = entries.filter((entry) => entry.decision.decision === decision);
    if (group.length === 0) continue;
    if (lines.length) lines.push('');
    lines.push(pc.bold(`${HEADINGS[decision]} (${group.length})`));
    lines.push(pc.dim(`  ${pad('name', nameWidth)}  ${pad('network', 9)}  ${pad('class', classWidth)}  why`));
    for (const entry of group) {
      const relationship = RELATIONSHIP_LABEL[entry.classification.relationship];
      lines.push(
        `  ${pad(cut(entry.request.name, nameWidth), nameWidth)}  ${pad(platformName(entry.request.platform), 9)}  ${pad(
          cut(relationship, classWidth),
          classWidth,
        )}  ${cut(shortWhy(entry), whyWidth)}`,
      );
      if (decision !== 'accept') lines.push(pc.dim(`      → ${entry.decision.reason}`));
      if (entry.reply) {
        lines.push('      reply:');
        for (const line of entry.reply.split('\n')) lines.push(`        ${line}`);
      }
    }
  }
  if (hidden > 0)
    lines.push(
      '',
      pc.dim(
        `${hidden} request${hidden === 1 ? '' : 's'} decided in an earlier run not shown (--all shows everything).`,
      ),
    );
  return lines.join('\n');
}

export const CSV_HEADER = [
  'platform',
  'name',
  'receivedAt',
  'relationship',
  'evidence',
  'decision',
  'reason',
  'reply',
] as const;

export function csvRows(entries: readonly TriageEntry[]): string[][] {
  return entries.map((entry) => [
    entry.request.platform,
    entry.request.name,
    entry.request.receivedAt ?? '',
    entry.classification.relationship,
    entry.classification.evidence.join(' | '),
    entry.decision.decision,
    entry.decision.reason,
    entry.reply ?? '',
  ]);
}
