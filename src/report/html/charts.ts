import { TAXONOMY, type CategoryId } from '../../core/categories.js';
import { countBy, itemsByCategory } from '../../core/flagged-items.js';
import { monthsBetween } from '../../core/months.js';
import type { ReportItem } from '../items.js';
import { escapeHtml } from './escape.js';

/**
 * Inline SVG charts of the flagged items. Only presentation attributes and classes, never `style=`, so the
 * report's CSP can stay without 'unsafe-inline'; every label is escaped.
 */

/** Geometry of one timeline drawing, in SVG user units (which the page scales to its width). */
interface TimelineShape {
  width: number;
  height: number;
  /** Least room between two year labels. */
  labelGap: number;
  /** Shown only on narrow or only on wide screens. */
  screen: 'narrow' | 'wide';
}

/** A phone gets a squarer drawing than a desktop, so its bars stay tall and its labels readable. */
const TIMELINES: readonly TimelineShape[] = [
  { width: 360, height: 190, labelGap: 56, screen: 'narrow' },
  { width: 960, height: 210, labelGap: 70, screen: 'wide' },
];
const TOP = 26;
const BOTTOM = 30;

function timelineSvg(byMonth: Record<string, number>, months: readonly string[], shape: TimelineShape): string {
  const max = Math.max(1, ...Object.values(byMonth));
  const plot = shape.height - TOP - BOTTOM;
  const step = shape.width / months.length;
  const marks: string[] = [];
  let lastLabel = -Infinity;
  months.forEach((month, index) => {
    const count = byMonth[month] ?? 0;
    const height = (count / max) * plot;
    const x = index * step;
    if (count)
      marks.push(
        `<rect x="${(x + step * 0.1).toFixed(1)}" y="${(TOP + plot - height).toFixed(1)}" width="${Math.max(1, step * 0.8).toFixed(1)}" height="${height.toFixed(1)}" class="bar"><title>${month}: ${count}</title></rect>`,
      );
    // The year under the first month and under each January, as long as it does not crowd the one before.
    const fits = x - lastLabel >= shape.labelGap && x + shape.labelGap / 2 <= shape.width;
    if ((index === 0 || month.endsWith('-01')) && fits) {
      marks.push(
        `<line x1="${x.toFixed(1)}" y1="${TOP + plot}" x2="${x.toFixed(1)}" y2="${TOP + plot + 5}" class="tick"/><text x="${x.toFixed(1)}" y="${shape.height - 8}" class="axis">${month.slice(0, 4)}</text>`,
      );
      lastLabel = x;
    }
  });
  return `<svg class="only-${shape.screen}" viewBox="0 0 ${shape.width} ${shape.height}" role="img" aria-label="Flagged items per month from ${months[0]} to ${months.at(-1)}, at most ${max} in one month">
<line x1="0" y1="${TOP}" x2="${shape.width}" y2="${TOP}" class="grid"/><text x="0" y="${TOP - 8}" class="axis">${max} in the busiest month</text>
<line x1="0" y1="${TOP + plot}" x2="${shape.width}" y2="${TOP + plot}" class="baseline"/>${marks.join('')}</svg>`;
}

/** Flagged items per month, every month from the first to the last so quiet stretches show as gaps. */
export function timelineChart(items: readonly ReportItem[]): string {
  const byMonth = countBy(
    items.filter((item) => item.createdAt),
    (item) => (item.createdAt as string).slice(0, 7),
  );
  const months = monthsBetween(Object.keys(byMonth).sort());
  const undated = items.length - Object.values(byMonth).reduce((sum, count) => sum + count, 0);
  if (months.length === 0) return '';
  return `<figure class="chart wide"><figcaption>Flagged items per month${undated ? ` <span class="muted">(${undated} undated not shown)</span>` : ''}</figcaption>
${TIMELINES.map((shape) => timelineSvg(byMonth, months, shape)).join('\n')}</figure>`;
}

const BARS = { width: 360, row: 24, label: 156, count: 36 } as const;

/** Horizontal bars, largest first: one row per label. */
function barChart(title: string, counts: Record<string, number>, label: (key: string) => string): string {
  const rows = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  if (rows.length === 0) return '';
  const max = Math.max(1, ...rows.map(([, count]) => count));
  const room = BARS.width - BARS.label - BARS.count;
  const body = rows
    .map(([key, count], index) => {
      const y = index * BARS.row;
      const width = Math.max(2, (count / max) * room);
      return `<text x="0" y="${y + 16}" class="label">${escapeHtml(label(key))}</text><rect x="${BARS.label}" y="${y + 4}" width="${width.toFixed(1)}" height="${BARS.row - 8}" class="bar"/><text x="${(BARS.label + width + 4).toFixed(1)}" y="${y + 16}" class="count">${count}</text>`;
    })
    .join('');
  return `<figure class="chart"><figcaption>${escapeHtml(title)}</figcaption>
<svg viewBox="0 0 ${BARS.width} ${rows.length * BARS.row}" role="img" aria-label="${escapeHtml(`${title}: ${rows.map(([key, count]) => `${label(key)} ${count}`).join(', ')}`)}">${body}</svg></figure>`;
}

export const categoryChart = (items: readonly ReportItem[]): string =>
  barChart('Flagged items by category', itemsByCategory(items), (id) => TAXONOMY[id as CategoryId]?.label ?? id);

const AUDIENCE_LABEL: Readonly<Record<string, string>> = {
  public: 'Everyone (public)',
  connections: 'Connections',
  friends: 'Friends or followers',
  private: 'Private messages',
  unknown: 'Audience unknown',
};

export const audienceChart = (items: readonly ReportItem[]): string =>
  barChart(
    'Flagged items by who can see them',
    countBy(items, (item) => item.findings[0].audience),
    (audience) => AUDIENCE_LABEL[audience] ?? audience,
  );
