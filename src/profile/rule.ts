import type { Severity } from '../core/categories.js';
import type { DetectionContext, Detector } from '../core/detector.js';
import type { Detection } from '../core/finding.js';
import type { Platform } from '../core/item.js';
import type { ProfileRecord } from '../core/profile/record.js';
import type { AvatarFacts } from './avatar.js';

export interface ProfileRuleMeta {
  /** Stable id, `profile/<name>`; appears as `ruleId` in findings. */
  id: string;
  description: string;
  /** The severity the rule reports at most. */
  severity: Severity;
  /** Link to the rule's doc page. */
  docs: string;
}

/** Everything a profile rule may look at. Built once per run; rules never do I/O. */
export interface ProfileInput {
  records: readonly ProfileRecord[];
  /** What the photo models saw in each network's profile photo; absent when it was not looked at. */
  avatars: Partial<Record<Platform, AvatarFacts>>;
  /** The post detectors, so a bio goes through the same risk engine as posts. */
  detectors: readonly Detector[];
  context: DetectionContext;
}

/** A detection about one network's profile. */
export interface ProfileDetection {
  platform: Platform;
  detection: Detection;
}

/** A profile check, shaped like an ESLint rule: `meta` says what it is, `check` says what it found. */
export interface ProfileRule {
  meta: ProfileRuleMeta;
  check(input: ProfileInput): ProfileDetection[];
}

export const docsOf = (name: string): string => `docs/profile.md#${name}`;
