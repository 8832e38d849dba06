import { PLATFORM_NAMES } from '../core/item.js';
import { ACTION_LABEL } from '../core/actions.js';
import { openingWords } from '../core/locate.js';
import { platformLink } from '../core/safe-url.js';
import type { Plan, PlanEntry } from '../plan/build.js';
import type { PlanStatus } from '../plan/status.js';
import { contentSecurityPolicy } from './csp.js';
import { escapeHtml } from './html.js';
import { formatDate } from './text.js';

const STYLE = `
body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem;color:#1b1b1b}
h1{margin:.2rem 0}h2{margin-top:2rem;border-bottom:1px solid #ddd}
.lead{color:#444}.bar{width:100%;height:14px;display:block}
.counts{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;margin:.5rem 0 1rem}.counts b{font-size:1.3rem;margin-right:.25rem}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #eee;padding:.35rem .4rem;text-align:left;vertical-align:top}
th{font-size:.85rem;color:#555}td.words{overflow-wrap:anywhere}.note{color:#8a5300;font-size:.9rem}
.tips{background:#e7f3ff;border-radius:8px;padding:.6rem .9rem}
@media (max-width:600px){table,tbody,tr,td{display:block}thead{display:none}tr{border-bottom:1px solid #ddd;padding:.4rem 0}td{border:0;padding:.1rem 0}}
@media print{a{color:inherit;text-decoration:none}}`;

const SECTIONS: readonly { status: PlanStatus; title: string; lead: string }[] = [
  {
    status: 'gone',
    title: 'Cleaned up',
    lead: 'No longer in your newest export (or listed in it as deleted): proven gone.',
  },
  {
    status: 'done',
    title: 'Marked done',
    lead: 'You marked these done; audit a newer export to prove the removed ones are gone.',
  },
  { status: 'left', title: 'Left to do', lead: 'Still in your newest export.' },
  { status: 'skipped', title: 'Kept on purpose', lead: 'You chose to leave these as they are.' },
];

/** A link only to the platform's own site; anything else stays text. */
function linkCell(entry: PlanEntry): string {
  const url = platformLink(entry.url, entry.platform) ?? platformLink(entry.findUrl, entry.platform);
  if (!url) return '';
  const label = entry.url ? 'open' : 'find it';
  return `<a href="${escapeHtml(url)}" rel="noreferrer noopener">${label}</a>`;
}

function row(entry: PlanEntry): string {
  const words = openingWords(entry.text, 90) || '(a photo or video)';
  const note = entry.note ? `<div class="note">${escapeHtml(entry.note)}</div>` : '';
  return `<tr><td>${escapeHtml(PLATFORM_NAMES[entry.platform])} ${escapeHtml(entry.kind)}</td><td>${formatDate(entry.createdAt)}</td><td class="words">${escapeHtml(words)}${note}</td><td>${escapeHtml(ACTION_LABEL[entry.planAction])}</td><td>${entry.since ? formatDate(entry.since) : ''}</td><td>${linkCell(entry)}</td></tr>`;
}

function section(plan: Plan, status: PlanStatus, title: string, lead: string): string {
  const entries = plan.entries.filter((entry) => entry.status === status);
  if (entries.length === 0) return '';
  return `<section><h2>${title} (${entries.length})</h2><p>${lead}</p>
<table><thead><tr><th>Item</th><th>Posted</th><th>Opening words</th><th>Action</th><th>Since</th><th>Link</th></tr></thead>
<tbody>${entries.map(row).join('\n')}</tbody></table></section>`;
}

/**
 * The clean-up record the user keeps: what was cleaned and when, what is left. One self-contained file: no
 * script, styles by hash, no outside requests; the only links are to the platforms' own sites.
 */
export function planHtml(plan: Plan, generatedAt: Date): string {
  const { done, skipped, left, gone } = plan.progress;
  const total = done + skipped + left + gone;
  // An SVG bar: its sizes are attributes, which the CSP allows, where inline style attributes are blocked.
  let x = 0;
  const segment = (count: number, colour: string): string => {
    const width = total ? (count / total) * 100 : 0;
    const rect = `<rect x="${x.toFixed(2)}" width="${width.toFixed(2)}" height="4" fill="${colour}"/>`;
    x += width;
    return rect;
  };
  const tips = plan.tips.length
    ? `<section class="tips"><h2>Once for the whole account</h2>${plan.tips.map((tip) => `<p>${escapeHtml(tip)}</p>`).join('')}</section>`
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy({ script: '', style: STYLE })}">
<meta name="referrer" content="no-referrer">
<title>Decorum clean-up record, ${generatedAt.toISOString().slice(0, 10)}</title><style>${STYLE}</style></head>
<body>
<h1>Clean-up record</h1>
<p class="lead">Made ${escapeHtml(generatedAt.toISOString().slice(0, 16).replace('T', ' '))} UTC from the exports you audited with Decorum. Keep it: it says what you cleaned up and when, and what is left. It never leaves your computer unless you send it.</p>
<svg class="bar" viewBox="0 0 100 4" preserveAspectRatio="none" role="img" aria-label="${gone + done + skipped} of ${total} dealt with"><rect width="100" height="4" fill="#e5e5e5"/>${segment(gone, '#2e7d32')}${segment(done, '#66bb6a')}${segment(skipped, '#9e9e9e')}</svg>
<div class="counts"><span><b>${gone}</b>gone</span><span><b>${done}</b>done</span><span><b>${skipped}</b>skipped</span><span><b>${left}</b>left</span></div>
${tips}
${SECTIONS.map((entry) => section(plan, entry.status, entry.title, entry.lead)).join('\n') || '<p>Nothing was flagged.</p>'}
</body></html>
`;
}
