import { TAXONOMY } from '../core/categories.js';
import type { Finding } from '../core/finding.js';
import { categoriesOf, groupByItem } from '../core/flagged-items.js';
import { toCsv } from './csv.js';
import { itemAction } from './items.js';

const HEADER = [
  'priority',
  'severity',
  'categories',
  'platform',
  'kind',
  'date',
  'audience',
  'action',
  'reasons',
  'text',
  'url',
  'file',
  'media',
] as const;

/**
 * One row per flagged item (every reason in one cell, most severe first), in priority order: a spreadsheet to
 * work through, as the report and the web app list them. Cells go through `toCsv`, which keeps formulas inert.
 */
export function itemsCsv(findings: readonly Finding[]): string {
  const rows = groupByItem(findings).map((item) => {
    const [first] = item.findings;
    return [
      item.priority,
      item.severity,
      categoriesOf(item)
        .map((id) => TAXONOMY[id as Finding['category']].label)
        .join('; '),
      first.platform,
      first.kind,
      item.createdAt?.slice(0, 10),
      first.audience,
      itemAction(item),
      item.findings.map((finding) => finding.reason).join('\n'),
      first.text,
      first.url,
      first.file,
      [...new Set(item.findings.flatMap((finding) => (finding.mediaPath ? [finding.mediaPath] : [])))].join('\n'),
    ];
  });
  return toCsv(HEADER, rows);
}
