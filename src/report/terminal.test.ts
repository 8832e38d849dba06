import { describe, expect, it } from 'vitest';
import type { Finding } from '../core/finding.js';
import { summarise, type AuditResult } from '../audit/pipeline.js';
import { sampleCheck } from '../../test/fixtures/profile.js';
import { terminalReport } from './terminal.js';

const finding: Finding = {
  key: 'k',
  ruleId: 'text/alcohol',
  platform: 'x',
  itemId: '1',
  kind: 'post',
  createdAt: '2026-01-02T00:00:00.000Z',
  audience: 'public',
  category: 'alcohol',
  severity: 'medium',
  confidence: 0.9,
  priority: 61,
  reason: 'Mentions heavy drinking — visible to everyone.',
  evidence: [{ start: 4, end: 11, text: 'wasted' }],
  action: 'restrict-audience',
  url: null,
  text: 'got wasted again last night',
  file: 'data/tweets.js',
  mediaPath: null,
};

const result = (over: Partial<AuditResult>): AuditResult => ({
  runId: 1,
  inputs: [{ input: 'x.zip', platform: 'x', items: 2 }],
  itemsRead: 2,
  findings: [],
  problems: [],
  notes: [],
  ...over,
});

describe('terminalReport', () => {
  it('lists counts, the top items with date and snippet, and why', () => {
    const r = result({ findings: [finding] });
    const text = terminalReport(r, summarise(r));
    expect(text).toContain('Read 2 items from x.zip (x: 2 items).');
    expect(text).toContain('1 item flagged (1 findings): 0 high, 1 medium, 0 low');
    expect(text).toMatch(/1\. medium\s+61\s+2026-01-02\s+x\s+got wasted again last night/);
    // X has no per-post audience, so the platform's own action is suggested, not the category's default.
    expect(text).toContain('Mentions heavy drinking — visible to everyone. Suggested: delete.');
  });

  it('lists an item flagged for several reasons once, with every reason, highest severity first', () => {
    const swearing = {
      ...finding,
      key: 'k2',
      ruleId: 'text/profanity',
      category: 'profanity' as const,
      severity: 'high' as const,
      priority: 40,
      reason: 'Strong swearing — visible to everyone.',
      action: 'delete' as const,
    };
    const r = result({ findings: [finding, swearing] });
    const text = terminalReport(r, summarise(r));
    expect(text).toContain('1 item flagged (2 findings): 1 high, 0 medium, 0 low');
    expect(text.match(/got wasted again/g)).toHaveLength(1);
    expect(text).toMatch(/1\. high\s+61\s+2026-01-02/);
    expect(text.indexOf('Strong swearing')).toBeLessThan(text.indexOf('Mentions heavy drinking'));
    expect(text).toMatch(/^ {2}Profanity\s+1$/m);
    expect(text).toMatch(/^ {2}Drinking and partying\s+1$/m);
  });

  it('says plainly when nothing could be read', () => {
    const r = result({
      inputs: [{ input: 'photo.zip', platform: null, items: 0 }],
      itemsRead: 0,
      problems: [{ file: 'photo.zip', message: 'is neither a folder nor a zip file' }],
    });
    const text = terminalReport(r, summarise(r));
    expect(text).toContain('photo.zip (not read)');
    expect(text).toContain('Nothing could be read');
    expect(text).not.toContain('Nothing found that needs cleaning up');
    expect(text).toContain('photo.zip: is neither a folder nor a zip file');
  });
});

describe('the first view in the terminal summary', () => {
  it('comes right after what was read, before the counts and the items', () => {
    const r = result({ findings: [finding], profile: sampleCheck() });
    const text = terminalReport(r, summarise(r));
    const at = text.indexOf('What a recruiter sees first');
    expect(at).toBeGreaterThan(text.indexOf('Read 2 items'));
    expect(at).toBeLessThan(text.indexOf('1 item flagged'));
    expect(text).toContain(
      'X: Alex Morgan · @drunkmonkey420 · Engineer at Fabrikam · photo data/profile_media/1-avatar.jpg',
    );
    expect(text).toMatch(/medium {2}Your X handle "drunkmonkey420" reads as "drunk"/);
  });

  it('is left out when no export had a profile', () => {
    const r = result({ profile: { records: [], findings: [], mismatches: [] } });
    expect(terminalReport(r, summarise(r))).not.toContain('What a recruiter sees first');
  });
});
