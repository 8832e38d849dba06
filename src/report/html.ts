import { TAXONOMY, type CategoryId } from '../core/categories.js';
import { countBy, groupByItem, itemsByCategory } from '../core/flagged-items.js';
import type { AuditResult, AuditSummary } from '../audit/pipeline.js';
import type { PlanStatus } from '../plan/status.js';
import { itemCard, startEntry } from './html/card.js';
import type { ReportItem } from './items.js';
import { audienceChart, categoryChart, timelineChart } from './html/charts.js';
import { contentSecurityPolicy } from './csp.js';
import { escapeHtml } from './html/escape.js';
import { filterBar } from './html/filters.js';
import { firstView } from './html/first-view.js';
import { PAGE_SCRIPT } from './html/script.js';
import { PAGE_STYLE } from './html/style.js';

export { escapeHtml, highlight } from './html/escape.js';

export interface HtmlReportOptions {
  /** Where each item stands in the clean-up plan; `left` for all until a plan is kept. */
  statusOf?: (item: ReportItem) => PlanStatus;
  /** Cards are listed in full up to this many bytes (and `maxCards`); the rest are counted by category. */
  maxCardBytes?: number;
  maxCards?: number;
}

/** Keeps the file well under 10 MB however big the export: a browser opens it, a person reads the top of it. */
const DEFAULT_MAX_CARD_BYTES = 8_000_000;
const DEFAULT_MAX_CARDS = 3000;
const START_HERE = 10;
const MAX_PROBLEMS = 200;

function tiles(summary: AuditSummary, items: readonly ReportItem[]): string {
  const severities = countBy(items, (item) => item.severity);
  const tile = (count: number, label: string, extra = '') =>
    `<div class="tile${extra}"><b>${count}</b>${escapeHtml(label)}</div>`;
  return `<div class="tiles">${[
    tile(summary.itemsRead, 'items read'),
    tile(items.length, 'items flagged'),
    tile(severities.high ?? 0, 'high', ' sev-high'),
    tile(severities.medium ?? 0, 'medium', ' sev-medium'),
    tile(severities.low ?? 0, 'low', ' sev-low'),
  ].join('')}</div>`;
}

/** The cards that fit the size budget, in priority order; the rest are left for the summary table. */
function listedCards(items: readonly ReportItem[], options: HtmlReportOptions): string[] {
  const maxBytes = options.maxCardBytes ?? DEFAULT_MAX_CARD_BYTES;
  const maxCards = options.maxCards ?? DEFAULT_MAX_CARDS;
  const statusOf = options.statusOf ?? (() => 'left');
  const cards: string[] = [];
  let bytes = 0;
  for (const [index, item] of items.entries()) {
    if (cards.length >= maxCards) break;
    const card = itemCard(item, index, statusOf(item));
    bytes += Buffer.byteLength(card);
    if (bytes > maxBytes) break;
    cards.push(card);
  }
  return cards;
}

function restSummary(rest: readonly ReportItem[]): string {
  if (rest.length === 0) return '';
  const rows = Object.entries(itemsByCategory(rest))
    .sort((a, b) => b[1] - a[1])
    .map(([id, count]) => `<tr><td>${escapeHtml(TAXONOMY[id as CategoryId].label)}</td><td>${count}</td></tr>`)
    .join('');
  return `<section class="rest"><h2>${rest.length} more flagged ${rest.length === 1 ? 'item' : 'items'}, not listed one by one</h2>
<p class="muted">To keep this file small enough to open, only the highest-priority items are listed above. Every item is in <code>decorum audit --json</code> and in the web app (<code>decorum serve</code>).</p>
<table><thead><tr><th>Category</th><th>Items</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

function problemsSection(problems: AuditResult['problems']): string {
  if (problems.length === 0) return '';
  const listed = problems
    .slice(0, MAX_PROBLEMS)
    .map((problem) => `<li><code>${escapeHtml(problem.file)}</code>: ${escapeHtml(problem.message)}</li>`)
    .join('');
  const more =
    problems.length > MAX_PROBLEMS ? `<p>… and ${problems.length - MAX_PROBLEMS} more (see --json).</p>` : '';
  return `<section class="problems"><h2>Problems while reading (${problems.length})</h2><ul>${listed}</ul>${more}</section>`;
}

/**
 * One self-contained HTML file: a card per flagged item (all its reasons on it) in priority order, the ten to
 * start with, charts, and filters. No external scripts, styles, fonts or images; every export string is escaped.
 */
export function htmlReport(
  result: AuditResult,
  summary: AuditSummary,
  generatedAt = new Date(),
  options: HtmlReportOptions = {},
): string {
  const items = groupByItem(result.findings);
  const cards = listedCards(items, options);
  const listed = items.slice(0, cards.length);
  const notes = summary.notes.length
    ? `<section class="notes"><h2>Good to know</h2>${summary.notes.map((note) => `<p>${escapeHtml(note)}</p>`).join('')}</section>`
    : '';
  const start = items.length
    ? `<section class="start" aria-labelledby="start-title"><h2 id="start-title">Start here: the ${Math.min(START_HERE, items.length)} that matter most</h2>
<ol>${items
        .slice(0, Math.min(START_HERE, cards.length))
        .map((item, index) => startEntry(item, index))
        .join('')}</ol></section>`
    : '';
  const charts = items.length
    ? `<section aria-label="Charts"><div class="charts">${timelineChart(items)}${categoryChart(items)}${audienceChart(items)}</div></section>`
    : '';
  const inputs = summary.inputs.map((input) => `<li>${escapeHtml(input.input)}</li>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy({ script: PAGE_SCRIPT, style: PAGE_STYLE })}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Decorum audit report</title><style>${PAGE_STYLE}</style></head>
<body>
<header><h1>Decorum audit report</h1>
<p class="lead">Generated ${escapeHtml(generatedAt.toISOString().slice(0, 16).replace('T', ' '))} UTC.</p>
<details class="lead inputs"><summary>Read from ${summary.inputs.length} ${summary.inputs.length === 1 ? 'export' : 'exports'}</summary><ul>${inputs}</ul></details>
<p class="lead">One card per item, highest priority first: what is most visible, most severe and most recent. This file never leaves your computer unless you send it.</p></header>
${firstView(result.profile)}
${tiles(summary, items)}
${start}
${charts}
${notes}
${items.length ? filterBar(listed, cards.length) : ''}
<main>${cards.join('\n') || '<p class="none">Nothing found that needs cleaning up.</p>'}
<p class="none" id="none" hidden>No item matches these filters.</p></main>
${restSummary(items.slice(cards.length))}
${problemsSection(result.problems)}
<footer>Made by Decorum on your own computer. Links open only the platforms' own sites.</footer>
<script>${PAGE_SCRIPT}</script>
</body></html>
`;
}
