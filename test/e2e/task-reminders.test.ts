// Đôn đốc nhiệm vụ in Chromium: the secretariat ticks an overdue task in the dashboard's list, sends
// the reminder with a note and downloads the công văn đôn đốc; the officer of the lead unit sees
// "Văn phòng đã nhắc ngày …" in the task's timeline, and has nothing to tick on their dashboard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { buildWebApp, hasChromium, launchBrowser, signedIn } from './browser.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { addDays, todayInVietnam } from '../../src/domain/calendar.ts';
import { formatDateVi } from '../../src/domain/format.ts';

const today = todayInVietnam();
const OVERDUE = 'Hoàn thành quy hoạch phân khu Bắc sông Cấm';
const SOON = 'Trình đề án nhà ở xã hội';

describe.skipIf(!hasChromium)('task reminders (đôn đốc nhiệm vụ) in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let secretariat: { context: BrowserContext; page: Page };
  let officer: { context: BrowserContext; page: Page };
  const id: Record<string, string> = {};

  beforeAll(async () => {
    await buildWebApp();
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    id.unit = (await server.api('POST', '/api/units', { code: 'SXD', name: 'Sở Xây dựng', kind: 'so_nganh' })).body.id;
    id.overdue = (await server.api('POST', '/api/tasks', { title: OVERDUE, leadUnitId: id.unit, assignedOn: '2025-07-01', deadline: addDays(today, -4) })).body.id;
    id.soon = (await server.api('POST', '/api/tasks', { title: SOON, leadUnitId: id.unit, assignedOn: '2025-07-01', deadline: addDays(today, 2) })).body.id;
    await server.userClient('canbo-sxd', ['officer'], id.unit!);
    await server.userClient('vanphong', ['secretariat'], null);
    secretariat = await signedIn(browser, server.url, 'vanphong');
    officer = await signedIn(browser, server.url, 'canbo-sxd');
  });
  afterAll(async () => {
    await secretariat?.context.close();
    await officer?.context.close();
    await browser?.close();
    await server?.close();
  });

  it('the secretariat ticks an overdue task, downloads the letter and sends the reminder', async () => {
    const p = secretariat.page;
    await p.goto(`${server.url}/`);
    const card = p.getByTestId('task-reminders');
    await expect(card.getByRole('button', { name: 'Gửi nhắc (0 nhiệm vụ)' }).isDisabled()).resolves.toBe(true);
    await p.getByRole('checkbox', { name: `Chọn để nhắc: ${OVERDUE}` }).check();

    const [file] = await Promise.all([p.waitForEvent('download'), card.getByRole('button', { name: 'Tải công văn đôn đốc (.docx)' }).click()]);
    expect(file.suggestedFilename()).toBe(`cong-van-don-doc-nhiem-vu-${today}.docx`);
    const text = (await (await JSZip.loadAsync(readFileSync((await file.path())!))).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(text).toContain('V/v đôn đốc thực hiện các nhiệm vụ quá hạn, sắp đến hạn');
    expect(text).toContain(`1. ${OVERDUE} — Sở Xây dựng chủ trì; thời hạn ${formatDateVi(addDays(today, -4))}, đã quá hạn 4 ngày.`);
    expect(text).not.toContain(SOON);

    await card.getByLabel('Ghi chú gửi kèm (không bắt buộc)').fill('Đề nghị báo cáo trước cuộc họp giao ban thứ Hai.');
    await card.getByRole('button', { name: 'Gửi nhắc (1 nhiệm vụ)' }).click();
    await expect.poll(() => card.getByTestId('remind-message').textContent()).toBe('Đã nhắc đơn vị chủ trì của 1 nhiệm vụ.');
    // The choice is cleared once sent; the other task was not reminded.
    await expect(p.getByRole('checkbox', { name: `Chọn để nhắc: ${OVERDUE}` }).isChecked()).resolves.toBe(false);
    expect((await server.api('GET', `/api/tasks/${id.soon}`)).body.reminders).toEqual([]);
  });

  it('the secretariat reminds a due-soon task from the tasks page filtered on it', async () => {
    const p = secretariat.page;
    await p.goto(`${server.url}/nhiem-vu?status=due_soon`);
    await p.getByRole('checkbox', { name: `Chọn để nhắc: ${SOON}` }).check();
    const card = p.getByTestId('task-reminders');
    await card.getByRole('button', { name: 'Gửi nhắc (1 nhiệm vụ)' }).click();
    await expect.poll(() => card.getByTestId('remind-message').textContent()).toBe('Đã nhắc đơn vị chủ trì của 1 nhiệm vụ.');
    expect((await server.api('GET', `/api/tasks/${id.soon}`)).body.reminders).toMatchObject([{ overdue: false, sentOn: today }]);
    // The whole list has no ticks: only the overdue and due-soon ones are reminded.
    await p.goto(`${server.url}/nhiem-vu`);
    await p.getByTestId('task-table').waitFor();
    await expect(p.getByRole('checkbox', { name: /^Chọn để nhắc/ }).count()).resolves.toBe(0);
  });

  it('the officer of the lead unit sees the reminder on the task page, and has nothing to tick', async () => {
    const p = officer.page;
    await p.goto(`${server.url}/nhiem-vu/${id.overdue}`);
    const step = p.getByTestId('task-reminder');
    await step.waitFor();
    await expect(step.textContent()).resolves.toContain(`Văn phòng đã nhắc ngày ${formatDateVi(today)} · bởi vanphong`);
    await expect(step.textContent()).resolves.toContain(`Nhiệm vụ quá hạn (thời hạn ${formatDateVi(addDays(today, -4))}).`);
    await expect(step.textContent()).resolves.toContain('Đề nghị báo cáo trước cuộc họp giao ban thứ Hai.');
    await p.goto(`${server.url}/`);
    await p.getByText(OVERDUE).first().waitFor();
    await expect(p.getByRole('checkbox', { name: /^Chọn để nhắc/ }).count()).resolves.toBe(0);
    await expect(p.getByTestId('task-reminders').count()).resolves.toBe(0);
    const r = await officer.context.request.post(`${server.url}/api/task-reminders`, { data: { taskIds: [id.overdue] } });
    expect(r.status()).toBe(403);
  });
});
