// Shared set-up of the browser tests: Debian's Chromium through playwright-core, the web app built
// once with Vite, and the real server over a fresh database holding the demo workspace.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestServer, TEST_PASSWORD, type TestServer } from '../support/server.ts';
import { importWorkspace } from '../../src/db/workspace.ts';
import { readDemoWorkspace } from '../../src/cli/demo.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export { TEST_PASSWORD };

if (!hasChromium) {
  if (process.env.CI) throw new Error(`Browser tests: ${CHROMIUM} is missing and CI is set; install it (apt-get install chromium).`);
  console.warn(
    `\n${'!'.repeat(78)}\n!! Browser tests SKIPPED: ${CHROMIUM} not found. Install it with apt-get install chromium.\n${'!'.repeat(78)}\n`,
  );
}

const WEB_CONFIG = fileURLToPath(new URL('../../web/vite.config.ts', import.meta.url));

export const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export async function buildWebApp(): Promise<void> {
  const { build } = await import('vite');
  // vitest sets NODE_ENV=test, which would give React's development build: test what ships.
  const env = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: WEB_CONFIG, logLevel: 'error', mode: 'production' });
  } finally {
    process.env.NODE_ENV = env;
  }
}

export async function launchBrowser(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export async function startDemoServer(): Promise<TestServer> {
  return startTestServer({ setup: async (h) => void (await importWorkspace(h.db, readDemoWorkspace(), 'demo')) });
}

export const DESKTOP = { width: 1280, height: 860 };
export const PHONE = { width: 390, height: 844 };

/** A browser context signed in through the login page, as a person would. */
export async function signedIn(browser: Browser, url: string, login: string, viewport = DESKTOP): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(url + '/');
  await page.locator('input[name=login]').fill(login);
  await page.locator('input[name=password]').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('targets-headline').waitFor();
  return { context, page };
}
