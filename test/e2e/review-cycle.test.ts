// The review cycle in Chromium: the secretariat opens a quarter; a unit officer fills and submits the
// unit's report; the secretariat returns it with a reason; the officer sees the reason, tries a sheet
// with an error (the server's row and column shown), resubmits; the secretariat accepts and the
// figure shows on the target. Then the ratings: general points, and a leader's adjustment refused
// without a reason by the form, then kept with its reason. Screenshots of the new pages.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import ExcelJS from 'exceljs';
import { mkdirSync, readFileSync } from 'node:fs';
import { SCREENSHOTS, browserSuite, hasChromium, shootLayouts, signedIn, type LayoutPage } from './browser.ts';

const UNIT = 'bqlkkt';
const UNIT_NAME = 'Ban Quản lý Khu kinh tế Hải Phòng';

describe.skipIf(!hasChromium)('the review cycle in Chromium', () => {
  const suite = browserSuite({ accounts: [['canbo-kkt', ['officer'], UNIT], ['lanhdao', ['leader'], null]], signIn: ['admin', 'canbo-kkt'] });
  const admin = suite.as('admin'), officer = suite.as('canbo-kkt');
  let periodId = '';

  const pick = async (p: Page, label: string, option: string) => {
    await p.getByRole('combobox', { name: label, exact: true }).click();
    await p.getByRole('option', { name: option, exact: true }).click();
  };
  const reportUrl = () => `${suite.server.url}/ky-bao-cao/${periodId}/don-vi/${UNIT}`;
  const status = (p: Page) => p.getByTestId('report-status').locator('[data-submission]').getAttribute('data-submission');

  it('lets the secretariat open a quarter and see every unit still to report, in words', async () => {
    const p = admin.page;
    await p.goto(suite.server.url + '/');
    await p.getByRole('link', { name: 'Kỳ báo cáo' }).click();
    await p.getByRole('heading', { name: 'Mở kỳ báo cáo mới' }).waitFor();
    await pick(p, 'Quý / nửa năm', 'Quý 3');
    await pick(p, 'Năm', '2025');
    await expect(p.getByTestId('period-code').textContent()).resolves.toContain('2025-Q3');
    await expect(p.locator('input[name=title]').inputValue()).resolves.toBe('Báo cáo quý III/2025');
    await expect(p.locator('input[name=dueOn]').inputValue()).resolves.toBe('5/10/2025');
    // Due far ahead, so that a report sent today is on time.
    await p.locator('input[name=dueOn]').fill('2099-10-05');
    await p.getByRole('button', { name: 'Mở kỳ báo cáo' }).click();
    await p.waitForURL(/\/ky-bao-cao\/[^/]+$/);
    periodId = decodeURIComponent(p.url().split('/').pop()!);
    await p.getByRole('status').filter({ hasText: 'Đã mở kỳ báo cáo.' }).waitFor();
    const row = p.getByTestId('period-units').locator(`tr[data-unit-id="${UNIT}"]`);
    await expect(row.textContent()).resolves.toMatch(/Chưa lập báo cáo.*Chưa gửi \(còn hạn\)/);
    const api = (await suite.server.api('GET', `/api/reporting-periods/${periodId}`)).body;
    await expect(p.getByTestId('period-completeness').textContent()).resolves.toBe(`Đã gửi 0/${api.completeness.expected} đơn vị · 0 đã tiếp nhận`);
    await expect(p.getByTestId('reminders').locator('li').count()).resolves.toBe(api.reminders.length);
    await p.goto(suite.server.url + '/ky-bao-cao');
    await expect(p.getByTestId('period-table').textContent()).resolves.toContain('Báo cáo quý III/2025');
  });

  it('takes an officer from the period straight to their unit\'s report; they fill it and submit', async () => {
    const p = officer.page;
    await p.goto(suite.server.url + '/ky-bao-cao');
    await p.getByRole('link', { name: 'Báo cáo quý III/2025' }).click();
    await p.waitForURL(reportUrl());
    await p.getByRole('heading', { name: `Báo cáo ${UNIT_NAME}` }).waitFor();
    await expect(status(p)).resolves.toBe('none');
    const fdi = p.locator('[data-target-id="ct-fdi"]');
    await fdi.getByRole('textbox', { name: /Thực hiện kỳ này/ }).fill('1250000000');
    await expect(fdi.getByRole('textbox', { name: /Thực hiện kỳ này/ }).inputValue()).resolves.toBe('1.250.000.000');
    await fdi.getByRole('textbox', { name: 'Ghi chú' }).fill('Ước 9 tháng');
    const task = p.locator('[data-task-id="nv-khu-kinh-te-chuyen-biet"]');
    await task.getByRole('textbox', { name: 'Tiến độ (%)' }).fill('75');
    await task.getByRole('textbox', { name: 'Ghi chú' }).fill('Đã trình hồ sơ');
    await p.getByRole('button', { name: 'Lưu nháp' }).click();
    await p.getByRole('status').filter({ hasText: 'Đã lưu nháp.' }).waitFor();
    await expect.poll(() => status(p)).toBe('draft');
    await p.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await p.getByRole('status').filter({ hasText: 'Đã gửi báo cáo.' }).waitFor();
    await expect.poll(() => status(p)).toBe('submitted');
    await expect(p.getByTestId('report-status').textContent()).resolves.toContain('Đã gửi, chờ tiếp nhận');
    // Sent: the form is locked and says so.
    await expect(p.getByRole('button', { name: 'Gửi báo cáo' }).count()).resolves.toBe(0);
    await expect(p.getByRole('button', { name: 'Tiếp nhận' }).count()).resolves.toBe(0);
    const s = (await suite.server.api('GET', `/api/reporting-periods/${periodId}/units/${UNIT}`)).body.submission;
    expect(s.figures).toEqual([{ targetId: 'ct-fdi', value: 1.25e9, standing: 'preliminary', note: 'Ước 9 tháng' }]);
    expect(s.tasks).toEqual([expect.objectContaining({ taskId: 'nv-khu-kinh-te-chuyen-biet', progress: 75, note: 'Đã trình hồ sơ' })]);
  });

  it('lets the secretariat return it, only with a reason', async () => {
    const p = admin.page;
    await p.goto(`${suite.server.url}/ky-bao-cao/${periodId}`);
    const row = p.getByTestId('period-units').locator(`tr[data-unit-id="${UNIT}"]`);
    await expect(row.textContent()).resolves.toMatch(/Đã gửi, chờ tiếp nhận.*Đúng hạn/);
    await row.getByRole('link', { name: UNIT_NAME }).click();
    await p.waitForURL(reportUrl());
    await p.getByRole('button', { name: 'Trả lại', exact: true }).click();
    await p.getByRole('button', { name: 'Trả lại báo cáo' }).click();
    await p.getByText('Cần ghi lý do trả lại.').waitFor();
    await expect(status(p)).resolves.toBe('submitted');
    await p.getByRole('textbox', { name: 'Lý do trả lại' }).fill('Cần số liệu chính thức về vốn FDI');
    await p.getByRole('button', { name: 'Trả lại báo cáo' }).click();
    await expect.poll(() => status(p)).toBe('returned');
    await expect(p.getByTestId('return-reason').textContent()).resolves.toContain('Cần số liệu chính thức về vốn FDI');
  });

  it('shows the officer the reason; a sheet with an error is refused with its row and column; they resubmit', async () => {
    const p = officer.page;
    await p.goto(reportUrl());
    await expect(p.getByTestId('return-reason').textContent()).resolves.toContain('Cần số liệu chính thức về vốn FDI');
    await expect(p.getByTestId('report-status').textContent()).resolves.toContain('Trả lại, cần gửi lại');
    // The sheet downloads under the server's name; filled with words where a number goes, it is refused.
    const [dl] = await Promise.all([p.waitForEvent('download'), p.getByRole('link', { name: 'Tải mẫu Excel' }).click()]);
    expect(dl.suggestedFilename()).toMatch(/^bao-cao-2025-Q3-.*\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync((await dl.path())!) as unknown as ArrayBuffer);
    wb.getWorksheet('Chỉ tiêu')!.getRow(2).getCell(5).value = 'khoảng một tỷ';
    const bad = Buffer.from(await wb.xlsx.writeBuffer());
    await p.locator('input[type=file]').setInputFiles({ name: 'bao-cao.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bad });
    const alert = p.getByTestId('report-message');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(/File không được nhận.*Chỉ tiêu, dòng 2, cột Thực hiện kỳ này/);
    await expect(status(p)).resolves.toBe('returned');
    // Corrected in the form and sent again.
    const fdi = p.locator('[data-target-id="ct-fdi"]');
    await fdi.getByRole('textbox', { name: /Thực hiện kỳ này/ }).fill('1300000000');
    await fdi.getByRole('combobox', { name: 'Mức độ số liệu' }).click();
    await p.getByRole('option', { name: 'Chính thức' }).click();
    await p.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await expect.poll(() => status(p)).toBe('submitted');
  });

  it('lets the secretariat accept it, and the figure shows on the target', async () => {
    const p = admin.page;
    await p.goto(reportUrl());
    await p.getByRole('button', { name: 'Tiếp nhận' }).click();
    await expect.poll(() => status(p)).toBe('accepted');
    await expect(p.getByTestId('report-status').textContent()).resolves.toContain('Đã tiếp nhận');
    await p.goto(`${suite.server.url}/ky-bao-cao/${periodId}`);
    await expect(p.getByTestId('period-units').locator(`tr[data-unit-id="${UNIT}"]`).textContent()).resolves.toMatch(/Đã tiếp nhận.*Đúng hạn/);
    await expect(p.getByTestId('count-on-time').textContent()).resolves.toContain('1');
    await p.goto(suite.server.url + '/chi-tieu/ct-fdi');
    const figures = p.getByTestId('figure-table');
    await figures.waitFor();
    const row = figures.locator('tr', { hasText: 'quý III/2025' });
    await expect(row.textContent()).resolves.toMatch(/1,3 tỷ USD.*Chính thức/);
  });

  it('rates the units of the quarter with their working; the secretariat enters the general points', async () => {
    const p = admin.page;
    await p.goto(suite.server.url + '/xep-loai?quy=2025-Q3');
    const table = p.locator('[data-testid="rating-table"][data-quarter="2025-Q3"]');
    await table.waitFor();
    const api = (await suite.server.api('GET', '/api/ratings/2025-Q3')).body;
    await expect(table.locator('tbody tr[data-unit-id]').count()).resolves.toBe(api.results.length);
    const row = table.locator(`tr[data-unit-id="${UNIT}"]`);
    await expect(row.getByTestId('provisional').first().textContent()).resolves.toBe('Tạm tính');
    await row.getByRole('button', { name: UNIT_NAME }).click();
    const working = p.getByTestId('rating-working');
    await expect(working.getByTestId('working-lines').textContent()).resolves.toContain(api.results.find((r: { unitId: string }) => r.unitId === UNIT).working[0]);
    await expect(working.getByTestId('working-tasks').locator('tbody tr').count()).resolves.toBeGreaterThan(0);
    await working.getByRole('textbox', { name: /Điểm tiêu chí chung/ }).fill('28');
    await working.getByTestId('general-form').getByRole('button', { name: 'Lưu' }).click();
    await p.getByText('Đã lưu điểm tiêu chí chung.').waitFor();
    await expect.poll(() => row.getByTestId('provisional').count()).toBe(0);
    await expect(row.locator('[data-level]').first().getAttribute('data-level')).resolves.not.toBe('none');
  });

  it('refuses a leader\'s adjustment without a reason in the form, and shows it with its reason', async () => {
    const leader = await signedIn(suite.browser, suite.server.url, 'lanhdao');
    try {
      const p = leader.page;
      await p.goto(suite.server.url + '/');
      await p.getByRole('link', { name: 'Xếp loại' }).click();
      await p.getByRole('combobox', { name: 'Quý', exact: true }).click();
      await p.getByRole('option', { name: 'Quý 3', exact: true }).click();
      await p.getByRole('combobox', { name: 'Năm', exact: true }).click();
      await p.getByRole('option', { name: '2025', exact: true }).click();
      await p.waitForURL(/quy=2025-Q3/);
      // The table of the quarter chosen, not the one shown while it loads.
      const row = p.locator('[data-testid="rating-table"][data-quarter="2025-Q3"]').locator(`tr[data-unit-id="${UNIT}"]`);
      await row.getByRole('button', { name: UNIT_NAME }).click();
      const form = p.getByTestId('adjust-form');
      // Only the secretariat enters the general points.
      await expect(p.getByTestId('general-form').count()).resolves.toBe(0);
      await form.getByRole('textbox', { name: 'Điểm mới' }).fill('75');
      await form.getByRole('button', { name: 'Điều chỉnh' }).click();
      await form.getByText('Cần ghi lý do điều chỉnh.').waitFor();
      expect((await suite.server.api('GET', '/api/ratings/2025-Q3')).body.results.find((r: { unitId: string }) => r.unitId === UNIT).adjustments).toEqual([]);
      await form.getByRole('textbox', { name: /Lý do điều chỉnh/ }).fill('Chủ động tham mưu thành lập Khu thương mại tự do');
      await form.getByRole('button', { name: 'Điều chỉnh' }).click();
      await form.getByText('Đã điều chỉnh xếp loại.').waitFor();
      await expect.poll(() => row.getByTestId('adjusted').count()).toBeGreaterThan(0);
      await expect(row.getByTestId('score').textContent()).resolves.toBe('75');
      await expect(row.locator('[data-level]').first().textContent()).resolves.toBe('Hoàn thành tốt nhiệm vụ');
      await expect(p.getByTestId('adjustments').textContent()).resolves.toContain('Lý do: Chủ động tham mưu thành lập Khu thương mại tự do');
      const r = (await suite.server.api('GET', '/api/ratings/2025-Q3')).body.results.find((x: { unitId: string }) => x.unitId === UNIT);
      expect(r.adjustments.map((a: { reason: string }) => a.reason)).toEqual(['Chủ động tham mưu thành lập Khu thương mại tự do']);
    } finally {
      await leader.context.close();
    }
  });

  it('downloads the period\'s review report as Word, and shows the server\'s refusal in words', async () => {
    const p = admin.page;
    await p.goto(`${suite.server.url}/ky-bao-cao/${periodId}`);
    const [dl] = await Promise.all([p.waitForEvent('download'), p.getByRole('link', { name: 'Tải báo cáo Word (.docx)' }).click()]);
    expect(dl.suggestedFilename()).toMatch(/\.docx$/);
    // A refusal (here made up by the browser's network layer) shows its message, not a page of JSON.
    await p.goto(suite.server.url + '/bao-cao-kiem-diem');
    await p.getByTestId('review-download').waitFor();
    await p.route('**/api/reports/review*', (route) => route.fulfill({ status: 400, contentType: 'application/json', body: JSON.stringify({ error: { code: 'invalid', message: 'period: expected a period such as 2025-Q3' } }) }));
    await p.getByRole('link', { name: 'Tải bảng Excel (.xlsx)' }).click();
    await expect(p.getByTestId('review-download-message').textContent()).resolves.toContain('period: expected a period such as 2025-Q3');
    await p.unroute('**/api/reports/review*');
  });

  it('fills the paste page from a file read by the server', async () => {
    const p = admin.page;
    await p.goto(suite.server.url + '/van-ban/moi');
    const text = 'Phấn đấu năm 2026 tăng trưởng GRDP đạt 12%.\nGiao Sở Tài chính chủ trì.';
    await p.locator('input[type=file]').setInputFiles({ name: 'nghi-quyet-12.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
    await p.getByTestId('read-file-result').waitFor();
    await expect(p.locator('textarea[name=text]').inputValue()).resolves.toBe(text);
    await expect(p.locator('input[name=title]').inputValue()).resolves.toBe('nghi-quyet-12');
  });

  it('lays the new pages out on a desktop and a phone without sideways scrolling (screenshots)', { timeout: 240_000 }, async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const pages: LayoutPage[] = [
      ['ky-bao-cao', '/ky-bao-cao', '[data-testid="period-table"]'],
      ['ky-bao-cao-chi-tiet', `/ky-bao-cao/${periodId}`, '[data-testid="period-units"]'],
      ['bao-cao-don-vi', `/ky-bao-cao/${periodId}/don-vi/${UNIT}`, '[data-testid="report-status"]'],
      ['xep-loai', '/xep-loai?quy=2025-Q3', '[data-testid="rating-table"]', async (p) => {
        await p.getByTestId('rating-table').locator(`tr[data-unit-id="${UNIT}"]`).getByRole('button', { name: UNIT_NAME }).click();
        await p.getByTestId('rating-working').waitFor();
      }],
      ['bao-cao-kiem-diem', '/bao-cao-kiem-diem', '[data-testid="review-download"]'],
    ];
    expect(await shootLayouts(suite.browser, suite.server.url, 'admin', admin.page, pages, SCREENSHOTS)).toEqual([]);
  });
});
