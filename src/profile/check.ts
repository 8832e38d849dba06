import type { Finding } from '../core/finding.js';
import type { Item, Platform } from '../core/item.js';
import type { Mismatch } from '../core/profile/mismatch.js';
import type { ProfileRecord } from '../core/profile/record.js';
import { compareByPriority } from '../core/priority.js';
import { effectiveSeverity, isCategoryEnabled } from '../audit/context.js';
import { toFinding } from '../audit/findings.js';
import type { AuditConfig } from '../config/schema.js';
import { findMismatches } from './mismatches.js';
import type { ProfileInput, ProfileRule } from './rule.js';
import { consistencyRule } from './rules/consistency.js';
import { handleRule } from './rules/handle.js';
import { photoDrinksRule } from './rules/photo-drinks.js';
import { photoGroupRule } from './rules/photo-group.js';
import { photoMissingRule } from './rules/photo-missing.js';
import { photoRacyRule } from './rules/photo-racy.js';

/** Every profile rule, in a fixed order. */
export const PROFILE_RULES: readonly ProfileRule[] = [
  handleRule,
  consistencyRule,
  photoMissingRule,
  photoGroupRule,
  photoDrinksRule,
  photoRacyRule,
];

/** What the profile check found: the records, their findings (audit shape, kind `profile`), the mismatches. */
export interface ProfileCheck {
  records: ProfileRecord[];
  findings: Finding[];
  mismatches: Mismatch[];
  /** Each network's profile photo as a small JPEG data URI, when the photos were looked at. */
  thumbnails?: Partial<Record<Platform, string>>;
}

/** The profile as an item, so profile findings carry the audit's finding shape and priority. */
export function profileItemOf(record: ProfileRecord): Item {
  return {
    platform: record.platform,
    kind: 'profile',
    id: 'profile',
    text: [record.name, record.handle && `@${record.handle}`, record.headline, record.bio].filter(Boolean).join('\n'),
    createdAt: null,
    // The profile's basics show even on a private account.
    audience: 'public',
    engagement: {},
    media: record.avatar ? [{ path: record.avatar.path, type: 'photo' }] : [],
    locator: { input: '', file: record.files[0] ?? '' },
    flags: {},
  };
}

export interface CheckOptions {
  rules?: readonly ProfileRule[];
  /** The user's config: categories switched off are dropped, severity overrides applied. */
  config?: AuditConfig;
}

export function checkProfiles(input: ProfileInput, now: Date, options: CheckOptions = {}): ProfileCheck {
  const { rules = PROFILE_RULES, config } = options;
  const items = new Map(input.records.map((record) => [record.platform, profileItemOf(record)]));
  const findings: Finding[] = [];
  for (const rule of rules) {
    for (const { platform, detection } of rule.check(input)) {
      const item = items.get(platform);
      if (!item || (config && !isCategoryEnabled(detection.category, config))) continue;
      const severity = config ? effectiveSeverity(detection.category, detection.severity, config) : detection.severity;
      findings.push(toFinding(item, { ...detection, severity }, now));
    }
  }
  return {
    records: [...input.records],
    findings: findings.sort(compareByPriority),
    mismatches: findMismatches(input.records),
  };
}
