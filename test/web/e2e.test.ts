/// <reference lib="dom" />
import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { request as httpRequest } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from './browser.js';
import { writeSamples } from './samples.js';
import { startServer, type RunningServer } from './server.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SCREENSHOTS = 'docs/screenshots';

/** A raw request, so the Host header can be forged as a DNS-rebinding page would (fetch forbids setting it). */
function statusOf(origin: string, path: string, host?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${origin}${path}`, { headers: host ? { host } : {} }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', reject);
    request.end();
  });
}

/** Runs axe-core in the page (through the DevTools protocol, so our strict CSP stays on) and returns violations. */
async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    type Violation = { id: string; help: string; nodes: { target: string[] }[] };
    type Axe = { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> };
    const result = await (window as unknown as { axe: Axe }).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(
      (v) => `${v.id}: ${v.help} at ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  });
}

describe.runIf(chromiumAvailable())('web app in Chromium', () => {
  let browser: Browser;
  let app: RunningServer;
  let page: Page;

  beforeAll(async () => {
    const samples = await writeSamples();
    app = await startServer(() => samples);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(app.loginUrl);
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('refuses the API without a session (401) and a foreign Host (403)', async () => {
    expect(await statusOf(app.origin, '/api/audit/summary')).toBe(401);
    expect(await statusOf(app.origin, '/api/audit/summary', 'attacker.example')).toBe(403);
  });

  it('audits the bundled samples with live progress and shows the dashboard', async () => {
    await page.getByRole('button', { name: 'Use the bundled samples' }).click();
    await expect.poll(() => page.getByText(/Audit finished/).count(), { timeout: 90_000 }).toBe(1);
    await page.getByText('Findings per month').waitFor();
    const findings = await page.locator('article.finding').count();
    expect(findings).toBeGreaterThan(0);
    await page.screenshot({ path: `${SCREENSHOTS}/audit.png`, fullPage: false });
  }, 120_000);

  it('filters findings by category', async () => {
    await page.getByRole('combobox', { name: 'Category' }).selectOption('alcohol');
    const categories = await page.locator('article.finding .badge').allTextContents();
    expect(categories.length).toBeGreaterThan(0);
    expect(new Set(categories)).toEqual(new Set(['alcohol']));
    await expect.poll(() => page.locator('article.finding mark').count()).toBeGreaterThan(0);
  });

  it('marks a finding deleted and keeps the mark after a reload', async () => {
    const first = page.locator('article.finding').first();
    const label = await first.getAttribute('aria-label');
    await first.getByRole('button', { name: 'Deleted' }).click();
    await expect.poll(() => first.getByRole('button', { name: 'Deleted' }).getAttribute('aria-pressed')).toBe('true');
    await page.reload();
    await page.getByRole('combobox', { name: 'Category' }).selectOption('alcohol');
    const again = page.locator('article.finding', { has: page.locator('button[aria-pressed="true"]') });
    await expect.poll(() => again.count()).toBe(1);
    expect(await again.first().getAttribute('aria-label')).toBe(label);
    await expect.poll(() => page.getByText(/^1 of \d+$/).count()).toBe(1);
  });

  it('has no accessibility violations on the audit screen', async () => {
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('works in a narrow window', async () => {
    await page.setViewportSize({ width: 380, height: 800 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1200, height: 900 });
  });
});
