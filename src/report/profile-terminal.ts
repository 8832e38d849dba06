import { colors as pc } from './colors.js';
import type { Finding } from '../core/finding.js';
import type { ProfileRecord } from '../core/profile/record.js';
import type { ProfileCheck } from '../profile/check.js';
import { platformLabel } from './labels.js';
import { privacyOf, profileFacts } from './profile-facts.js';

const SEVERITY_MARK = { high: pc.red('high'), medium: pc.yellow('medium'), low: pc.dim('low') } as const;

function basics(record: ProfileRecord): string {
  const parts = profileFacts(record);
  const privacy = privacyOf(record) ? ` · ${privacyOf(record)}` : '';
  const photo = record.avatar?.path ? ` · photo ${record.avatar.path}` : ' · no photo in the export';
  return `${parts.join(' · ') || 'no profile details in the export'}${privacy}${photo}`;
}

const findingLine = (finding: Finding): string => `    ${SEVERITY_MARK[finding.severity]}  ${finding.reason}`;

/** "What a recruiter sees first": per network the profile's basics and its findings, then the mismatches. */
export function profileSection(check: ProfileCheck): string {
  const lines = [pc.bold('What a recruiter sees first')];
  if (check.records.length === 0) {
    lines.push('  No profile in these exports.');
    return lines.join('\n');
  }
  for (const record of check.records) {
    lines.push(`  ${pc.bold(platformLabel(record.platform))}: ${basics(record)}`);
    const findings = check.findings.filter((finding) => finding.platform === record.platform);
    if (findings.length === 0) lines.push(`    ${pc.green('nothing to fix')}`);
    for (const finding of findings) lines.push(findingLine(finding));
  }
  return lines.join('\n');
}
