import { describe, expect, it } from 'vitest';
import type { Plan, PlanEntry } from '../plan/build.js';
import { planCsv } from './plan-handoff.js';
import { planHtml } from './plan-html.js';
import { planReport, planReportSchema } from './plan-json.js';
import { planTerminal, progressLine } from './plan-terminal.js';

/** An entry as an export written by someone hostile could make it: markup, escapes and a script link. */
const hostile: PlanEntry = {
  ref: 'a1b2c3d',
  platform: 'facebook',
  itemId: '=HYPERLINK("https://evil.example")',
  kind: 'post',
  action: 'restrict-audience',
  planAction: 'change-audience',
  steps: ['Go to Facebook → Activity log.', 'It starts: “<img src=x onerror=alert(1)>”', 'Open it on Facebook.'],
  find: ['Go to Facebook → Activity log.', 'It starts: “<img src=x onerror=alert(1)>”'],
  how: ['Open it on Facebook.'],
  url: 'javascript:alert(1)',
  findUrl: 'https://evil.example/facebook.com',
  status: 'left',
  note: null,
  markedAt: null,
  since: null,
  priority: 40,
  severity: 'medium',
  categories: ['alcohol'],
  reasons: ['Mentions heavy drinking'],
  createdAt: '2025-11-14T23:10:00.000Z',
  text: '<img src=x onerror=alert(1)>\u001b[2J\u202Egnp.exe',
  findingKeys: ['k1'],
};
const gone: PlanEntry = {
  ...hostile,
  ref: 'e4f5a6b',
  platform: 'x',
  itemId: '1915836136027062286',
  kind: 'post',
  action: 'delete',
  planAction: 'delete',
  url: 'https://x.com/alex/status/1915836136027062286',
  findUrl: null,
  status: 'gone',
  note: 'no longer in your export of 2026-03-02',
  since: '2026-03-02T00:00:00.000Z',
  text: 'third round of shots',
};
const plan: Plan = { entries: [hostile, gone], progress: { done: 0, skipped: 0, left: 1, gone: 1 }, tips: [] };

describe('plan renderers on hostile export text', () => {
  it('HTML: escapes everything and links only to the platform’s own site', () => {
    const html = planHtml(plan, new Date('2026-03-03T00:00:00Z'));
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('\u001b');
    expect(html).not.toContain('\u202E');
    expect([...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1])).toEqual([
      'https://x.com/alex/status/1915836136027062286',
    ]);
    expect(html).toMatch(
      /Content-Security-Policy" content="default-src 'none'; script-src 'sha256-[^']+'; style-src 'sha256-/,
    );
    expect(html).toContain('no longer in your export of 2026-03-02');
  });

  it('CSV: a cell that would start a formula is quoted as text', () => {
    const rows = planCsv(plan.entries).split('\r\n');
    expect(rows[1]).toContain(`"'=HYPERLINK(""https://evil.example"")"`);
  });

  it('terminal: no control or direction characters reach it', () => {
    const text = planTerminal(plan);
    expect(text).not.toMatch(/[\u001b\u202E]/);
    expect(text).toContain('a1b2c3d');
    expect(text).not.toContain('e4f5a6b'); // gone items are not on the checklist
    expect(progressLine(plan.progress)).toMatch(/50%\s+1 of 2 dealt with — 0 done, 1 gone, 0 skipped, 1 left$/);
  });

  it('JSON: matches the v1 contract', () => {
    const report = planReportSchema.parse(planReport(plan));
    expect(report.items.map((item) => [item.itemId, item.status])).toEqual([
      [hostile.itemId, 'left'],
      [gone.itemId, 'gone'],
    ]);
  });
});
