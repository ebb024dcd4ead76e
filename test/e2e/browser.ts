// Shared set-up of the browser tests: Debian's Chromium through playwright-core, the web app built
// once with Vite, and the real server over a fresh database holding the demo workspace.
import { writeTransaction } from '../../src/db/tx.ts';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

const SOURCES = ['../../web/', '../../src/domain/'].map((p) => fileURLToPath(new URL(p, import.meta.url)));
const STAMP = join(WEB_DIST, '.built');
const LOCK = join(tmpdir(), 'haidang-web-build.lock');

function newest(dir: string): number {
  let m = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'dist' || e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    m = Math.max(m, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return m;
}

/**
 * Builds the web app once for all the browser test files, which run in parallel processes: one
 * builds under a lock while the others wait, and a build newer than every source is kept (a second
 * build would empty web/dist under a server that is serving it).
 */
export async function buildWebApp(): Promise<void> {
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      const since = Date.now() - (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (waited > 180_000 || since > 300_000) rmSync(LOCK, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    const built = statSync(STAMP, { throwIfNoEntry: false })?.mtimeMs ?? 0;
    if (built > Math.max(...SOURCES.map(newest))) return;
    await buildOnce();
    writeFileSync(STAMP, new Date().toISOString());
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

async function buildOnce(): Promise<void> {
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
    // vi-VN, as the people using the app have it (navigator.language). Debian's headless Chromium
    // still draws date inputs as mm/dd/yyyy: its headless mode ignores the UI language there.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=vi-VN'],
  });
}

export async function startDemoServer(): Promise<TestServer> {
  return startTestServer({ setup: async (h) => void (await writeTransaction(h.db, (trx) => importWorkspace(trx, readDemoWorkspace(), 'demo'))) });
}

/** The demo workspace without one of its documents and what came from it, so that the document can be pasted anew. */
export function demoWorkspaceWithout(documentId: string): unknown {
  type Item = { id: string; source?: { documentId?: string | null }; targetIds?: string[]; taskId?: string; documentId?: string };
  const ws = readDemoWorkspace() as Record<string, Item[] | unknown>;
  const list = (k: string) => (Array.isArray(ws[k]) ? (ws[k] as Item[]) : []);
  const fromDoc = (x: Item) => x.source?.documentId === documentId;
  const goneTargets = new Set(list('targets').filter(fromDoc).map((x) => x.id));
  const goneTasks = new Set(list('tasks').filter(fromDoc).map((x) => x.id));
  ws.documents = list('documents').filter((d) => d.id !== documentId);
  ws.targets = list('targets').filter((x) => !fromDoc(x));
  ws.observations = list('observations').filter((x) => !fromDoc(x));
  ws.tasks = list('tasks').filter((x) => !fromDoc(x)).map((x) => ({ ...x, targetIds: (x.targetIds ?? []).filter((t) => !goneTargets.has(t)) }));
  ws.reports = list('reports').filter((r) => !goneTasks.has(r.taskId ?? ''));
  if (Array.isArray(ws.proposals)) ws.proposals = list('proposals').filter((p) => p.documentId !== documentId);
  return ws;
}

export async function startServerWithout(documentId: string): Promise<TestServer> {
  return startTestServer({ setup: async (h) => void (await writeTransaction(h.db, (trx) => importWorkspace(trx, demoWorkspaceWithout(documentId), 'demo'))) });
}

export const DESKTOP = { width: 1280, height: 860 };
export const PHONE = { width: 390, height: 844 };

/** A browser context signed in through the login page, as a person would. */
export async function signedIn(browser: Browser, url: string, login: string, viewport: { width: number; height: number } = DESKTOP, locale = 'vi-VN'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, locale, timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(url + '/');
  await page.locator('input[name=login]').fill(login);
  await page.locator('input[name=password]').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('targets-headline').waitFor();
  return { context, page };
}

/** One page of a layout check: its screenshot's name, its path, what shows it is ready, and what to do before the shot. */
export type LayoutPage = [name: string, path: string, ready: string, then?: (p: Page) => Promise<void>];

/**
 * Every page on a desktop (the given signed-in page) and a phone (a new context of `login`): ready,
 * network idle, then a screenshot `<name>-desktop.png` / `<name>-dien-thoai.png` in `dir`. Returns the
 * pages that scroll sideways (by more than a pixel), for the test to expect none.
 */
export async function shootLayouts(browser: Browser, url: string, login: string, desktop: Page, pages: LayoutPage[], dir: string): Promise<string[]> {
  const wide: string[] = [];
  const phone = await signedIn(browser, url, login, PHONE);
  try {
    for (const [name, path, ready, then] of pages) {
      for (const [p, suffix, size] of [[desktop, 'desktop', DESKTOP], [phone.page, 'dien-thoai', PHONE]] as const) {
        await p.setViewportSize(size);
        await p.goto(url + path);
        await p.locator(ready).first().waitFor();
        if (then) await then(p);
        await p.waitForLoadState('networkidle');
        // A string, so the root tsconfig (no DOM lib) type-checks this file.
        const overflow = Number(await p.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
        if (overflow > 1) wide.push(`${name} (${suffix}) scrolls sideways by ${overflow}px`);
        await p.screenshot({ path: join(dir, `${name}-${suffix}.png`), fullPage: suffix === 'desktop' });
      }
    }
  } finally {
    await phone.context.close();
  }
  return wide;
}
