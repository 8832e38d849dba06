import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkedinSamples } from '../fixtures/samples/linkedin.js';
import { importOnly } from '../../src/audit/pipeline.js';
import { accessibilityViolations } from './axe.js';
import { chromiumAvailable } from './browser.js';
import { openAppSession, SCREENSHOTS, type AppSession } from './session.js';

/** A name no page may run or render as markup. */
const HOSTILE = 'Zoë <img src=x onerror=alert(1)> Berg';

describe.runIf(chromiumAvailable())('contacts screen in Chromium', () => {
  let session: AppSession;

  beforeAll(async () => {
    session = await openAppSession();
    // What `decorum audit linkedin-export.zip` leaves in the store: the messages and invitations to import.
    const [zip] = await linkedinSamples.write(mkdtempSync(join(tmpdir(), 'decorum-linkedin-')));
    await session.withStore((db) => importOnly({ inputs: [zip!], db }));
  }, 120_000);

  afterAll(async () => {
    await session?.close();
  });

  it('imports the LinkedIn messages, adds a contact and logs a message by keyboard; all still there after a reload', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Contacts' }).click();
    await page.getByText('No contacts yet').waitFor();

    await page.getByRole('button', { name: 'Import LinkedIn messages' }).click();
    await page.getByText(/^Read \d+ LinkedIn messages and invitations: [1-9]\d* new contact\(s\)/).waitFor();
    const imported = await page.locator('table.contacts-table tbody tr').count();
    expect(imported).toBeGreaterThan(0);

    // Keyboard only: type in the name field, Tab to the company, Enter submits the form.
    await page.getByRole('textbox', { name: 'Name' }).focus();
    await page.keyboard.type(HOSTILE);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Fabrikam');
    await page.getByRole('combobox', { name: 'Purpose' }).selectOption('application');
    await page.getByRole('textbox', { name: 'Company' }).press('Enter');
    await page.getByText(`Tracking ${HOSTILE}.`).waitFor();
    await expect.poll(() => page.locator('table.contacts-table tbody tr').count()).toBe(imported + 1);
    // Shown as text: the markup in the name made no element.
    expect(await page.locator('main img').count()).toBe(0);
    const row = page.getByRole('row', { name: new RegExp(`^${HOSTILE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
    expect(await row.getByRole('cell').nth(2).textContent()).toBe('0');

    const tenDaysAgo = new Date(Date.now() - 10 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    await page.getByRole('combobox', { name: 'Contact' }).selectOption({ label: `${HOSTILE} (Fabrikam)` });
    await page.getByRole('combobox', { name: 'Channel' }).selectOption('email');
    await page.getByLabel('Date').fill(tenDaysAgo);
    await page.getByRole('textbox', { name: 'What it was about' }).fill('the analyst role');
    await page.getByRole('button', { name: 'Log message' }).click();
    await page.getByText(`Logged: sent to ${HOSTILE} by E-mail, ${tenDaysAgo}.`).waitFor();
    await expect.poll(() => row.getByRole('cell').nth(2).textContent()).toBe('1');
    // An application unanswered for ten days is due its follow-up.
    const due = page.locator('.followup-group[data-group="due"]');
    await expect.poll(() => due.getByText(HOSTILE).count()).toBe(1);
    await page.screenshot({ path: `${SCREENSHOTS}/contacts.png`, fullPage: false });

    await page.reload();
    await expect.poll(() => page.locator('table.contacts-table tbody tr').count()).toBe(imported + 1);
    expect(await row.getByRole('cell').nth(1).textContent()).toBe('Fabrikam');
    expect(await row.getByRole('cell').nth(3).textContent()).toBe(tenDaysAgo);
    expect(await due.getByText(HOSTILE).count()).toBe(1);

    // Importing again adds nothing twice.
    await page.getByRole('button', { name: 'Import LinkedIn messages' }).click();
    await page.getByText(/: 0 new contact\(s\), 0 new log entries\.$/).waitFor();
  }, 60_000);

  it('says what is wrong with a form without losing it', async () => {
    const { page } = session;
    await page.route('**/api/contacts', (route) =>
      route.request().method() === 'POST'
        ? route.fulfill({ status: 400, contentType: 'application/json', body: '{"error":"name: too long"}' })
        : route.fallback(),
    );
    await page.getByRole('textbox', { name: 'Name' }).fill('Ana Ruiz');
    await page.getByRole('button', { name: 'Add contact' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Could not add the contact: name: too long');
    expect(await page.getByRole('textbox', { name: 'Name' }).inputValue()).toBe('Ana Ruiz');
    await page.unroute('**/api/contacts');
  });

  it('has no accessibility violations and no page errors', async () => {
    expect(await accessibilityViolations(session.page)).toEqual([]);
    // The 400 above is the one console error a refused request makes; nothing else may appear.
    expect(session.pageErrors.filter((error) => !/status of 400/.test(error))).toEqual([]);
  });
});
