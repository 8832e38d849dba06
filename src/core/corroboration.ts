import type { Severity } from './categories.js';

/** What the rule needs from a finding; core findings and the pipeline's detections both fit. */
export interface CueFinding {
  platform: string;
  kind: string;
  itemId: string;
  ruleId: string;
  severity: Severity;
  /** Where in the text the finding is; a photo finding has none. */
  evidence?: readonly { start: number; end: number }[];
  /** `severityAsWritten`: the severity of someone else's words before they were lowered for the user. */
  details?: Readonly<Record<string, unknown>>;
}

/** A finding whose own words were stronger than its severity: someone else's strong words, lowered one step. */
const isLoweredStrongCue = (finding: CueFinding): boolean => {
  const asWritten = finding.details?.severityAsWritten;
  return asWritten === 'medium' || asWritten === 'high';
};

/** Two findings read the same words when their evidence overlaps: one reading, not two pieces of evidence. */
const sameWords = (a: CueFinding, b: CueFinding): boolean =>
  (a.evidence ?? []).some((x) => (b.evidence ?? []).some((y) => x.start < y.end && y.start < x.end));

/**
 * A low text finding is a weak cue: one mild swear, one drink named, one grumble, a model's low guess at an insult.
 * On real exports a lone weak cue is judged harmless more often than not (eval:real, EVALUATION.md), and a clean
 * export would otherwise fill its top list with them. So a weak text cue is reported only when a second detector
 * (another rule, text or photo) flags the same item on other words: two rules reading one word ("sucks" as a swear
 * and as a grumble) are one cue. Medium and high findings always stand on their own, and so does a low finding on
 * someone else's words that were stronger as written (a liked post's "fuck", lowered one step for the user).
 * Returns the findings kept, in their order, and how many items were left out entirely.
 */
export function withoutLoneWeakCues<F extends CueFinding>(
  findings: readonly F[],
): { kept: F[]; itemsHeldBack: number } {
  const byItem = new Map<string, F[]>();
  const keyOf = (finding: F) => `${finding.platform}\u0000${finding.kind}\u0000${finding.itemId}`;
  for (const finding of findings) byItem.set(keyOf(finding), [...(byItem.get(keyOf(finding)) ?? []), finding]);
  const isBacked = (finding: F) =>
    (byItem.get(keyOf(finding)) ?? []).some((other) => other.ruleId !== finding.ruleId && !sameWords(other, finding));
  const isLoneWeakCue = (finding: F) =>
    finding.severity === 'low' &&
    finding.ruleId.startsWith('text/') &&
    !isLoweredStrongCue(finding) &&
    !isBacked(finding);
  const kept = findings.filter((finding) => !isLoneWeakCue(finding));
  const keptItems = new Set(kept.map(keyOf));
  return { kept, itemsHeldBack: [...byItem.keys()].filter((key) => !keptItems.has(key)).length };
}
