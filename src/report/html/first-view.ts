import { TAXONOMY } from '../../core/categories.js';
import type { Finding } from '../../core/finding.js';
import type { ProfileRecord } from '../../core/profile/record.js';
import type { ProfileCheck } from '../../profile/check.js';
import { platformLabel } from '../labels.js';
import { privacyOf, profileFacts } from '../profile-facts.js';
import { escapeHtml } from './escape.js';
import { isSafeThumbnail } from './thumbnail.js';

function photo(record: ProfileRecord, thumbnail: string | undefined): string {
  const label = escapeHtml(platformLabel(record.platform));
  if (isSafeThumbnail(thumbnail)) return `<img class="avatar" src="${thumbnail}" alt="Your ${label} profile photo">`;
  const why = record.avatar?.path ? 'Photo not looked at' : 'No profile photo in the export';
  return `<span class="avatar none-photo">${why}</span>`;
}

const findingEntry = (finding: Finding): string =>
  `<li class="sev-${finding.severity}"><span class="sev">${finding.severity}</span> <b>${escapeHtml(TAXONOMY[finding.category].label)}</b> ${escapeHtml(finding.reason)}</li>`;

function network(record: ProfileRecord, check: ProfileCheck): string {
  const findings = check.findings.filter((finding) => finding.platform === record.platform);
  const facts = profileFacts(record);
  const privacy = privacyOf(record);
  return `<article class="network" data-platform="${record.platform}">
  ${photo(record, check.thumbnails?.[record.platform])}
  <div><h3>${escapeHtml(platformLabel(record.platform))}${privacy ? ` <span class="tag">${privacy}</span>` : ''}</h3>
  ${facts.map((fact) => `<p class="fact">${escapeHtml(fact)}</p>`).join('') || '<p class="muted">No profile details in the export.</p>'}
  ${findings.length ? `<ul class="profile-findings">${findings.map(findingEntry).join('')}</ul>` : '<p class="ok">Nothing to fix.</p>'}</div>
</article>`;
}

/** "What a recruiter sees first": each network's photo, basics and findings, before any post. No links. */
export function firstView(check: ProfileCheck | undefined): string {
  if (!check?.records.length) return '';
  return `<section class="first-view" aria-labelledby="first-view-title"><h2 id="first-view-title">What a recruiter sees first</h2>
<p class="muted">Your profile on each network, as someone looking you up sees it before any post.</p>
<div class="networks">${check.records.map((record) => network(record, check)).join('\n')}</div></section>`;
}
