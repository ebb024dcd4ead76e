// A new user's whole journey in Chromium, from an empty workspace (`haidang serve --empty`: no data,
// only the first administrator, whose one-time password the server prints once) and through the web
// only: the admin changes that password, adds a unit and gives two accounts (one-time passwords read
// from the page); the secretariat gives a directive with the six rõ to the new unit, due inside the
// current quarter; the unit's officer reports its completion with a file; the secretariat accepts it;
// the quarter's rating counts it done on time and the quarter's review report (Word) names it.
// The API is used only to read results back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { buildWebApp, hasChromium, launchBrowser } from './browser.ts';
import { freshDb } from '../support/db.ts';
import { ensureAdministrator } from '../../src/cli/users.ts';
import { startServer } from '../../src/server/serve.ts';
import { serverContext } from '../../src/server/context.ts';
import { AnswerCache } from '../../src/server/answer-cache.ts';

const UNIT = 'Phường Hải Đăng';
const TASK = 'Rà soát, lập danh sách hộ nghèo phường Hải Đăng năm 2026';
const FILE = 'danh-sach-ho-ngheo.txt';

/** Today in Hà Nội time, as the people using the app count days, and its quarter's last day. */
function today(): { quarter: string; end: string } {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  const [y, m] = day.split('-').map(Number) as [number, number];
  const q = Math.ceil(m / 3);
  const last = new Date(Date.UTC(y, q * 3, 0)).toISOString().slice(0, 10);
  return { quarter: `${y}-Q${q}`, end: last };
}

describe.skipIf(!hasChromium)('a new user\'s journey from an empty workspace, in the web only', () => {
  // Not startTestServer: it gives `admin` a known password, and this journey starts with none.
  let server: { url: string; close(): Promise<void> };
  let handle: Awaited<ReturnType<typeof freshDb>>;
  let browser: Browser;
  let adminOtp = '';
  const contexts: BrowserContext[] = [];
  const otps: Record<string, string> = {};
  const pages: Record<string, Page> = {};
  const { quarter, end } = today();
  let unitId = '';
  let taskUrl = '';

  beforeAll(async () => {
    await buildWebApp();
    // What `haidang serve --empty` does on a new database: no workspace, the first admin printed once.
    const log = console.log;
    const printed: string[] = [];
    console.log = (...a: unknown[]) => void printed.push(a.join(' '));
    try {
      handle = await freshDb();
      await ensureAdministrator(handle.db);
    } finally {
      console.log = log;
    }
    [server, browser] = await Promise.all([startServer(serverContext(handle.db, { answers: new AnswerCache({ slowMs: Infinity }) }), { port: 0, host: '127.0.0.1' }), launchBrowser()]);
    adminOtp = /mật khẩu dùng một lần: (\S+)/.exec(printed.join('\n'))?.[1] ?? '';
    expect(adminOtp).not.toBe('');
  }, 240_000);
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
    await handle?.close();
  });

  /** Reads back through the API, with the signed-in person's own session (never to set anything up). */
  const read = async (p: Page, path: string) => (await p.request.get(server.url + path)).json();

  /** Signs in with a one-time password, which leads straight to the page that replaces it. */
  const firstSignIn = async (login: string, otp: string): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    contexts.push(context);
    const p = await context.newPage();
    p.setDefaultTimeout(15_000);
    await p.goto(server.url + '/');
    await p.locator('input[name=login]').fill(login);
    await p.locator('input[name=password]').fill(otp);
    await p.getByRole('button', { name: 'Đăng nhập' }).click();
    await p.getByRole('heading', { name: 'Đổi mật khẩu' }).waitFor();
    await p.locator('input[autocomplete="current-password"]').fill(otp);
    await p.locator('input[autocomplete="new-password"]').nth(0).fill(`cay bang truoc san no hoa thang tu ${Object.keys(pages).length + 7}`);
    await p.locator('input[autocomplete="new-password"]').nth(1).fill(`cay bang truoc san no hoa thang tu ${Object.keys(pages).length + 7}`);
    await p.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    // An empty workspace's dashboard has no targets to head: the password page gone, the menu is there.
    await p.getByRole('heading', { name: 'Đổi mật khẩu' }).waitFor({ state: 'detached' });
    await p.getByRole('link', { name: 'Xếp loại' }).first().waitFor();
    pages[login] = p;
    return p;
  };

  /** Gives an account on the users page and reads its one-time password, shown once. */
  const giveAccount = async (p: Page, login: string, name: string, role: string, unit: string | null) => {
    await p.goto(server.url + '/nguoi-dung');
    const form = p.getByTestId('user-form');
    await form.getByRole('textbox', { name: 'Tên đăng nhập' }).fill(login);
    await form.getByRole('textbox', { name: 'Họ và tên' }).fill(name);
    if (unit) {
      await form.getByRole('textbox', { name: 'Đơn vị', exact: true }).or(form.getByRole('combobox', { name: 'Đơn vị', exact: true })).first().click();
      await p.getByRole('option', { name: unit }).first().click();
    }
    if (role !== 'Cán bộ đơn vị') {
      // The form starts with "Cán bộ đơn vị": replace it.
      const roles = form.getByLabel('Vai trò');
      await roles.click();
      await roles.press('Backspace');
      await p.getByRole('option', { name: role }).click();
      await p.keyboard.press('Escape');
    }
    await form.getByRole('button', { name: 'Cấp tài khoản' }).click();
    const shown = p.getByTestId('one-time-password');
    await shown.waitFor();
    otps[login] = (await shown.locator('pre, code').first().textContent())!.trim();
    await p.getByRole('button', { name: 'Đóng' }).click();
    await expect.poll(() => p.getByTestId('user-table').textContent()).toContain(name);
  };

  it('lets the admin sign in with the printed one-time password, change it, add a unit and give two accounts', async () => {
    const p = await firstSignIn('admin', adminOtp);
    await p.goto(server.url + '/don-vi');
    const form = p.getByTestId('unit-form');
    await form.locator('input[name=name]').fill(UNIT);
    await form.locator('input[name=code]').fill('PHD');
    await form.getByRole('button', { name: 'Thêm' }).click();
    await p.getByTestId('unit-tree').getByRole('link', { name: UNIT }).click();
    await p.getByRole('heading', { name: UNIT }).waitFor();
    unitId = decodeURIComponent(p.url().split('/').pop()!);

    await giveAccount(p, 'vanphong', 'Trần Thị Văn Phòng', 'Văn phòng (theo dõi, đôn đốc)', null);
    await giveAccount(p, 'canbo-hd', 'Nguyễn Văn Cán Bộ', 'Cán bộ đơn vị', UNIT);
    // The role pickers are named by their labels, in English too (the form's, and each account's).
    await expect(p.getByRole('combobox', { name: 'Vai trò canbo-hd' }).count()).resolves.toBe(1);
    await p.getByRole('button', { name: 'Ngôn ngữ: English' }).click();
    await p.getByTestId('user-form').getByLabel('Roles').waitFor();
    await expect(p.getByRole('combobox', { name: 'Roles canbo-hd' }).count()).resolves.toBe(1);
    await p.getByRole('button', { name: 'Language: Tiếng Việt' }).click();
    await p.getByTestId('user-form').getByLabel('Vai trò').waitFor();
    const users = (await read(p, '/api/users')) as { items?: Array<{ login: string; roles: string[]; unitId: string | null }> } | Array<{ login: string; roles: string[]; unitId: string | null }>;
    const list = Array.isArray(users) ? users : (users.items ?? []);
    expect(list.find((u) => u.login === 'vanphong')).toMatchObject({ roles: ['secretariat'], unitId: null });
    expect(list.find((u) => u.login === 'canbo-hd')).toMatchObject({ roles: ['officer'], unitId });
  });

  it('lets the secretariat give a directive with the six rõ to the new unit, due inside the quarter', async () => {
    const p = await firstSignIn('vanphong', otps.vanphong!);
    await p.goto(server.url + '/nhiem-vu');
    await p.getByRole('link', { name: 'Giao nhiệm vụ' }).click();
    await p.waitForURL(/\/nhiem-vu\/moi$/);
    const form = p.getByTestId('task-form');
    await form.getByRole('textbox', { name: /Rõ việc/ }).fill(TASK);
    await form.getByRole('combobox', { name: /Rõ trách nhiệm/ }).click();
    await p.getByRole('option', { name: UNIT }).first().click();
    await form.getByRole('textbox', { name: /Rõ người/ }).fill('Đồng chí Chủ tịch UBND phường');
    await form.getByRole('textbox', { name: /Rõ thẩm quyền/ }).fill('Văn phòng Thành ủy');
    await form.locator('input[name="deadline"]').fill(end);
    await form.locator('input[name="latest"]').fill(end);
    await form.getByRole('textbox', { name: /Rõ sản phẩm/ }).fill('Danh sách hộ nghèo đã rà soát');
    await form.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
    await p.waitForURL(/\/nhiem-vu\/(?!moi)[^/]+$/);
    taskUrl = p.url();
    await expect.poll(() => p.getByRole('heading', { level: 1 }).textContent()).toContain(TASK);
    const main = await p.locator('main').textContent();
    const [y, m, d] = end.split('-').map(Number);
    for (const word of [UNIT, 'Đồng chí Chủ tịch UBND phường', 'Văn phòng Thành ủy', 'Danh sách hộ nghèo đã rà soát', `${d}/${m}/${y}`]) expect(main).toContain(word);
  });

  it('lets the unit officer report completion with a file attached', async () => {
    const p = await firstSignIn('canbo-hd', otps['canbo-hd']!);
    await p.goto(taskUrl);
    await p.getByTestId('report-timeline').waitFor();
    await p.getByTestId('task-files').locator('input[type=file]').setInputFiles({ name: FILE, mimeType: 'text/plain', buffer: Buffer.from('Danh sách 12 hộ nghèo phường Hải Đăng đã rà soát') });
    await p.getByTestId('task-files').getByRole('button', { name: 'Tải lên' }).click();
    await p.getByText(`Đã tải lên: ${FILE}`).waitFor();
    await p.getByTestId('task-files').getByRole('link', { name: FILE }).waitFor();
    await p.getByRole('combobox', { name: 'Loại báo cáo' }).click();
    await p.getByRole('option', { name: 'Báo cáo hoàn thành' }).click();
    await p.getByRole('textbox', { name: 'Nội dung' }).fill('Đã rà soát xong, gửi kèm danh sách.');
    await p.getByRole('button', { name: 'Gửi' }).click();
    await p.getByTestId('awaiting-acceptance').waitFor();
    await expect(p.getByTestId('awaiting-acceptance').textContent()).resolves.toMatch(/chờ nghiệm thu/);
  });

  it('lets the secretariat accept it: done on time', async () => {
    const p = pages.vanphong!;
    await p.goto(taskUrl);
    await p.getByTestId('awaiting-acceptance').waitFor();
    await p.getByTestId('task-files').getByRole('link', { name: FILE }).waitFor();
    await p.getByRole('combobox', { name: 'Loại báo cáo' }).click();
    await p.getByRole('option', { name: 'Nghiệm thu (chấp nhận kết quả)' }).click();
    await p.getByRole('button', { name: 'Gửi' }).click();
    const status = p.getByTestId('task-status');
    await expect.poll(() => status.locator('[data-status]').getAttribute('data-status')).toBe('done_on_time');
    await expect(status.textContent()).resolves.toMatch(/Hoàn thành/);
  });

  it('counts the task in the quarter\'s rating of the unit', async () => {
    const p = pages.vanphong!;
    await p.goto(`${server.url}/xep-loai?quy=${quarter}`);
    const row = p.locator(`[data-testid="rating-table"][data-quarter="${quarter}"]`).locator(`tr[data-unit-id="${unitId}"]`);
    await row.waitFor();
    await row.getByRole('button', { name: UNIT }).click();
    const tasks = p.getByTestId('rating-working').getByTestId('working-tasks');
    await expect.poll(() => tasks.textContent()).toContain(TASK);
    await expect(tasks.locator('tbody tr').filter({ hasText: TASK }).textContent()).resolves.toMatch(/đúng hạn/i);
    const rating = await read(p, `/api/ratings/${quarter}`);
    const mine = rating.results.find((r: { unitId: string }) => r.unitId === unitId);
    expect(mine.tasks.items).toMatchObject([{ title: TASK, status: 'done_on_time', deduction: 0 }]);
  });

  it('names the task in the quarter\'s review report (Word)', async () => {
    const p = pages.vanphong!;
    await p.goto(`${server.url}/bao-cao-kiem-diem?ky=${quarter}`);
    const [file] = await Promise.all([p.waitForEvent('download'), p.getByTestId('review-download').getByRole('link', { name: 'Tải báo cáo Word (.docx)' }).click()]);
    expect(file.suggestedFilename()).toMatch(/\.docx$/);
    const zip = await JSZip.loadAsync(readFileSync((await file.path())!));
    const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(text).toContain(TASK);
  });
});
