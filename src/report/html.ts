import { TAXONOMY, type CategoryId } from '../core/categories.js';
import type { Finding, Span } from '../core/finding.js';
import { highlightSegments } from '../core/highlight.js';
import { platformLink } from '../core/safe-url.js';
import type { AuditResult, AuditSummary } from '../audit/pipeline.js';
import { formatDate } from './text.js';
import { contentSecurityPolicy } from './csp.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => ESCAPES[char] as string);

/** The item's text around its evidence, with the evidence marked; long texts are cut around the first span. */
export function highlight(text: string, evidence: readonly Span[]): string {
  const { segments, cutBefore, cutAfter } = highlightSegments(text, evidence);
  const body = segments
    .map((segment) => (segment.marked ? `<mark>${escapeHtml(segment.text)}</mark>` : escapeHtml(segment.text)))
    .join('');
  return `${cutBefore ? '…' : ''}${body}${cutAfter ? '…' : ''}`;
}

function thumbnailOf(finding: Finding): string | null {
  const thumbnail = finding.details?.thumbnail;
  return typeof thumbnail === 'string' && thumbnail.startsWith('data:image/') ? thumbnail : null;
}

function photoFacts(finding: Finding): string {
  const facts: string[] = [];
  const scores = finding.details?.scores;
  if (scores && typeof scores === 'object') {
    for (const [label, value] of Object.entries(scores as Record<string, unknown>)) {
      if (typeof value === 'number') facts.push(`${label} ${Math.round(value * 100)}%`);
    }
  }
  const objects = finding.details?.objects;
  if (Array.isArray(objects) && objects.length) facts.push(`seen: ${objects.map(String).join(', ')}`);
  return facts.length ? `<p class="facts">${escapeHtml(facts.join(' · '))}</p>` : '';
}

function row(finding: Finding): string {
  const thumbnail = thumbnailOf(finding);
  const href = platformLink(finding.url, finding.platform);
  const link = href ? `<a href="${escapeHtml(href)}" rel="noreferrer noopener">open on ${finding.platform}</a>` : '';
  return `<article class="finding sev-${finding.severity}" data-category="${finding.category}" data-severity="${finding.severity}" data-platform="${finding.platform}" data-audience="${finding.audience}">
  <div class="prio" title="priority">${finding.priority}</div>
  ${thumbnail ? `<img class="thumb" src="${thumbnail}" alt="photo ${escapeHtml(finding.mediaPath ?? '')}">` : ''}
  <div class="body">
    <p class="meta"><span class="badge">${escapeHtml(TAXONOMY[finding.category].label)}</span> <span class="sev">${finding.severity}</span> · ${finding.platform} ${finding.kind} · ${formatDate(finding.createdAt)} · ${finding.audience} ${link ? `· ${link}` : ''}</p>
    ${finding.text ? `<p class="text">${highlight(finding.text, finding.evidence)}</p>` : ''}
    ${finding.mediaPath ? `<p class="file">${escapeHtml(finding.mediaPath)}</p>` : ''}
    ${photoFacts(finding)}
    <p class="reason">${escapeHtml(finding.reason)} <strong>Suggested: ${finding.action}.</strong></p>
    <p class="where">${escapeHtml(finding.file)} · ${escapeHtml(finding.ruleId)}</p>
  </div>
</article>`;
}

function select(
  id: string,
  label: string,
  values: readonly string[],
  name: (value: string) => string = (v) => v,
): string {
  const options = values
    .map((value) => `<option value="${escapeHtml(value)}">${escapeHtml(name(value))}</option>`)
    .join('');
  return `<label>${label} <select id="${id}"><option value="">all</option>${options}</select></label>`;
}

const STYLE = `
:root{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#1b1f24;background:#f6f7f9}
body{max-width:1000px;margin:0 auto;padding:1.5rem}
h1{margin:.2rem 0}.lead{color:#444}
.cards{display:flex;flex-wrap:wrap;gap:.6rem;margin:1rem 0}.card{background:#fff;border:1px solid #dde;border-radius:8px;padding:.6rem .9rem}
.card b{display:block;font-size:1.4rem}
.filters{display:flex;flex-wrap:wrap;gap:.8rem;background:#fff;border:1px solid #dde;border-radius:8px;padding:.6rem;position:sticky;top:0}
.finding{display:flex;gap:.8rem;background:#fff;border:1px solid #dde;border-left:6px solid #999;border-radius:8px;padding:.7rem;margin:.6rem 0}
.sev-high{border-left-color:#b3261e}.sev-medium{border-left-color:#b26a00}.sev-low{border-left-color:#6b7280}
.prio{font-weight:700;font-size:1.3rem;min-width:2.2rem;text-align:center}
.thumb{width:120px;height:auto;border-radius:6px;object-fit:cover}
.body{flex:1;min-width:0}.body p{margin:.25rem 0}.text{white-space:pre-wrap;overflow-wrap:anywhere}
mark{background:#ffe08a;padding:0 .1em}.badge{background:#e8eaf6;border-radius:4px;padding:0 .35em}
.meta,.where,.file,.facts{color:#555;font-size:.85rem}.reason{font-size:.95rem}
.notes{background:#e7f3ff;border-radius:8px;padding:.6rem .9rem}.problems{background:#fff4e5;border-radius:8px;padding:.6rem .9rem}
@media (max-width:600px){.finding{flex-direction:column}.thumb{width:100%}}`;

const SCRIPT = `
const ids=['category','severity','platform','audience'];
function apply(){const want=Object.fromEntries(ids.map(id=>[id,document.getElementById(id).value]));let shown=0;
for(const el of document.querySelectorAll('.finding')){const ok=ids.every(id=>!want[id]||el.dataset[id]===want[id]);el.hidden=!ok;if(ok)shown++;}
document.getElementById('shown').textContent=shown;}
for(const id of ids)document.getElementById(id).addEventListener('change',apply);`;

/** One self-contained HTML file (no external scripts, styles or fonts) listing findings by priority with filters. */
export function htmlReport(result: AuditResult, summary: AuditSummary, generatedAt = new Date()): string {
  const distinct = (key: (finding: Finding) => string): string[] => [...new Set(result.findings.map(key))].sort();
  const categories = Object.entries(summary.byCategory).sort((a, b) => b[1] - a[1]);
  const cards = [
    `<div class="card"><b>${summary.itemsRead}</b>items read</div>`,
    `<div class="card"><b>${summary.findings}</b>findings</div>`,
    `<div class="card"><b>${summary.bySeverity.high}</b>high</div>`,
    `<div class="card"><b>${summary.bySeverity.medium}</b>medium</div>`,
    `<div class="card"><b>${summary.bySeverity.low}</b>low</div>`,
    ...categories.map(
      ([id, count]) => `<div class="card"><b>${count}</b>${escapeHtml(TAXONOMY[id as CategoryId].label)}</div>`,
    ),
  ].join('');
  const notes = summary.notes.length
    ? `<section class="notes"><h2>Good to know</h2>${summary.notes.map((note) => `<p>${escapeHtml(note)}</p>`).join('')}</section>`
    : '';
  const problems = result.problems.length
    ? `<section class="problems"><h2>Problems while reading (${result.problems.length})</h2><ul>${result.problems
        .map((problem) => `<li><code>${escapeHtml(problem.file)}</code>: ${escapeHtml(problem.message)}</li>`)
        .join('')}</ul></section>`
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy({ script: SCRIPT, style: STYLE })}">
<meta name="referrer" content="no-referrer">
<title>Decorum audit report</title><style>${STYLE}</style></head>
<body>
<h1>Decorum audit report</h1>
<p class="lead">Generated ${escapeHtml(generatedAt.toISOString().slice(0, 16).replace('T', ' '))} UTC from ${summary.inputs.map((input) => escapeHtml(input.input)).join(', ')}. Highest priority first: what is most visible, most severe and most recent. This file never leaves your computer unless you send it.</p>
<div class="cards">${cards}</div>
${notes}
<div class="filters" role="search">
${select(
  'category',
  'Category',
  distinct((f) => f.category),
  (id) => TAXONOMY[id as CategoryId].label,
)}
${select('severity', 'Severity', ['high', 'medium', 'low'])}
${select(
  'platform',
  'Platform',
  distinct((f) => f.platform),
)}
${select(
  'audience',
  'Audience',
  distinct((f) => f.audience),
)}
<span><span id="shown">${result.findings.length}</span> shown</span>
</div>
<main>${result.findings.map(row).join('\n') || '<p>Nothing found that needs cleaning up.</p>'}</main>
${problems}
<script>${SCRIPT}</script>
</body></html>
`;
}
