import { SEVERITY_RANK, type Severity } from './categories.js';
import type { Audience, Engagement, ItemKind } from './item.js';

/**
 * Priority 0–100: how urgently a finding should be cleaned up.
 *
 *   priority = 100 × severity × audience × engagement × recency × confidence^½ × ownership
 *
 * - severity: high 1.0, medium 0.6, low 0.3
 * - audience: public 1.0, unknown 0.8 (Facebook exports do not say), connections 0.7, friends 0.5, private 0.15
 *   — a recruiter sees public posts first; private messages can still leak, so they never drop to zero.
 * - engagement: 0.85 for an item nobody reacted to, rising with log10(likes + reposts + replies) to 1.0 at ~100
 *   — widely shared posts are found and screenshotted more.
 * - recency: 1.0 for the last year, falling linearly to 0.6 at ten years
 *   — screeners weigh recent behaviour more, but old posts still surface.
 * - confidence: square root, so a 50 % guess keeps 71 % of its weight instead of half.
 * - ownership: 0.6 for likes and reposts (not the user's own words, but employers see them), else 1.0.
 */
const SEVERITY_WEIGHT: Readonly<Record<Severity, number>> = { high: 1, medium: 0.6, low: 0.3 };

export const AUDIENCE_WEIGHT: Readonly<Record<Audience, number>> = {
  public: 1,
  unknown: 0.8,
  connections: 0.7,
  friends: 0.5,
  private: 0.15,
};

export interface PriorityInput {
  severity: Severity;
  confidence: number;
  audience: Audience;
  kind: ItemKind;
  engagement: Engagement;
  createdAt: string | null;
  /** The moment the audit runs, so results are reproducible in tests. */
  now: Date;
}

const YEAR_MS = 365.25 * 24 * 3600 * 1000;

export function engagementWeight(engagement: Engagement): number {
  const total =
    (engagement.likes ?? 0) + (engagement.reposts ?? 0) + (engagement.replies ?? 0) + (engagement.comments ?? 0);
  return Math.min(1, 0.85 + 0.075 * Math.log10(1 + total));
}

export function recencyWeight(createdAt: string | null, now: Date): number {
  if (!createdAt) return 0.8;
  const ageYears = (now.getTime() - Date.parse(createdAt)) / YEAR_MS;
  if (!Number.isFinite(ageYears) || ageYears <= 1) return 1;
  return Math.max(0.6, 1 - ((ageYears - 1) * 0.4) / 9);
}

export function priorityOf(input: PriorityInput): number {
  const ownership = input.kind === 'like' || input.kind === 'repost' ? 0.6 : 1;
  const value =
    100 *
    SEVERITY_WEIGHT[input.severity] *
    AUDIENCE_WEIGHT[input.audience] *
    engagementWeight(input.engagement) *
    recencyWeight(input.createdAt, input.now) *
    Math.sqrt(Math.max(0, Math.min(1, input.confidence))) *
    ownership;
  return Math.max(0, Math.min(100, Math.round(value)));
}

/** Orders findings: priority first, then severity, then newest. */
export function compareByPriority(
  a: { priority: number; severity: Severity; createdAt: string | null },
  b: { priority: number; severity: Severity; createdAt: string | null },
): number {
  return (
    b.priority - a.priority ||
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    (b.createdAt ?? '').localeCompare(a.createdAt ?? '')
  );
}
