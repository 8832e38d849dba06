import type { Severity } from './categories.js';

/** What the rule needs from a finding; core findings and the pipeline's detections both fit. */
export interface CueFinding {
  platform: string;
  kind: string;
  itemId: string;
  ruleId: string;
  severity: Severity;
}

const SECOND_HAND: ReadonlySet<string> = new Set(['like', 'repost']);

/**
 * A low text finding is a weak cue: one mild swear, one drink named, one grumble, a model's low guess at an insult.
 * On real exports a lone weak cue is judged harmless more often than not (eval:real, EVALUATION.md), and a clean
 * export would otherwise fill its top list with them. So a weak text cue is reported only when a second detector
 * (another rule, text or photo) flags the same item; medium and high findings always stand on their own. Likes and
 * reposts are exempt: their findings are already one step lower (someone else's words), so their low may be a
 * strong cue.
 * Returns the findings kept, in their order, and how many items were left out entirely.
 */
export function withoutLoneWeakCues<F extends CueFinding>(
  findings: readonly F[],
): { kept: F[]; itemsHeldBack: number } {
  const rulesByItem = new Map<string, Set<string>>();
  const keyOf = (finding: F) => `${finding.platform}\u0000${finding.kind}\u0000${finding.itemId}`;
  for (const finding of findings) {
    const rules = rulesByItem.get(keyOf(finding)) ?? new Set<string>();
    rules.add(finding.ruleId);
    rulesByItem.set(keyOf(finding), rules);
  }
  const isLoneWeakCue = (finding: F) =>
    finding.severity === 'low' &&
    !SECOND_HAND.has(finding.kind) &&
    finding.ruleId.startsWith('text/') &&
    (rulesByItem.get(keyOf(finding))?.size ?? 0) < 2;
  const kept = findings.filter((finding) => !isLoneWeakCue(finding));
  const keptItems = new Set(kept.map(keyOf));
  return { kept, itemsHeldBack: [...rulesByItem.keys()].filter((key) => !keptItems.has(key)).length };
}
