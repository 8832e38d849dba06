import { describe, expect, it } from 'vitest';
import { summarise, type AuditResult } from '../audit/pipeline.js';
import { sampleCheck } from '../../test/fixtures/profile.js';
import { auditReport, auditReportSchema } from './json.js';

const result = (over: Partial<AuditResult> = {}): AuditResult => ({
  runId: 1,
  inputs: [{ input: 'x.zip', platform: 'x', items: 0 }],
  itemsRead: 0,
  findings: [],
  problems: [],
  notes: [],
  ...over,
});

describe('audit --json', () => {
  it('lists the profile findings with kind "profile" and counts them apart, within contract v1', () => {
    const r = result({ profile: sampleCheck() });
    const report = auditReportSchema.parse(JSON.parse(JSON.stringify(auditReport(r, summarise(r)))));
    const profile = report.findings.filter((finding) => finding.kind === 'profile');
    expect(profile.length).toBeGreaterThan(0);
    expect(report.summary.profileFindings).toBe(profile.length);
    expect(report.summary.findings).toBe(0);
    expect(profile.map((finding) => finding.ruleId).sort()).toEqual([
      'profile/consistency',
      'profile/consistency',
      'profile/handle',
    ]);
    for (const finding of profile) {
      expect(finding.itemId).toBe('profile');
      expect(finding.audience).toBe('public');
    }
  });

  it('adds nothing when there is no profile check (a v1 reader sees the same report)', () => {
    const r = result();
    const report = auditReport(r, summarise(r));
    expect(report.findings).toEqual([]);
    expect(report.summary.profileFindings).toBe(0);
  });
});
