import { ACTION_LABEL, type PlanAction } from '../../core/actions.js';
import { TAXONOMY, type CategoryId } from '../../core/categories.js';
import { categoriesOf } from '../../core/flagged-items.js';
import { PLAN_STATUSES } from '../../plan/status.js';
import { platformLabel } from '../labels.js';
import { itemAction, type ReportItem } from '../items.js';
import { escapeHtml } from './escape.js';

/** The card attributes the filters match on; the page script reads the same names (`data-<key>`, `f-<key>`). */
export const FILTER_KEYS = ['category', 'severity', 'platform', 'action', 'status'] as const;

/** Status starts on "left": what still needs doing is what a person came for. */
export const DEFAULT_STATUS = 'left';

function select(key: string, label: string, options: readonly [string, string][], selected = ''): string {
  const choices = options
    .map(
      ([value, name]) =>
        `<option value="${escapeHtml(value)}"${value === selected ? ' selected' : ''}>${escapeHtml(name)}</option>`,
    )
    .join('');
  return `<label for="f-${key}">${label}<select id="f-${key}"><option value=""${selected ? '' : ' selected'}>All</option>${choices}</select></label>`;
}

/** The filter bar: only values that occur among the listed cards, so no choice leads to an empty list by itself. */
export function filterBar(items: readonly ReportItem[], shown: number): string {
  const distinct = (values: (item: ReportItem) => string[]): string[] => [...new Set(items.flatMap(values))].sort();
  const categories = distinct((item) => categoriesOf(item)).map((id): [string, string] => [
    id,
    TAXONOMY[id as CategoryId].label,
  ]);
  const severities = (['high', 'medium', 'low'] as const).map((s): [string, string] => [s, s]);
  const platforms = distinct((item) => [item.findings[0].platform]).map((p): [string, string] => [p, platformLabel(p)]);
  const actions = distinct((item) => [itemAction(item)]).map((a): [string, string] => [
    a,
    ACTION_LABEL[a as PlanAction],
  ]);
  const statuses = PLAN_STATUSES.map((s): [string, string] => [s, s]);
  return `<form class="filters" id="filters" role="search" aria-label="Filter the flagged items" hidden>
${select('category', 'Category', categories)}
${select('severity', 'Severity', severities)}
${select('platform', 'Platform', platforms)}
${select('action', 'Action', actions)}
${select('status', 'Status', statuses, DEFAULT_STATUS)}
<p class="shown" aria-live="polite"><b id="shown">${shown}</b> of ${items.length} shown <button type="reset" id="reset">Show all</button></p>
</form>`;
}
