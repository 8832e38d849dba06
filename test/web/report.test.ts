/// <reference lib="dom" />
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAudit, summarise } from '../../src/audit/pipeline.js';
import { configSchema } from '../../src/config/schema.js';
import { textDetectors } from '../../src/detectors/index.js';
import { createPhotoAnalyzer } from '../../src/detectors/photo/index.js';
import { htmlReport } from '../../src/report/html.js';
import { openStore } from '../../src/store/db.js';
import { chromiumAvailable, launchChromium } from './browser.js';
import { writeSamples } from './samples.js';

const SCREENSHOTS = 'docs/screenshots';
/** The top of the page down to the first cards. */
const SHOT = (width: number) => ({ x: 0, y: 0, width, height: 2000 });

/** The HTML report of the bundled samples, photos and all, as a user would open it from disk. */
async function sampleReport(): Promise<string> {
  const db = openStore(':memory:');
  const config = configSchema.parse({}).audit;
  const now = new Date('2026-06-01T00:00:00Z');
  try {
    const result = await runAudit({
      inputs: await writeSamples(),
      db,
      config,
      detectors: textDetectors(config),
      media: createPhotoAnalyzer({ db }),
      now,
    });
    const file = join(mkdtempSync(join(tmpdir(), 'decorum-report-')), 'report.html');
    writeFileSync(file, htmlReport(result, summarise(result), now));
    return pathToFileURL(file).href;
  } finally {
    db.close();
  }
}

const visibleCards = (page: Page) => page.locator('article.item:visible');

describe.runIf(chromiumAvailable())('HTML report in Chromium', () => {
  let browser: Browser;
  let url: string;
  /** Console errors (a CSP violation is one), uncaught exceptions and CSP violation events. */
  const errors: string[] = [];

  async function open(width: number, height: number): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height } });
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    // Runs through the DevTools protocol, so the report's own CSP still governs everything else.
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
      ),
    );
    await page.goto(url);
    return page;
  }

  beforeAll(async () => {
    url = await sampleReport();
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('runs its script under its CSP: the filters appear and really hide cards', async () => {
    const page = await open(1280, 900);
    await page.locator('#filters').waitFor();
    const all = await visibleCards(page).count();
    expect(all).toBeGreaterThan(10);
    expect(await page.locator('#shown').textContent()).toBe(String(all));

    await page.getByRole('combobox', { name: 'Severity' }).selectOption('high');
    const high = await visibleCards(page).count();
    expect(high).toBeGreaterThan(0);
    expect(high).toBeLessThan(all);
    expect(new Set(await visibleCards(page).evaluateAll((cards) => cards.map((c) => c.dataset.severity)))).toEqual(
      new Set(['high']),
    );
    expect(await page.locator('#shown').textContent()).toBe(String(high));

    await page.getByRole('combobox', { name: 'Severity' }).selectOption('');
    await page.getByRole('combobox', { name: 'Category' }).selectOption('alcohol');
    const categories = await visibleCards(page).evaluateAll((cards) => cards.map((c) => c.dataset.category ?? ''));
    expect(categories.length).toBeGreaterThan(0);
    expect(categories.length).toBeLessThan(all);
    for (const list of categories) expect(list.split(' ')).toContain('alcohol');

    await page.getByRole('combobox', { name: 'Platform' }).selectOption('linkedin');
    const both = await visibleCards(page).evaluateAll((cards) => cards.map((c) => c.dataset.platform));
    expect(both.length).toBeLessThan(categories.length);
    expect(new Set(both)).toEqual(both.length ? new Set(['linkedin']) : new Set());

    await page.getByRole('combobox', { name: 'Category' }).selectOption('');
    await page.getByRole('combobox', { name: 'Platform' }).selectOption('');
    await page.getByRole('combobox', { name: 'Action' }).selectOption('delete');
    const deletions = await visibleCards(page).evaluateAll((cards) => cards.map((c) => c.dataset.action ?? ''));
    expect(deletions.length).toBeGreaterThan(0);
    expect(deletions.length).toBeLessThan(all);
    for (const list of deletions) expect(list.split(' ')).toContain('delete');

    await page.getByRole('combobox', { name: 'Status' }).selectOption('done');
    await expect.poll(() => visibleCards(page).count()).toBe(0);
    await page.getByText('No item matches these filters.').waitFor();

    await page.getByRole('button', { name: 'Show all' }).click();
    expect(await visibleCards(page).count()).toBe(all);
    await page.close();
  }, 60_000);

  it('opens with what a recruiter sees first, its photo shown under the CSP', async () => {
    const page = await open(1280, 900);
    const view = page.locator('section.first-view');
    const [viewTop, tilesTop] = await Promise.all(
      [view, page.locator('.tiles')].map(async (locator) => (await locator.boundingBox())?.y ?? 0),
    );
    expect(viewTop).toBeLessThan(tilesTop as number);
    expect(await view.locator('article.network').count()).toBe(4);
    const photo = view.locator('[data-platform="instagram"] img.avatar');
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    expect(await view.locator('[data-platform="linkedin"] .fact').allTextContents()).toContain(
      'Software Engineer at Contoso Ltd.',
    );
    expect(await view.locator('[data-platform="x"] .none-photo').textContent()).toBe('No profile photo in the export');
    // Each network says what to fix, or that there is nothing to.
    for (const network of await view.locator('article.network').all())
      expect(await network.locator('.profile-findings li, .ok').count()).toBeGreaterThan(0);
    expect(await view.locator('a').count()).toBe(0);
    await page.close();
  });

  it('jumps from "start here" to the card, showing it even when a filter hid it', async () => {
    const page = await open(1280, 900);
    await page.getByRole('combobox', { name: 'Status' }).selectOption('done');
    const entry = page.locator('.start a').first();
    const target = (await entry.getAttribute('href')) as string;
    await entry.click();
    await expect.poll(() => page.locator(target).isVisible()).toBe(true);
    expect(await page.locator('.start li').count()).toBe(10);
    await page.close();
  });

  it('reads at 375 px without sideways scrolling, and prints without filters', async () => {
    const page = await open(375, 812);
    await page.locator('#filters').waitFor();
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1] as number);
    await page.screenshot({ path: `${SCREENSHOTS}/report-phone.png`, fullPage: true, clip: SHOT(375) });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#filters').isVisible()).toBe(false);
    expect(await visibleCards(page).count()).toBeGreaterThan(10);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  }, 60_000);

  it('looks right on a desktop', async () => {
    const page = await open(1280, 900);
    await page.locator('#filters').waitFor();
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1] as number);
    await page.screenshot({ path: `${SCREENSHOTS}/report-desktop.png`, fullPage: true, clip: SHOT(1280) });
    await page.close();
  });

  it('logged no console error, page error or CSP violation', () => {
    expect(errors).toEqual([]);
  });
});
