import type { CoachFinding, CoachSeverity, ScoredFix } from './types.js';

/** Points one finding costs, by severity. A second finding of the same rule costs a third as much, up to 2×. */
export const PENALTY: Readonly<Record<CoachSeverity, number>> = { error: 30, warning: 10, info: 3 };
/** A message with an error-level finding scores at most this. */
export const ERROR_CAP = 50;

interface RulePenalty {
  ruleId: string;
  points: number;
  severity: CoachSeverity;
  message: string;
}

const RANK: Readonly<Record<CoachSeverity, number>> = { error: 3, warning: 2, info: 1 };

function penalties(findings: readonly CoachFinding[]): RulePenalty[] {
  const byRule = new Map<string, CoachFinding[]>();
  for (const finding of findings) byRule.set(finding.ruleId, [...(byRule.get(finding.ruleId) ?? []), finding]);
  return [...byRule.entries()].map(([ruleId, list]) => {
    const worst = list.reduce((a, b) => (RANK[b.severity] > RANK[a.severity] ? b : a));
    const base = PENALTY[worst.severity];
    const extra = list.slice(1).reduce((sum, f) => sum + PENALTY[f.severity] / 3, 0);
    return { ruleId, points: Math.min(2 * base, base + extra), severity: worst.severity, message: worst.message };
  });
}

/** 100 minus the penalties, 0 at least; at most 50 when any finding is an error. */
export function scoreOf(findings: readonly CoachFinding[]): number {
  const lost = penalties(findings).reduce((sum, p) => sum + p.points, 0);
  let score = Math.max(0, 100 - lost);
  if (findings.some((f) => f.severity === 'error')) score = Math.min(score, ERROR_CAP);
  return Math.round(score);
}

export interface ScoreReport {
  score: number;
  explanation: string[];
  topFixes: ScoredFix[];
}

/** The score, how it came about, and the fixes ranked by the points each would add. */
export function explainScore(findings: readonly CoachFinding[], limit = 3): ScoreReport {
  const score = scoreOf(findings);
  const list = penalties(findings).sort((a, b) => b.points - a.points || a.ruleId.localeCompare(b.ruleId));
  const explanation = ['Starts at 100.'];
  for (const p of list) explanation.push(`−${Math.round(p.points)} ${p.ruleId} (${p.severity}): ${p.message}.`);
  const errors = findings.filter((f) => f.severity === 'error').length;
  if (errors)
    explanation.push(`Capped at ${ERROR_CAP}: ${errors} error-level finding(s) must be fixed before sending.`);
  explanation.push(`Score ${score}/100.`);
  const topFixes = list
    .map((p) => ({
      ruleId: p.ruleId,
      message: p.message,
      // What fixing it adds now, or (when other errors keep the cap) the points it costs.
      gain: Math.max(scoreOf(findings.filter((f) => f.ruleId !== p.ruleId)) - score, Math.round(p.points)),
    }))
    .filter((fix) => fix.gain > 0)
    .sort((a, b) => b.gain - a.gain || a.ruleId.localeCompare(b.ruleId))
    .slice(0, limit);
  return { score, explanation, topFixes };
}
