// Đôn đốc nhiệm vụ once a day, in Chromium: a task reminded today keeps its tick disabled with the
// time; "Nhắc lại" ticks it after a confirmation and the reminder goes again; a task reminded by
// someone else meanwhile is refused with its name; a leader gets ticks only on the tasks of their unit.
// The reminder card is shot on a desktop and a phone (docs/screenshots/don-doc-nhiem-vu-*.png).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DESKTOP, PHONE, buildWebApp, hasChromium, launchBrowser, signedIn } from './browser.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { seedReminderTasks } from '../support/reminder-tasks.ts';
import { formatClockVi } from '../../src/domain/format.ts';

const SHOTS = process.env.HD_SCREENSHOTS ? fileURLToPath(new URL('../../docs/screenshots/', import.meta.url)) : join(tmpdir(), 'haidang-screenshots');
const OVERDUE = 'Hoàn thành quy hoạch phân khu Bắc sông Cấm';
const SOON = 'Trình đề án nhà ở xã hội';
const OF_B = 'Rà soát nợ đọng xây dựng cơ bản';
// Not reminded before the screenshots: ticked in them.
const PLAN = 'Lập kế hoạch chuyển đổi số';
const pickOf = (p: Page, title: string) => p.getByRole('checkbox', { name: `Chọn để nhắc: ${title}` });

describe.skipIf(!hasChromium)('reminding a task once a day (đôn đốc nhiệm vụ) in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let secretariat: { context: BrowserContext; page: Page };
  let id: Record<string, string> = {};
  const reminders = async (task: string) => ((await server.api('GET', `/api/tasks/${id[task]}`)).body.reminders as unknown[]).length;

  beforeAll(async () => {
    await buildWebApp();
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    id = await seedReminderTasks(server, { A: ['SXD', 'Sở Xây dựng'], B: ['STC', 'Sở Tài chính'] }, {
      overdue: [OVERDUE, 'A', -4], soon: [SOON, 'A', 2], ofB: [OF_B, 'B', -1], plan: [PLAN, 'A', -2],
    });
    // Reminded this morning already.
    expect((await server.api('POST', '/api/task-reminders', { taskIds: [id.overdue] })).status).toBe(200);
    await server.userClient('vanphong', ['secretariat'], null);
    await server.userClient('lanhdao-stc', ['leader'], id.B!);
    secretariat = await signedIn(browser, server.url, 'vanphong');
  });
  afterAll(async () => {
    await secretariat?.context.close();
    await browser?.close();
    await server?.close();
  });

  it('a leader of Sở Tài chính gets a tick only on the task of their unit', async () => {
    const leader = await signedIn(browser, server.url, 'lanhdao-stc');
    try {
      const p = leader.page;
      await p.goto(`${server.url}/`);
      await pickOf(p, OF_B).waitFor();
      await expect(p.getByRole('checkbox', { name: /^Chọn để nhắc/ }).count()).resolves.toBe(1);
      await p.getByText(SOON).first().waitFor();
      await p.goto(`${server.url}/nhiem-vu?status=in_progress_overdue,due_soon`);
      await pickOf(p, OF_B).waitFor();
      await expect(p.getByRole('checkbox', { name: /^Chọn để nhắc/ }).count()).resolves.toBe(1);
    } finally {
      await leader.context.close();
    }
  });

  it('shows a task reminded today with its time and a disabled tick; one reminded now turns so too', async () => {
    const p = secretariat.page;
    await p.goto(`${server.url}/`);
    const sentAt = (await server.api('GET', '/api/tasks?status=in_progress_overdue')).body.items.find((x: { id: string }) => x.id === id.overdue).remindedAt;
    await expect(pickOf(p, OVERDUE).isDisabled()).resolves.toBe(true);
    await expect.poll(() => p.getByTestId('reminded-today').first().textContent()).toContain(`Đã nhắc hôm nay lúc ${formatClockVi(sentAt)}`);
    await pickOf(p, SOON).check();
    const card = p.getByTestId('task-reminders');
    await card.getByRole('button', { name: 'Gửi nhắc (1 nhiệm vụ)' }).click();
    await expect.poll(() => card.getByTestId('remind-message').textContent()).toBe('Đã nhắc đơn vị chủ trì của 1 nhiệm vụ.');
    await expect.poll(() => pickOf(p, SOON).isDisabled()).toBe(true);
    await expect.poll(() => p.getByTestId('reminded-today').count()).toBe(2);
    expect(await reminders('soon')).toBe(1);
  });

  it('"Nhắc lại" asks first, then ticks the task, and the reminder goes again', async () => {
    const p = secretariat.page;
    await p.getByRole('button', { name: `Nhắc lại: ${OVERDUE}` }).click();
    const dialog = p.getByRole('dialog', { name: 'Nhắc lại' });
    await expect.poll(() => dialog.textContent()).toContain(`Nhiệm vụ «${OVERDUE}» đã được nhắc hôm nay lúc`);
    // Thought better of it: nothing is ticked.
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await expect(pickOf(p, OVERDUE).isChecked()).resolves.toBe(false);
    await p.getByRole('button', { name: `Nhắc lại: ${OVERDUE}` }).click();
    await p.getByRole('dialog', { name: 'Nhắc lại' }).getByRole('button', { name: 'Vẫn nhắc lại' }).click();
    await expect.poll(() => pickOf(p, OVERDUE).isChecked()).toBe(true);
    await expect(pickOf(p, OVERDUE).isDisabled()).resolves.toBe(false);
    const card = p.getByTestId('task-reminders');
    await card.getByRole('button', { name: 'Gửi nhắc (1 nhiệm vụ)' }).click();
    await expect.poll(() => card.getByTestId('remind-message').textContent()).toBe('Đã nhắc đơn vị chủ trì của 1 nhiệm vụ.');
    expect(await reminders('overdue')).toBe(2);
    await expect.poll(() => pickOf(p, OVERDUE).isDisabled()).toBe(true);
  });

  it('a task reminded by someone else meanwhile is refused, named, and nothing is sent', async () => {
    const p = secretariat.page;
    await p.goto(`${server.url}/nhiem-vu?status=in_progress_overdue,due_soon`);
    await pickOf(p, OF_B).check();
    expect((await server.api('POST', '/api/task-reminders', { taskIds: [id.ofB] })).status).toBe(200);
    const card = p.getByTestId('task-reminders');
    await card.getByRole('button', { name: 'Gửi nhắc (1 nhiệm vụ)' }).click();
    await expect.poll(() => card.getByTestId('remind-message').textContent()).toMatch(new RegExp(`đã đôn đốc hôm nay: «${OF_B}» \\(lúc \\d\\d:\\d\\d\\)`, 'u'));
    expect(await reminders('ofB')).toBe(1);
  });

  it('lays the reminder card out on a desktop and a phone without sideways scrolling (screenshots)', { timeout: 120_000 }, async () => {
    mkdirSync(SHOTS, { recursive: true });
    const phone = await signedIn(browser, server.url, 'vanphong', PHONE);
    try {
      for (const [p, suffix, size] of [[secretariat.page, 'desktop', DESKTOP], [phone.page, 'dien-thoai', PHONE]] as const) {
        await p.setViewportSize(size);
        await p.goto(`${server.url}/nhiem-vu?status=in_progress_overdue,due_soon`);
        const card = p.getByTestId('task-reminders');
        await expect.poll(() => card.textContent()).toContain('Đánh dấu các nhiệm vụ cần nhắc trong danh sách dưới đây.');
        await p.getByTestId('reminded-today').first().waitFor();
        await pickOf(p, PLAN).check();
        await card.getByLabel('Ghi chú gửi kèm (không bắt buộc)').fill('Đề nghị báo cáo tiến độ trước cuộc họp giao ban thứ Hai.');
        await card.getByRole('button', { name: 'Gửi nhắc (1 nhiệm vụ)' }).waitFor();
        await p.waitForLoadState('networkidle');
        const overflow = Number(await p.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
        expect(overflow, `reminder card (${suffix}) scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(1);
        // The card at the top of the shot, below the sticky header, with the ticks under it.
        await card.evaluate((el) => { el.scrollIntoView(); el.ownerDocument.defaultView?.scrollBy(0, -72); });
        await p.screenshot({ path: join(SHOTS, `don-doc-nhiem-vu-${suffix}.png`) });
      }
    } finally {
      await phone.context.close();
    }
  });
});
