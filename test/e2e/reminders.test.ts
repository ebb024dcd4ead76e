// Đôn đốc in Chromium: the secretariat reminds the units behind with a quarter's report (a second click
// the same day reminds nobody twice), downloads the reminder letter as Word in the administrative
// layout; the unit's officer sees the banner on their report, and is refused the letter.
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { browserSuite, hasChromium } from './browser.ts';

const UNIT = 'bqlkkt';

describe.skipIf(!hasChromium)('reminders (đôn đốc) in Chromium', () => {
  let periodId = '';
  const suite = browserSuite({
    accounts: [['canbo-kkt', ['officer'], UNIT], ['vanphong', ['secretariat'], 'vptu']],
    // Due long ago: every unit that owes the report is behind.
    setup: async ({ server }) => void (periodId = (await server.api('POST', '/api/reporting-periods', { period: '2025-Q4', dueOn: '2026-01-05', title: 'Báo cáo quý IV/2025' })).body.id),
    signIn: ['vanphong', 'canbo-kkt'],
  });
  const secretariat = suite.as('vanphong'), officer = suite.as('canbo-kkt');

  it('reminds the units behind once a day, and downloads the reminder letter as Word', async () => {
    const p = secretariat.page;
    await p.goto(`${suite.server.url}/ky-bao-cao/${periodId}`);
    const card = p.getByTestId('reminders');
    await card.getByText('Ban Quản lý Khu kinh tế Hải Phòng').waitFor();
    await card.getByRole('button', { name: /^Gửi nhắc \(\d+ đơn vị\)$/ }).click();
    await expect(card.getByTestId('remind-message').textContent()).resolves.toMatch(/^Đã gửi nhắc \d+ đơn vị\.$/);
    await card.getByText(/đã nhắc .* \(lần 1\)/).first().waitFor();
    await card.getByRole('button', { name: /^Gửi nhắc/ }).click();
    await expect.poll(() => card.getByTestId('remind-message').textContent()).toBe('Các đơn vị này đã được nhắc hôm nay.');

    const [file] = await Promise.all([p.waitForEvent('download'), card.getByRole('button', { name: 'Tải công văn đôn đốc (.docx)' }).click()]);
    expect(file.suggestedFilename()).toBe('cong-van-don-doc-2025-Q4.docx');
    const zip = await JSZip.loadAsync(readFileSync((await file.path())!));
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('THÀNH ỦY HẢI PHÒNG');
    expect(text).toContain('V/v đôn đốc gửi báo cáo quý IV/2025');
    expect(text).toContain('- Ban Quản lý Khu kinh tế Hải Phòng,');
    expect(text).toContain('chậm nhất ngày 5/1/2026');
    expect(text).toContain('CHÁNH VĂN PHÒNG');
  });

  it('shows the unit the reminder on its report, and refuses the officer the letter', async () => {
    const p = officer.page;
    await p.goto(`${suite.server.url}/ky-bao-cao/${periodId}/don-vi/${UNIT}`);
    await expect(p.getByTestId('reminded').textContent()).resolves.toMatch(/^Văn phòng đã nhắc đơn vị gửi báo cáo kỳ này ngày \d{1,2}\/\d{1,2}\/\d{4}\.$/);
    const r = await officer.context.request.get(`${suite.server.url}/api/reporting-periods/${periodId}/reminder-letter`);
    expect(r.status()).toBe(403);
  });
});
