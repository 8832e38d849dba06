import { describe, expect, it } from 'vitest';
import type { Finding } from '../core/finding.js';
import type { AuditResult } from '../audit/pipeline.js';
import { summarise } from '../audit/pipeline.js';
import { sampleCheck } from '../../test/fixtures/profile.js';
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
    inputs: [{ input: 'x<1>.zip', platform: 'x', items: 3 }],
    itemsRead: 3,
    findings,
    problems: [{ file: 'x.zip/data/like.js', message: 'not valid JSON <b>' }],
    notes: ['A note with <i>markup</i>'],
  };
}

const report = (findings: Finding[], options: Parameters<typeof htmlReport>[3] = {}) => {
  const r = result(findings);
  return htmlReport(r, summarise(r), new Date('2026-02-01T00:00:00Z'), options);
};

const cards = (html: string): string[] => html.match(/<article class="item[^>]*>/g) ?? [];

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
  const swearing = finding({
    key: 'k3',
    ruleId: 'text/profanity',
    category: 'profanity',
    severity: 'high',
    priority: 40,
    reason: 'Strong swearing — visible to everyone.',
    action: 'delete',
    evidence: [{ start: 0, end: 5, text: 'Super' }],
  });
  const photo = finding({
    key: 'k2',
    itemId: '2',
    category: 'nudity',
    severity: 'high',
    priority: 70,
    mediaPath: 'data/tweets_media/1-a.jpg',
    details: { thumbnail: 'data:image/jpeg;base64,AAAA', objects: ['person', 'bottle'] },
    evidence: [],
    text: '',
    action: 'delete',
  });
  const html = report([photo, finding({}), swearing]);

  it('never lets export text run as markup', () => {
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('not valid JSON &lt;b&gt;');
    expect(html).toContain('x&lt;1&gt;.zip');
    expect(html).toContain('A note with &lt;i&gt;markup&lt;/i&gt;');
  });

  it('is self-contained: no external scripts, styles, fonts or images, and no inline style attributes', () => {
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)="https?:/);
    expect(html).not.toMatch(/@import|url\(/);
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).toContain("default-src 'none'");
  });

  it('shows one card per item, with all its reasons, highest severity first', () => {
    expect(cards(html)).toHaveLength(2);
    expect(html.match(/Super <mark>/g) ?? html.match(/<mark>Super<\/mark>/g)).toHaveLength(1);
    const post = html.slice(html.indexOf('id="item-2"'));
    expect(post.indexOf('Strong swearing')).toBeLessThan(post.indexOf('Talks about heavy drinking'));
    expect(cards(html)[1]).toContain('data-category="profanity alcohol"');
    // X has no per-post audience: the item's action is the plan's for its strongest finding.
    expect(cards(html)[1]).toContain('data-action="delete"');
    expect(cards(html)[1]).toContain('data-severity="high"');
    expect(html).toContain('<b>2</b>items flagged');
  });

  it('shows the thumbnail and what the photo shows, but only data: images', () => {
    expect(html).toContain('src="data:image/jpeg;base64,AAAA"');
    expect(html).toContain('seen: person, bottle');
    const hostile = report([finding({ details: { thumbnail: 'data:image/svg+xml,<svg onload=alert(1)>' } })]);
    expect(hostile).not.toContain('svg+xml');
  });

  it('lists the items to start with, pointing at their cards', () => {
    expect(html).toMatch(/Start here: the 2 that matter most/);
    expect(html).toContain('<a href="#item-1">Photo data/tweets_media/1-a.jpg</a>');
    expect(html).toContain('<a href="#item-2">Super drunk again &lt;script&gt;');
  });

  it('has filters for category, severity, platform, action and status, status on "left"', () => {
    for (const key of ['category', 'severity', 'platform', 'action', 'status'])
      expect(html).toContain(`<select id="f-${key}">`);
    expect(html).toContain('<option value="left" selected>left</option>');
    const facebook = report([finding({}), finding({ key: 'k9', itemId: 'fb-1', platform: 'facebook', text: 'beer' })]);
    expect(facebook).toContain('<option value="change-audience">Change audience</option>');
    expect(facebook).toContain('<option value="delete">Delete</option>');
    expect(cards(html).every((card) => card.includes('data-status="left"'))).toBe(true);
    const planned = report([finding({})], { statusOf: () => 'done' });
    expect(cards(planned)[0]).toContain('data-status="done"');
  });

  it('draws the timeline, categories and audiences as inline SVG', () => {
    expect(html).toContain('aria-label="Flagged items per month from 2026-01 to 2026-01, at most 2 in one month"');
    expect(html).toMatch(/aria-label="Flagged items by category: Nudity 1, Profanity 1, Drinking and partying 1"/);
    expect(html).toContain('aria-label="Flagged items by who can see them: Everyone (public) 2"');
  });

  it('says so when nothing was found, with no filters', () => {
    const empty = report([]);
    expect(empty).toContain('Nothing found that needs cleaning up.');
    expect(empty).not.toContain('id="filters"');
  });

  it('escapes attribute-breaking characters', () => {
    expect(escapeHtml(`"'<>&`)).toBe('&quot;&#39;&lt;&gt;&amp;');
  });
});

describe('htmlReport size', () => {
  it('stays under 10 MB for 20,000 flagged items: the top ones in full, the rest counted by category', () => {
    const long = 'so drunk and wasted again at the office party, '.repeat(40);
    const many = Array.from({ length: 20_000 }, (_, index) =>
      finding({
        key: `k${index}`,
        itemId: String(index),
        text: `${index}: ${long}`,
        category: index % 3 ? 'alcohol' : 'profanity',
        priority: 90 - Math.floor(index / 400),
        evidence: [{ start: 3, end: 8, text: 'drunk' }],
      }),
    );
    const html = report(many);
    expect(Buffer.byteLength(html)).toBeLessThan(10_000_000);
    const listed = cards(html).length;
    expect(listed).toBeGreaterThan(1000);
    expect(html).toContain(`${20_000 - listed} more flagged items, not listed one by one`);
    expect(html).toMatch(/<td>Drinking and partying<\/td><td>\d+<\/td>/);
    expect(html).toContain('id="item-1"');
  });

  it('lists everything when it fits, and counts the rest when it does not', () => {
    const two = [finding({}), finding({ key: 'k2', itemId: '2', text: 'drunk again' })];
    expect(cards(report(two))).toHaveLength(2);
    expect(report(two)).not.toContain('not listed one by one');
    const html = report(two, { maxCards: 1 });
    expect(cards(html)).toHaveLength(1);
    expect(html).toContain('1 more flagged item, not listed one by one');
  });
});

describe('the first view in the HTML report', () => {
  const withProfile = (check: ReturnType<typeof sampleCheck>) => {
    const r = { ...result([finding({})]), profile: check };
    return htmlReport(r, summarise(r), new Date('2026-02-01T00:00:00Z'));
  };
  const JPEG = 'data:image/jpeg;base64,/9j/AAAA';

  it('comes before the counts and the posts, one entry per network with its findings', () => {
    const html = withProfile(sampleCheck({ x: JPEG }));
    const at = html.indexOf('What a recruiter sees first');
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(html.indexOf('class="tiles"'));
    expect(at).toBeLessThan(html.indexOf('<article class="item'));
    expect(html.match(/<article class="network"/g)).toHaveLength(2);
    const x = html.slice(html.indexOf('data-platform="x"'));
    expect(x).toContain(`<img class="avatar" src="${JPEG}" alt="Your X profile photo">`);
    expect(x).toContain('drunkmonkey420');
    expect(x).toMatch(
      /<li class="sev-medium"><span class="sev">medium<\/span> <b>First impression<\/b> Your X current employer/,
    );
    expect(html).toContain('No profile photo in the export');
  });

  it('escapes every profile string and shows no link and no image but its own data: thumbnail', () => {
    const html = withProfile(
      sampleCheck({ x: 'data:image/svg+xml,<svg onload=alert(1)>', linkedin: 'https://evil.example/a.jpg' }),
    );
    const section = html.slice(html.indexOf('class="first-view"'), html.indexOf('class="tiles"'));
    expect(section).toContain('Alex &lt;img src=x onerror=alert(1)&gt;');
    expect(section).toContain('Builder of &lt;script&gt;alert(2)&lt;/script&gt; things');
    expect(section).not.toMatch(/<img|<a |<script|<svg/);
    expect(section).toContain('Photo not looked at');
  });

  it('is left out when no export had a profile', () => {
    expect(withProfile({ records: [], findings: [], mismatches: [] })).not.toContain('What a recruiter sees first');
  });
});
