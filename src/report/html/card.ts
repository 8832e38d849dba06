import { ACTION_LABEL } from '../../core/actions.js';
import { TAXONOMY } from '../../core/categories.js';
import type { Finding } from '../../core/finding.js';
import { categoriesOf } from '../../core/flagged-items.js';
import { platformLink } from '../../core/safe-url.js';
import type { PlanStatus } from '../../plan/status.js';
import { itemAction, type ReportItem } from '../items.js';
import { platformLabel } from '../labels.js';
import { formatDate, snippet } from '../text.js';
import { escapeHtml, highlight } from './escape.js';
import { isSafeThumbnail } from './thumbnail.js';

/** The anchor of an item's card, so the "start here" list can point at it. */
export const cardId = (index: number): string => `item-${index + 1}`;

const MAX_THUMBNAILS = 3;

function thumbnailsOf(item: ReportItem): string[] {
  const seen = new Set<string>();
  for (const finding of item.findings) {
    const thumbnail = finding.details?.thumbnail;
    if (isSafeThumbnail(thumbnail)) seen.add(thumbnail);
  }
  return [...seen].slice(0, MAX_THUMBNAILS);
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
  return facts.length ? `<span class="facts">${escapeHtml(facts.join(' · '))}</span>` : '';
}

function reason(finding: Finding): string {
  const photo = finding.mediaPath ? `<span class="file">Photo ${escapeHtml(finding.mediaPath)}</span>` : '';
  return `<li class="reason sev-${finding.severity}"><p class="reason-head"><span class="sev">${finding.severity}</span> <b>${escapeHtml(TAXONOMY[finding.category].label)}</b></p>
      <p class="why">${escapeHtml(finding.reason)}</p>${photo}${photoFacts(finding)}<span class="rule">${escapeHtml(finding.ruleId)}</span></li>`;
}

/** The item's facts every card and list entry starts with: platform and kind, date, audience. */
function facts(item: ReportItem): string {
  const [first] = item.findings;
  return `${escapeHtml(platformLabel(first.platform))} ${first.kind} · ${formatDate(first.createdAt)} · ${first.audience}`;
}

function openLink(item: ReportItem): string {
  const [first] = item.findings;
  const href = platformLink(first.url, first.platform);
  return href
    ? ` · <a class="open" href="${escapeHtml(href)}" rel="noreferrer noopener" target="_blank">Open on ${escapeHtml(platformLabel(first.platform))}</a>`
    : '';
}

/** One card per flagged item: its text with every span marked, its photos, and every reason it was flagged. */
export function itemCard(item: ReportItem, index: number, status: PlanStatus): string {
  const [first] = item.findings;
  const categories = categoriesOf(item);
  const action = itemAction(item);
  const evidence = item.findings.flatMap((finding) => (finding.text === first.text ? finding.evidence : []));
  const thumbnails = thumbnailsOf(item)
    .map((src) => `<img class="thumb" src="${src}" alt="Flagged photo from this ${first.kind}">`)
    .join('');
  const tags = categories
    .map((id) => `<span class="tag">${escapeHtml(TAXONOMY[id as Finding['category']].label)}</span>`)
    .join(' ');
  return `<article class="item sev-${item.severity}" id="${cardId(index)}" data-category="${categories.join(' ')}" data-severity="${item.severity}" data-platform="${first.platform}" data-action="${action}" data-status="${status}">
  <header class="item-head"><span class="prio" title="Priority 0–100">${item.priority}</span>
    <div><p class="tags"><span class="sev">${item.severity}</span> ${tags}</p>
    <p class="meta">${facts(item)}${openLink(item)}</p></div>
    <span class="action" title="What to do">${escapeHtml(ACTION_LABEL[action])}</span></header>
  ${thumbnails ? `<div class="thumbs">${thumbnails}</div>` : ''}
  ${first.text ? `<p class="text">${highlight(first.text, evidence)}</p>` : ''}
  <ul class="reasons">${item.findings.map(reason).join('')}</ul>
  <p class="where">From ${escapeHtml(first.file)}</p>
</article>`;
}

/** A line of the "start here" list: enough to recognise the item, and a jump to its card. */
export function startEntry(item: ReportItem, index: number): string {
  const [first] = item.findings;
  const span = first.evidence[0];
  const what = first.text ? snippet(first.text, span?.start, span?.end, 90) : `Photo ${first.mediaPath ?? ''}`.trim();
  const labels = categoriesOf(item)
    .map((id) => TAXONOMY[id as Finding['category']].label)
    .join(', ');
  return `<li class="sev-${item.severity}"><a href="#${cardId(index)}">${escapeHtml(what)}</a>
  <span class="meta"><span class="sev">${item.severity}</span> ${escapeHtml(labels)} · ${facts(item)} · ${escapeHtml(ACTION_LABEL[itemAction(item)])}</span></li>`;
}
