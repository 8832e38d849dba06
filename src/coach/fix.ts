/**
 * Applies the coach's drop-in rewrites to a draft (`coach --fix`, the web editor's one-click fix). Pure.
 */
import type { CoachFinding, CoachSeverity } from './types.js';

export interface FixResult {
  text: string;
  /** The findings whose rewrite was applied, in text order. */
  applied: CoachFinding[];
}

/** Deleting a span also takes the spaces after it, so "Hi Ana, sorry… I saw" does not keep a double space. */
function spliceOut(text: string, finding: CoachFinding): string {
  const replacement = finding.suggestion ?? '';
  let end = finding.end;
  if (replacement === '') while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  const before = text.slice(0, finding.start);
  let after = text.slice(end);
  // "Hi Ana, [removed] Could I…" reads "Hi Ana, could I…": the sentence now continues the greeting's line.
  if (replacement === '' && /,\s*$/.test(before) && /^\p{Lu}(?![\p{Lu}'’])/u.test(after) && !/^I\b/.test(after))
    after = after.charAt(0).toLowerCase() + after.slice(1);
  return before + replacement + after;
}

/**
 * Applies every drop-in finding at the given severities (by default errors and warnings), skipping any that
 * overlaps one already applied; notes (info) are advice and stay advice.
 */
export function applyFixes(
  text: string,
  findings: readonly CoachFinding[],
  severities: readonly CoachSeverity[] = ['error', 'warning'],
): FixResult {
  const chosen: CoachFinding[] = [];
  for (const finding of [...findings].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (!finding.replaces || finding.suggestion === undefined || !severities.includes(finding.severity)) continue;
    if (chosen.some((c) => finding.start < c.end && c.start < finding.end)) continue;
    chosen.push(finding);
  }
  let fixed = text;
  for (const finding of [...chosen].reverse()) fixed = spliceOut(fixed, finding);
  return { text: fixed.replace(/[ \t]+$/gm, ''), applied: chosen };
}
