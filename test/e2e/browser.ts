// Shared set-up of the browser tests: Debian's Chromium through playwright-core, the web app built
// once with Vite, and the real server over a fresh database holding the demo workspace.
import { afterAll, beforeAll } from 'vitest';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startDemoServer, startServerOver, TEST_PASSWORD, type Client, type TestServer } from '../support/server.ts';
import { readDemoWorkspace } from '../../src/cli/demo.ts';
import type { Role } from '../../src/domain/user.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export { startDemoServer, TEST_PASSWORD };

if (!hasChromium) {
  if (process.env.CI) throw new Error(`Browser tests: ${CHROMIUM} is missing and CI is set; install it (apt-get install chromium).`);
  console.warn(
    `\n${'!'.repeat(78)}\n!! Browser tests SKIPPED: ${CHROMIUM} not found. Install it with apt-get install chromium.\n${'!'.repeat(78)}\n`,
  );
}

const WEB_CONFIG = fileURLToPath(new URL('../../web/vite.config.ts', import.meta.url));

export const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/** Where the tests' screenshots go: docs/screenshots with HD_SCREENSHOTS=1, otherwise a temporary folder. */
export const SCREENSHOTS = process.env.HD_SCREENSHOTS ? fileURLToPath(new URL('../../docs/screenshots/', import.meta.url)) : join(tmpdir(), 'haidang-screenshots');

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
  return startServerOver(demoWorkspaceWithout(documentId));
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

/** An account a suite makes before anyone signs in: as `server.userClient` takes it. */
export type Account = [login: string, roles: Role[], unitId: string | null];
/** Who a suite signs in through the login page: a login, or one with its own window size or browser language. */
export type SignIn = string | { login: string; viewport?: { width: number; height: number }; locale?: string };
type SignedIn = { context: BrowserContext; page: Page };

export interface BrowserSuite {
  readonly server: TestServer;
  readonly browser: Browser;
  /** The page of the first login signed in, the one most tests drive. */
  readonly page: Page;
  /** A login's signed-in context and page; callable while the suite is declared, read once it has started. */
  as(login: string): SignedIn;
  /** The API client of an account the suite made. */
  client(login: string): Client;
}

/**
 * The set-up every browser test file shares, with its own beforeAll and afterAll: the web app built, a
 * server (the demo workspace unless `server` says otherwise) and Chromium started side by side, the
 * `accounts` made in order, the file's own `setup`, then `signIn` signed in in order through the login
 * page. Afterwards their contexts, the browser and the server close, in that order; a file's own
 * afterAll registered after this call runs before it (vitest runs them as a stack).
 */
export function browserSuite(options: { server?: () => Promise<TestServer>; accounts?: Account[]; setup?: (suite: BrowserSuite) => Promise<void>; signIn?: SignIn[] } = {}): BrowserSuite {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const clients = new Map<string, Client>();
  const signedIns = new Map<string, SignedIn>();
  const ready = <T>(what: string, x: T | undefined): T => {
    if (x === undefined) throw new Error(`browserSuite: ${what} is not there (read before the suite's beforeAll ran, or never made)`);
    return x;
  };
  const suite: BrowserSuite = {
    get server() { return ready('the server', server); },
    get browser() { return ready('the browser', browser); },
    get page() { return ready('a signed-in page', [...signedIns.values()][0]).page; },
    as: (login) => ({
      get context() { return ready(`${login}'s page`, signedIns.get(login)).context; },
      get page() { return ready(`${login}'s page`, signedIns.get(login)).page; },
    }),
    client: (login) => ready(`${login}'s account`, clients.get(login)),
  };
  beforeAll(async () => {
    await buildWebApp();
    [server, browser] = await Promise.all([(options.server ?? startDemoServer)(), launchBrowser()]);
    for (const [login, roles, unitId] of options.accounts ?? []) clients.set(login, await server.userClient(login, roles, unitId));
    await options.setup?.(suite);
    for (const who of options.signIn ?? []) {
      const { login, viewport = DESKTOP, locale = 'vi-VN' } = typeof who === 'string' ? { login: who } : who;
      signedIns.set(login, await signedIn(browser, server.url, login, viewport, locale));
    }
  });
  afterAll(async () => {
    for (const s of signedIns.values()) await s.context.close();
    await browser?.close();
    await server?.close();
  });
  return suite;
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
