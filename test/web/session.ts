import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser.js';
import { startServer, type RunningServer } from './server.js';
import { openStore, type Db } from '../../src/store/db.js';

export const SCREENSHOTS = 'docs/screenshots';

/** A signed-in page on its own server and empty database, with the page's uncaught errors collected. */
export interface AppSession {
  app: RunningServer;
  page: Page;
  /** Uncaught exceptions and console errors in the page: none may happen. */
  pageErrors: string[];
  /** Writes to the server's database directly, as a CLI command run beside the app would. */
  withStore<T>(run: (db: Db) => T | Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export async function openAppSession(samplePaths: () => string[] = () => []): Promise<AppSession> {
  const app = await startServer(samplePaths);
  const browser: Browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  // A Playwright wait fails with the locator it waited for, before vitest's test timeout hides which.
  page.setDefaultTimeout(15_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(`console: ${message.text()}`);
  });
  await page.goto(app.loginUrl);
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    app,
    page,
    pageErrors,
    async withStore(run) {
      const db = openStore(join(app.dir, 'decorum.db'));
      try {
        return await run(db);
      } finally {
        db.close();
      }
    },
    async close() {
      await browser.close();
      await app.stop();
    },
  };
}
