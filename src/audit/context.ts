import { TAXONOMY, type CategoryId, type Severity } from '../core/categories.js';
import type { DetectionContext } from '../core/detector.js';
import type { Position } from '../core/item.js';
import type { AuditConfig } from '../config/schema.js';

/** The user's employers: every company in their positions, plus those named in the config. */
export function employersFrom(positions: readonly Position[], config: AuditConfig): string[] {
  const names = new Map<string, string>();
  for (const name of [...positions.map((position) => position.company), ...config.employers]) {
    const trimmed = name.trim();
    if (trimmed) names.set(trimmed.toLowerCase(), trimmed);
  }
  return [...names.values()];
}

export function detectionContext(positions: readonly Position[], config: AuditConfig): DetectionContext {
  return { employers: employersFrom(positions, config), allowlist: config.allowlist };
}

export function isCategoryEnabled(category: CategoryId, config: AuditConfig): boolean {
  return config.categories[category]?.enabled ?? TAXONOMY[category].enabledByDefault;
}

/** A config severity override replaces the detector's; otherwise the detector's stands. */
export function effectiveSeverity(category: CategoryId, detected: Severity, config: AuditConfig): Severity {
  return config.categories[category]?.severity ?? detected;
}
