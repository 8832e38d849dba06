import { z } from 'zod';
import { planActionFor, planActionSchema } from '../core/actions.js';
import { actionSchema, categoryIdSchema, severitySchema } from '../core/categories.js';
import { spanSchema, type Finding } from '../core/finding.js';
import { audienceSchema, itemKindSchema, platformSchema } from '../core/item.js';
import type { AuditResult, AuditSummary } from '../audit/pipeline.js';

/** One finding as `audit --json` (and `profile --json`) report it. */
export const auditFindingSchema = z.object({
  platform: platformSchema,
  itemId: z.string(),
  kind: itemKindSchema,
  createdAt: z.string().nullable(),
  audience: audienceSchema,
  category: categoryIdSchema,
  severity: severitySchema,
  confidence: z.number(),
  priority: z.number(),
  reason: z.string(),
  evidence: z.array(spanSchema),
  action: actionSchema,
  /** The platform's own action (unlike, undo-repost, archive, delete-comment…); `action` stays the v1 one. */
  planAction: planActionSchema,
  url: z.string().nullable(),
  ruleId: z.string(),
  file: z.string(),
  mediaPath: z.string().nullable(),
});

/** `decorum audit --json`, version 1: a public contract. Add fields freely; rename or remove only with a new version. */
export const auditReportSchema = z.object({
  version: z.literal(1),
  summary: z.object({
    itemsRead: z.number(),
    findings: z.number(),
    /** Added in 1.x: items with at least one finding (each item once, however many findings it has). */
    itemsFlagged: z.number(),
    inputs: z.array(z.object({ input: z.string(), platform: platformSchema.nullable(), items: z.number() })),
    byCategory: z.record(z.string(), z.number()),
    bySeverity: z.record(severitySchema, z.number()),
    byPlatform: z.record(z.string(), z.number()),
    byAudience: z.record(z.string(), z.number()),
    problems: z.number(),
    notes: z.array(z.string()),
    /** Added in 0.1: items in languages the text detectors do not read (counted, not judged). */
    notAssessed: z.object({ items: z.number(), byLanguage: z.record(z.string(), z.number()) }).optional(),
    /** Added in 1.x: findings about the profiles themselves (kind `profile`), listed in `findings` too. */
    profileFindings: z.number().optional(),
  }),
  /** The items' findings, then (added in 1.x) the profiles' findings: kind `profile`, itemId `profile`. */
  findings: z.array(auditFindingSchema),
  problems: z.array(z.object({ file: z.string(), message: z.string() })),
});
export type AuditReport = z.infer<typeof auditReportSchema>;

export function reportFinding(finding: Finding): AuditReport['findings'][number] {
  return {
    platform: finding.platform,
    itemId: finding.itemId,
    kind: finding.kind,
    createdAt: finding.createdAt,
    audience: finding.audience,
    category: finding.category,
    severity: finding.severity,
    confidence: finding.confidence,
    priority: finding.priority,
    reason: finding.reason,
    evidence: finding.evidence,
    action: finding.action,
    planAction: planActionFor(finding, finding.action),
    url: finding.url,
    ruleId: finding.ruleId,
    file: finding.file,
    mediaPath: finding.mediaPath,
  };
}

export function auditReport(result: AuditResult, summary: AuditSummary): AuditReport {
  const profileFindings = result.profile?.findings ?? [];
  return {
    version: 1,
    summary: { ...summary, profileFindings: profileFindings.length },
    findings: [...result.findings, ...profileFindings].map(reportFinding),
    problems: result.problems,
  };
}
