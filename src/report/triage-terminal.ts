import { colors as pc } from './colors.js';
import { RELATIONSHIP_LABEL, type Decision, type Relationship } from '../config/triage.js';
import type { TriageEntry } from '../triage/index.js';
import { platformName } from '../triage/knowledge.js';

const HEADINGS: Readonly<Record<Decision, string>> = {
  redirect: 'Redirect: suggest the other network, with the reply below',
  review: 'Review: you decide',
  accept: 'Accept',
  ignore: 'Ignore: leave unanswered (they are not told)',
};

const ORDER: readonly Decision[] = ['redirect', 'review', 'accept', 'ignore'];

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Terminal columns a string takes: CJK characters take two. */
function columns(text: string): number {
  let count = 0;
  for (const char of text) count += WIDE.test(char) ? 2 : 1;
  return count;
}

function cut(text: string, width: number): string {
  if (columns(text) <= width) return text;
  let out = '';
  for (const char of text) {
    if (columns(out + char) > width - 1) break;
    out += char;
  }
  return `${out}…`;
}

function pad(text: string, width: number): string {
  const length = columns(text);
  return length >= width ? text : text + ' '.repeat(width - length);
}

const SHORT_CLASS: Readonly<Record<Relationship, string>> = {
  ...RELATIONSHIP_LABEL,
  candidate: 'candidate',
  peer: 'peer',
};

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
  const nameWidth = Math.min(24, Math.max(4, ...entries.map((e) => columns(e.request.name))));
  const classWidth = Math.min(
    18,
    Math.max(5, ...entries.map((e) => SHORT_CLASS[e.classification.relationship].length)),
  );
  const whyWidth = Math.max(30, width - nameWidth - classWidth - 10 - 6);
  for (const decision of ORDER) {
    const group = entries.filter((entry) => entry.decision.decision === decision);
    if (group.length === 0) continue;
    if (lines.length) lines.push('');
    lines.push(pc.bold(`${HEADINGS[decision]} (${group.length})`));
    lines.push(pc.dim(`  ${pad('name', nameWidth)}  ${pad('network', 9)}  ${pad('class', classWidth)}  why`));
    for (const entry of group) {
      const relationship = SHORT_CLASS[entry.classification.relationship];
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
