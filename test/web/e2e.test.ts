/// <reference lib="dom" />
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { request as httpRequest } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './axe.js';
import { chromiumAvailable, launchChromium } from './browser.js';
import { writeSamples } from './samples.js';
import { startServer, type RunningServer } from './server.js';
import { TAXONOMY } from '../../src/core/categories.js';
import { openStore } from '../../src/store/db.js';
import { addContact, logContact } from '../../src/tracker/index.js';

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

describe.runIf(chromiumAvailable())('web app in Chromium', () => {
  let browser: Browser;
  let app: RunningServer;
  let page: Page;
  /** Uncaught exceptions in the page: none may happen, whatever the server answers. */
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const samples = await writeSamples();
    app = await startServer(() => samples);
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 1200, height: 900 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    page = await context.newPage();
    // A Playwright wait fails with the locator it waited for, before vitest's 30 s test timeout hides which.
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
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
    await page.getByText('Flagged items per month').waitFor();
    const findings = await page.locator('article.finding').count();
    expect(findings).toBeGreaterThan(0);
    await page.screenshot({ path: `${SCREENSHOTS}/audit.png`, fullPage: false });
  }, 120_000);

  it('shows what a recruiter sees first above the posts: each network, the photo, the profile findings', async () => {
    const view = page.locator('section.first-view');
    await view.waitFor();
    const [viewTop, dashboardTop] = await Promise.all(
      [view, page.getByText('Flagged items per month')].map(async (locator) => (await locator.boundingBox())?.y ?? 0),
    );
    expect(viewTop).toBeLessThan(dashboardTop as number);
    expect(await view.locator('article.network').count()).toBe(4);
    const photo = view.locator('[data-platform="instagram"] img.avatar');
    expect(await photo.getAttribute('src')).toMatch(/^data:image\/jpeg;base64,/);
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    expect(await view.locator('[data-platform="linkedin"] .fact').allTextContents()).toContain(
      'Software Engineer at Contoso Ltd.',
    );
    expect(await view.locator('[data-platform="x"] .none-photo').textContent()).toBe('No profile photo in the export');
    // Each network says what to fix, or that there is nothing to.
    for (const network of await view.locator('article.network').all())
      expect(await network.locator('.profile-findings li, .ok').count()).toBeGreaterThan(0);
    expect(await view.locator('a').count()).toBe(0);
  });

  it('filters the flagged items by category', async () => {
    await page.getByRole('combobox', { name: 'Category' }).selectOption('alcohol');
    // One card per item: each shown card carries the category among its badges, maybe with others.
    const cards = page.locator('article.finding');
    await expect.poll(() => cards.count()).toBeGreaterThan(0);
    for (const card of await cards.all()) {
      const badges = card.locator('.badge[data-category]');
      expect(await badges.evaluateAll((list) => list.map((badge) => badge.dataset.category))).toContain('alcohol');
      // People read the category's name, not its id.
      expect(await badges.allTextContents()).toContain(TAXONOMY.alcohol.label);
    }
    await expect.poll(() => page.locator('article.finding mark').count()).toBeGreaterThan(0);
  });

  it('marks an item deleted and keeps the mark after a reload', async () => {
    const first = page.locator('article.finding').first();
    const key = await first.getAttribute('data-key');
    expect(key).toBeTruthy();
    await first.getByRole('button', { name: 'Deleted' }).click();
    await expect.poll(() => first.getByRole('button', { name: 'Deleted' }).getAttribute('aria-pressed')).toBe('true');
    await page.reload();
    // After the reload only done items are listed, so the marked card is rendered however long the list is.
    await page.getByRole('combobox', { name: 'Status' }).selectOption('done');
    const done = page.locator('article.finding');
    await expect.poll(() => done.count()).toBe(1);
    expect(await done.first().getAttribute('data-key')).toBe(key);
    expect(await done.first().getByRole('button', { name: 'Deleted' }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.getByText(/^1 of \d+$/).count()).toBe(1);
    await page.getByRole('combobox', { name: 'Status' }).selectOption('');
  });

  it('has no accessibility violations on the audit screen', async () => {
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('checks a draft as you type in the coach, underlines the job ask and applies a drop-in fix', async () => {
    await page.getByRole('link', { name: 'Coach' }).click();
    await page.getByRole('combobox', { name: 'Platform' }).selectOption('linkedin');
    await page.getByRole('combobox', { name: 'Kind' }).selectOption('connection_note');
    const draft = page.getByRole('textbox', { name: 'Your draft' });
    await draft.pressSequentially('Are you hiring? Can you get me an interview?');
    const underline = page.locator('mark.underline[data-rule~="job-ask-first-contact"]');
    await expect.poll(() => underline.count()).toBeGreaterThan(0);
    expect(await underline.first().textContent()).toMatch(/hiring|interview/i);
    const finding = page.locator('.coach-findings li[data-rule="job-ask-first-contact"]');
    await expect.poll(() => finding.count()).toBeGreaterThan(0);
    expect(await page.locator('#draft-counter').textContent()).toBe('44 of 200 characters');
    expect(Number(await page.getByTestId('score').textContent())).toBeLessThanOrEqual(50);
    // The rule's own doc (meta.docs): why it matters, with its before and after examples.
    await finding.first().getByText('Why this matters').click();
    expect(await finding.first().locator('.rule-doc').textContent()).toMatch(/Before:.+After:/s);
    await page.screenshot({ path: `${SCREENSHOTS}/coach.png`, fullPage: false });

    await draft.fill('Hi Dana, I LOVED YOUR TALK on caching. Could I ask one question about cache keys?');
    const apply = page.locator('.coach-findings li[data-rule="all-caps"]').getByRole('button', { name: /^Apply/ });
    await apply.click();
    expect(await draft.inputValue()).toBe(
      'Hi Dana, I loved your talk on caching. Could I ask one question about cache keys?',
    );
    await expect.poll(() => page.locator('mark.underline[data-rule~="all-caps"]').count()).toBe(0);
    await page.getByRole('button', { name: 'Undo fix' }).click();
    expect(await draft.inputValue()).toBe(
      'Hi Dana, I LOVED YOUR TALK on caching. Could I ask one question about cache keys?',
    );

    await draft.fill(
      "Hi Dana, sorry to bother you. I've attached my CV. Could I ask one question about your caching talk?",
    );
    await page.getByRole('button', { name: /^Apply all \d+ fix/ }).click();
    expect(await draft.inputValue()).toBe(
      'Hi Dana, happy to send my résumé if it would help. Could I ask one question about your caching talk?',
    );
    await page.getByRole('button', { name: 'Undo fix' }).click();
    expect(await draft.inputValue()).toMatch(/^Hi Dana, sorry to bother you\./);
  });

  it('has no accessibility violations on the coach screen', async () => {
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('lists the requests by decision and copies an edited reply to the clipboard', async () => {
    await page.getByRole('link', { name: 'Requests' }).click();
    await page.getByRole('heading', { name: /^Redirect \(\d+\)$/ }).waitFor();
    const groups = await page.locator('.triage-group h2').allTextContents();
    expect(groups.map((title) => title.replace(/ \(\d+\)$/, ''))).toEqual(['Redirect', 'Review', 'Accept', 'Ignore']);
    expect(await page.locator('article.request .evidence li').count()).toBeGreaterThan(0);
    const card = page.locator('article.request', { has: page.getByRole('button', { name: 'Copy reply' }) }).first();
    const reply = card.getByRole('textbox');
    await reply.press('Control+End');
    await reply.pressSequentially(' See you there!');
    const expected = await reply.inputValue();
    expect(expected).toMatch(/See you there!$/);
    // Keyboard only: Tab from the reply reaches its Copy button, Enter presses it.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Copy reply');
    await page.keyboard.press('Enter');
    await expect.poll(() => card.getByRole('status').textContent()).toBe('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    await page.screenshot({ path: `${SCREENSHOTS}/triage.png`, fullPage: false });
  });

  it('keeps a request done after a reload', async () => {
    const card = page.locator('article.request').first();
    const key = await card.getAttribute('data-key');
    await card.getByRole('checkbox', { name: 'Done' }).check();
    await expect.poll(() => page.getByText(/^1 of \d+ done$/).count()).toBe(1);
    await page.reload();
    const again = page.locator(`article.request[data-key="${key}"]`);
    await again.waitFor();
    expect(await again.getByRole('checkbox', { name: 'Done' }).isChecked()).toBe(true);
  });

  it('has no accessibility violations on the triage screen', async () => {
    await page.getByText('Your policy (read-only)').click();
    expect(await page.locator('.policy code').textContent()).toMatch(/decorum\.config\.json$/);
    expect(await page.locator('.policy pre').textContent()).toContain('"linkedin"');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('ranks companies on the network screen and opens a first step in the coach', async () => {
    await page.getByRole('link', { name: 'Network' }).click();
    const companies = page.locator('section.company');
    await expect.poll(() => companies.count()).toBeGreaterThan(0);
    expect(await companies.first().getByRole('heading').textContent()).toMatch(/^1\. \S/);
    await page.screenshot({ path: `${SCREENSHOTS}/network.png`, fullPage: false });
    expect(await accessibilityViolations(page)).toEqual([]);
    const open = companies
      .first()
      .getByRole('button', { name: /^Open the draft to / })
      .first();
    const name = ((await open.textContent()) ?? '').replace(/^Open the draft to (.*) in the coach$/, '$1');
    await open.click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Recipient' }).inputValue()).toBe(name);
    expect((await page.getByRole('textbox', { name: 'Your draft' }).inputValue()).length).toBeGreaterThan(20);
  });

  it('lists tracked contacts in the coach and checks a follow-up against their history', async () => {
    const db = openStore(join(app.dir, 'decorum.db'));
    try {
      const ana = addContact(db, { name: 'Ana Ruiz', company: 'Contoso', platform: 'linkedin' });
      const tenDaysAgo = new Date(Date.now() - 10 * 24 * 3600 * 1000).toISOString();
      logContact(db, ana.id, { direction: 'sent', channel: 'linkedin', at: tenDaysAgo });
    } finally {
      db.close();
    }
    await page.getByRole('link', { name: 'Audit' }).click();
    await page.getByRole('link', { name: 'Coach' }).click();
    await page.getByRole('cell', { name: 'Ana Ruiz' }).waitFor();
    await page.getByRole('combobox', { name: 'Kind' }).selectOption('follow_up');
    await page
      .getByRole('textbox', { name: 'Your draft' })
      .fill('Hi Ana, following up on my note about the analyst role.');
    await expect.poll(() => page.getByText(/no contact history/).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Write to Ana Ruiz' }).click();
    await page.getByText('Checked against your 1 logged message(s) with Ana Ruiz.').waitFor();
    expect(await page.getByText(/no contact history/).count()).toBe(0);
  });

  it('works in a narrow window on every screen', async () => {
    await page.setViewportSize({ width: 380, height: 800 });
    for (const screen of ['audit', 'coach', 'contacts', 'triage', 'network']) {
      await page.evaluate((id) => (window.location.hash = `#/${id}`), screen);
      await page.locator(`nav a[href="#/${screen}"][aria-current="page"]`).waitFor();
      await page.waitForTimeout(300);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect({ screen, overflow }).toEqual({ screen, overflow: 0 });
    }
    await page.setViewportSize({ width: 1200, height: 900 });
  });

  it('shows an API error or a lost server in the page, without crashing', async () => {
    await page.route('**/api/network', (route) => route.abort('connectionrefused'));
    await page.getByRole('link', { name: 'Audit' }).click();
    await page.getByRole('link', { name: 'Network' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/Cannot reach the Decorum server/);
    await page.unroute('**/api/network');
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => page.locator('section.company').count()).toBeGreaterThan(0);
    expect(await page.getByRole('alert').count()).toBe(0);

    await page.route('**/api/triage/*/done', (route) =>
      route.fulfill({ status: 500, contentType: 'application/json', body: '{"error":"disk I/O error"}' }),
    );
    await page.getByRole('link', { name: 'Requests' }).click();
    // click, not check: the failed save puts the box back, which is what this test wants to see.
    const box = page.locator('article.request').nth(1).getByRole('checkbox', { name: 'Done' });
    await box.click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/Could not save the mark: disk I\/O error/);
    expect(await box.isChecked()).toBe(false);
    await page.unroute('**/api/triage/*/done');

    // An answer of the wrong shape (a server from another version): the screen says so, the app goes on.
    await page.route('**/api/network', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"companies":[{"name":"Broken"}]}' }),
    );
    await page.getByRole('link', { name: 'Network' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/This screen stopped with an error/);
    await page.unroute('**/api/network');
    await page.getByRole('link', { name: 'Coach' }).click();
    await page.getByRole('textbox', { name: 'Your draft' }).waitFor();
  });

  it('says the session ended when the server no longer knows it (a restart), and keeps the page', async () => {
    await page.getByRole('link', { name: 'Requests' }).click();
    await page.locator('article.request').nth(2).waitFor();
    const context = page.context();
    const cookies = await context.cookies();
    await context.clearCookies();
    try {
      const box = page.locator('article.request').nth(2).getByRole('checkbox', { name: 'Done' });
      await box.click();
      await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/Your session has ended/);
      expect(await box.isChecked()).toBe(false);
    } finally {
      await context.addCookies(cookies);
    }
  });

  it('says the results are gone when the database file is deleted', async () => {
    rmSync(join(app.dir, 'decorum.db'));
    await page.reload();
    await expect.poll(() => page.getByText(/database file was deleted/).count()).toBe(1);
    expect(await page.getByText(/No incoming requests in the store/).count()).toBe(1);
  });

  it('threw no uncaught error in the page through all of the above', () => {
    expect(pageErrors).toEqual([]);
  });
});
