import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkedinSamples } from '../fixtures/samples/linkedin.js';
import { importOnly } from '../../src/audit/pipeline.js';
import { accessibilityViolations } from './axe.js';
import { chromiumAvailable } from './browser.js';
import { openAppSession, SCREENSHOTS, type AppSession } from './session.js';

describe.runIf(chromiumAvailable())('network screen in Chromium: track a person, make a target', () => {
  let session: AppSession;

  beforeAll(async () => {
    session = await openAppSession();
    const [zip] = await linkedinSamples.write(mkdtempSync(join(tmpdir(), 'decorum-network-')));
    await session.withStore((db) => importOnly({ inputs: [zip!], db }));
  }, 120_000);

  afterAll(async () => {
    await session?.close();
  });

  it('tracks a person and keeps an employer as a target after a reload', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Network' }).click();
    const first = page.locator('section.company').first();
    await first.waitFor();
    const track = first.getByRole('button', { name: /^Track / }).first();
    const person = ((await track.textContent()) ?? '').replace(/^Track /, '');
    // Keyboard only: focus the button, Enter presses it.
    await track.focus();
    await page.keyboard.press('Enter');
    await first.getByText(`Tracking ${person}: see the Contacts screen.`).waitFor();

    const make = first.getByRole('button', { name: /^Make .+ a target$/ });
    const company = ((await make.textContent()) ?? '').replace(/^Make (.+) a target$/, '$1');
    await make.click();
    const isTarget = page.getByRole('button', { name: `${company} is a target` });
    await expect.poll(() => isTarget.getAttribute('aria-pressed')).toBe('true');
    await page.screenshot({ path: `${SCREENSHOTS}/network-track.png`, fullPage: false });

    await page.reload();
    await expect.poll(() => isTarget.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('section.company', { has: isTarget }).getByRole('heading').textContent()).toContain(
      'your target',
    );
    await page.getByRole('link', { name: 'Contacts' }).click();
    await page.getByRole('cell', { name: person }).waitFor();
  }, 60_000);

  it('has no accessibility violations and no page errors', async () => {
    await session.page.getByRole('link', { name: 'Network' }).click();
    await session.page.locator('section.company').first().waitFor();
    expect(await accessibilityViolations(session.page)).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
