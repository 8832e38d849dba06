import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { facebookSampleWriter } from '../fixtures/samples/facebook.js';
import { linkedinSamples } from '../fixtures/samples/linkedin.js';
import { importOnly } from '../../src/audit/pipeline.js';
import { accessibilityViolations } from './axe.js';
import { chromiumAvailable } from './browser.js';
import { openAppSession, SCREENSHOTS, type AppSession } from './session.js';

describe.runIf(chromiumAvailable())('requests screen in Chromium: labels and reply edits', () => {
  let session: AppSession;

  beforeAll(async () => {
    session = await openAppSession();
    const dir = mkdtempSync(join(tmpdir(), 'decorum-triage-'));
    const inputs = [...(await facebookSampleWriter.write(dir)), ...(await linkedinSamples.write(dir))].filter((path) =>
      path.endsWith('.zip'),
    );
    await session.withStore((db) => importOnly({ inputs, db }));
  }, 120_000);

  afterAll(async () => {
    await session?.close();
  });

  it('saves an edited reply and a label; both are still there after a reload', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Requests' }).click();
    await page.getByRole('heading', { name: /^Redirect \(\d+\)$/ }).waitFor();

    const withReply = page.locator('article.request', { has: page.getByRole('button', { name: 'Copy reply' }) });
    const replyKey = await withReply.first().getAttribute('data-key');
    const card = page.locator(`article.request[data-key="${replyKey}"]`);
    const reply = card.getByRole('textbox');
    await reply.press('Control+End');
    await reply.pressSequentially(' <b>See you there!</b>');
    const edited = await reply.inputValue();
    // Keyboard only: Tab passes Copy reply, reaches Save reply; Enter saves.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Save reply');
    await page.keyboard.press('Enter');
    await expect.poll(() => card.getByRole('status').textContent()).toBe('Saved');

    const review = page.locator('section.triage-group', { has: page.getByRole('heading', { name: /^Review/ }) });
    const stranger = review.locator('article.request').first();
    const strangerKey = await stranger.getAttribute('data-key');
    const name = ((await stranger.getByRole('heading').textContent()) ?? '').replace(/ · .*$/, '');
    await stranger.getByRole('combobox', { name: `Who is ${name}?` }).selectOption('friend');
    const accept = page.locator('section.triage-group', { has: page.getByRole('heading', { name: /^Accept/ }) });
    await expect.poll(() => accept.locator(`article.request[data-key="${strangerKey}"]`).count()).toBe(1);
    await page.screenshot({ path: `${SCREENSHOTS}/triage-edits.png`, fullPage: false });

    await page.reload();
    await page.getByRole('heading', { name: /^Redirect \(\d+\)$/ }).waitFor();
    expect(await card.getByRole('textbox').inputValue()).toBe(edited);
    const labelled = accept.locator(`article.request[data-key="${strangerKey}"]`);
    expect(await labelled.getByRole('combobox', { name: `Who is ${name}?` }).inputValue()).toBe('friend');
    expect(await page.locator('main b').count()).toBe(0);

    // Back to the draft forgets the edit, for good.
    await card.getByRole('button', { name: 'Back to the draft' }).click();
    await expect.poll(() => card.getByRole('status').textContent()).toBe('Back to the draft');
    expect(await card.getByRole('textbox').inputValue()).not.toBe(edited);
    await page.reload();
    await page.getByRole('heading', { name: /^Redirect \(\d+\)$/ }).waitFor();
    expect(await card.getByRole('textbox').inputValue()).not.toBe(edited);
  }, 60_000);

  it('has no accessibility violations and no page errors', async () => {
    expect(await accessibilityViolations(session.page)).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
