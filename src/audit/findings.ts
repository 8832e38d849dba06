import { createHash } from 'node:crypto';
import { actionSubject, planActionFor, v1Action } from '../core/actions.js';
import { TAXONOMY } from '../core/categories.js';
import type { Detection, Finding } from '../core/finding.js';
import type { Audience, Item } from '../core/item.js';
import { priorityOf } from '../core/priority.js';

const AUDIENCE_PHRASE: Readonly<Record<Audience, string>> = {
  public: 'visible to everyone',
  connections: 'visible to your connections',
  friends: 'visible to your friends or approved followers',
  private: 'in a private message',
  unknown: 'audience unknown (the export does not say who can see it)',
};

/** A key that stays the same when the same export is audited again, so marks survive re-audits. */
export function findingKey(item: Item, detection: Detection): string {
  const parts = [
    item.platform,
    item.kind,
    item.id,
    detection.ruleId,
    detection.category,
    detection.mediaPath ?? '',
    String(detection.evidence[0]?.start ?? ''),
  ];
  return createHash('sha1').update(parts.join('\u0000')).digest('hex').slice(0, 20);
}

/** Turns a detector's detection about an item into a reportable finding with its priority. */
export function toFinding(item: Item, detection: Detection, now: Date): Finding {
  const wanted = detection.action ?? TAXONOMY[detection.category].defaultAction;
  // The platform decides what can be done: X has no per-post audience, a like is undone, not deleted.
  const planAction = planActionFor(actionSubject(item), wanted);
  return {
    key: findingKey(item, detection),
    ruleId: detection.ruleId,
    platform: item.platform,
    itemId: item.id,
    kind: item.kind,
    createdAt: item.createdAt,
    audience: item.audience,
    category: detection.category,
    severity: detection.severity,
    confidence: Math.round(detection.confidence * 100) / 100,
    priority: priorityOf({
      ...detection,
      audience: item.audience,
      kind: item.kind,
      engagement: item.engagement,
      createdAt: item.createdAt,
      now,
    }),
    reason: `${detection.reason} — ${AUDIENCE_PHRASE[item.audience]}.`,
    evidence: detection.evidence,
    action: v1Action(planAction, wanted),
    url: item.url ?? null,
    text: item.text,
    file: item.locator.file,
    mediaPath: detection.mediaPath ?? null,
    ...(detection.details ? { details: detection.details } : {}),
  };
}

/** True when every evidence span lies inside an allowlisted phrase of the text (case-insensitive). */
export function isAllowlisted(text: string, detection: Detection, allowlist: readonly string[]): boolean {
  if (!allowlist.length || !detection.evidence.length) return false;
  const lower = text.toLowerCase();
  const allowed: [number, number][] = [];
  for (const phrase of allowlist) {
    const needle = phrase.toLowerCase();
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1))
      allowed.push([at, at + needle.length]);
  }
  return detection.evidence.every((span) => allowed.some(([start, end]) => span.start >= start && span.end <= end));
}
