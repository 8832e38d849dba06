import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../core/finding.js';
import { itemsCsv } from './items-csv.js';

const finding = (over: Partial<Finding>): Finding => ({
  key: 'k1',
  ruleId: 'text/alcohol',
  platform: 'facebook',
  itemId: 'fb-1',
  kind: 'post',
  createdAt: '2025-06-01T20:00:00.000Z',
  audience: 'unknown',
  category: 'alcohol',
  severity: 'medium',
  confidence: 0.9,
  priority: 50,
  reason: 'Talks about heavy drinking.',
  evidence: [{ start: 0, end: 5, text: 'drunk' }],
  action: 'restrict-audience',
  url: null,
  text: '=drunk again, this fucking job',
  file: 'posts/your_posts_1.json',
  mediaPath: null,
  ...over,
});

const parse = (csv: string): string[][] => parseCsv(csv) as string[][];

describe('itemsCsv', () => {
  it('writes one row per item with every reason, most severe first, and the plan action', () => {
    const swearing = finding({
      key: 'k2',
      ruleId: 'text/profanity',
      category: 'profanity',
      severity: 'high',
      priority: 45,
      reason: 'Strong swearing.',
      action: 'delete',
    });
    const other = finding({ key: 'k3', itemId: 'fb-2', text: 'beer o clock', priority: 40 });
    const [header, first, second, ...rest] = parse(itemsCsv([finding({}), other, swearing]));
    expect(rest).toEqual([]);
    expect(header?.join(',')).toBe(
      'priority,severity,categories,platform,kind,date,audience,action,reasons,text,url,file,media',
    );
    expect(first).toEqual([
      '50',
      'high',
      'Profanity; Drinking and partying',
      'facebook',
      'post',
      '2025-06-01',
      'unknown',
      'delete',
      'Strong swearing.\nTalks about heavy drinking.',
      "'=drunk again, this fucking job",
      '',
      'posts/your_posts_1.json',
      '',
    ]);
    expect(second?.slice(0, 3)).toEqual(['40', 'medium', 'Drinking and partying']);
    expect(second?.[7]).toBe('change-audience');
  });
});
