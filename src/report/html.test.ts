import { describe, expect, it } from 'vitest';
import type { Finding } from '../core/finding.js';
import type { AuditResult } from '../audit/pipeline.js';
import { summarise } from '../audit/pipeline.js';
import { escapeHtml, highlight, htmlReport } from './html.js';

const finding = (over: Partial<Finding>): Finding => ({
  key: 'k1',
  ruleId: 'text/alcohol',
  platform: 'x',
  itemId: '1',
  kind: 'post',
  createdAt: '2026-01-02T03:04:05.000Z',
  audience: 'public',
  category: 'alcohol',
  severity: 'medium',
  confidence: 0.9,
  priority: 55,
  reason: 'Talks about heavy drinking — visible to everyone.',
  evidence: [{ start: 6, end: 11, text: 'drunk' }],
  action: 'restrict-audience',
  url: 'https://x.com/someone/status/1',
  text: 'Super drunk again <script>alert(1)</script>',
  file: 'data/tweets.js',
  mediaPath: null,
  ...over,
});

function result(findings: Finding[]): AuditResult {
  return {
    runId: 1,
    inputs: [{ input: 'x.zip', platform: 'x', items: 3 }],
    itemsRead: 3,
    items: [],
    findings,
    problems: [{ file: 'x.zip/data/like.js', message: 'not valid JSON <b>' }],
    notes: [],
  };
}

describe('highlight', () => {
  it('marks every evidence span and escapes the rest', () => {
    const text = 'a <b> drunk and high';
    const html = highlight(text, [
      { start: 6, end: 11, text: 'drunk' },
      { start: 16, end: 20, text: 'high' },
    ]);
    expect(html).toBe('a &lt;b&gt; <mark>drunk</mark> and <mark>high</mark>');
  });

  it('cuts long texts around the evidence', () => {
    const text = `${'x'.repeat(5000)} beer ${'y'.repeat(5000)}`;
    const html = highlight(text, [{ start: 5001, end: 5005, text: 'beer' }]);
    expect(html).toContain('<mark>beer</mark>');
    expect(html.length).toBeLessThan(1000);
    expect(html.startsWith('…')).toBe(true);
  });
});

describe('htmlReport', () => {
  const r = result([
    finding({}),
    finding({
      key: 'k2',
      category: 'nudity',
      severity: 'high',
      mediaPath: 'data/tweets_media/1-a.jpg',
      details: { thumbnail: 'data:image/jpeg;base64,AAAA', objects: ['person', 'bottle'] },
      evidence: [],
    }),
  ]);
  const html = htmlReport(r, summarise(r), new Date('2026-02-01T00:00:00Z'));

  it('never lets item text run as markup', () => {
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('not valid JSON &lt;b&gt;');
  });

  it('is self-contained: no external scripts, styles, fonts or images', () => {
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)="https?:/);
    expect(html).not.toMatch(/@import|url\(/);
    expect(html).toContain("default-src 'none'");
  });

  it('shows each finding with its filters, thumbnail and detected objects', () => {
    expect(html.match(/<article class="finding/g)).toHaveLength(2);
    expect(html).toContain('data-category="nudity"');
    expect(html).toContain('src="data:image/jpeg;base64,AAAA"');
    expect(html).toContain('seen: person, bottle');
    expect(html).toContain('<select id="category">');
  });

  it('escapes attribute-breaking characters', () => {
    expect(escapeHtml(`"'<>&`)).toBe('&quot;&#39;&lt;&gt;&amp;');
  });
});
