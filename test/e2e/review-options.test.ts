// The review report's options in Chromium, as the secretariat sets them: the preview signs with a
// title by default and leaves out the 2025 target of a 2026 report; number, signer, recipients and a
// chosen target change the preview, and the Word document downloaded carries them.
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DESKTOP, PHONE, SCREENSHOTS, browserSuite, hasChromium, signedIn } from './browser.ts';

const OLD = 'Tăng trưởng GRDP năm 2025';

describe.skipIf(!hasChromium)('the review report options in Chromium', () => {
  const suite = browserSuite({ accounts: [['vanphong', ['secretariat'], 'vptu']], signIn: ['vanphong'] });
  const secretariat = suite.as('vanphong');

  it('previews the report with a titled signature block and without the targets of an ended year', async () => {
    const p = secretariat.page;
    await p.goto(`${suite.server.url}/bao-cao-kiem-diem?ky=2026-Q4`);
    const preview = p.getByTestId('review-preview');
    await preview.getByTestId('preview-targets').waitFor();
    await expect(preview.getByTestId('preview-signer').textContent()).resolves.toBe('T/M BAN THƯỜNG VỤBÍ THƯ(để trống: ký tên sau)');
    await expect(preview.getByTestId('preview-targets').textContent()).resolves.not.toContain(OLD);
    await expect(preview.getByTestId('preview-number').textContent()).resolves.toMatch(/^Số: +-BC\/TU$/);
  });

  it('takes the number, signer, recipients and a chosen target, in the preview and in the Word file', async () => {
    const p = secretariat.page;
    const choices = p.getByTestId('review-choices');
    await choices.locator('input[name=number]').fill('45-BC/TU');
    await choices.locator('input[name=signerName]').fill('Lê Văn Thành');
    await choices.locator('textarea[name=recipients]').fill('Ban Bí thư Trung ương Đảng\nLưu Văn phòng');
    await choices.getByRole('radio', { name: 'Chọn chỉ tiêu' }).check();
    await choices.getByLabel('Các chỉ tiêu').click();
    await p.getByRole('option', { name: OLD }).click();
    await p.keyboard.press('Escape');
    const preview = p.getByTestId('review-preview');
    await expect.poll(() => preview.getByTestId('preview-number').textContent()).toBe('Số: 45-BC/TU');
    await expect.poll(() => preview.getByTestId('preview-signer').textContent()).toContain('Lê Văn Thành');
    await expect.poll(() => preview.getByTestId('preview-recipients').textContent()).toBe('Nơi nhận:- Ban Bí thư Trung ương Đảng- Lưu Văn phòng');
    await expect.poll(() => preview.getByTestId('preview-targets').locator('tr').count()).toBe(1);
    await expect(preview.getByTestId('preview-targets').textContent()).resolves.toContain(OLD);

    const [file] = await Promise.all([p.waitForEvent('download'), p.getByTestId('review-download').getByRole('link', { name: 'Tải báo cáo Word (.docx)' }).click()]);
    const zip = await JSZip.loadAsync(readFileSync((await file.path())!));
    const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    for (const s of ['Số: 45-BC/TU', 'Lê Văn Thành', 'BÍ THƯ', '- Ban Bí thư Trung ương Đảng', OLD]) expect(text).toContain(s);
  });

  it('lays the options and preview out on a desktop and a phone without sideways scrolling (screenshots)', { timeout: 120_000 }, async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const phone = await signedIn(suite.browser, suite.server.url, 'vanphong', PHONE);
    try {
      for (const [p, suffix, size] of [[secretariat.page, 'desktop', DESKTOP], [phone.page, 'dien-thoai', PHONE]] as const) {
        await p.setViewportSize(size);
        await p.goto(`${suite.server.url}/bao-cao-kiem-diem?ky=2026-Q4`);
        await p.getByTestId('preview-targets').waitFor();
        await p.waitForLoadState('networkidle');
        const overflow = Number(await p.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
        expect(overflow, `review options (${suffix}) scroll sideways by ${overflow}px`).toBeLessThanOrEqual(1);
        await p.screenshot({ path: join(SCREENSHOTS, `bao-cao-kiem-diem-tuy-chon-${suffix}.png`), fullPage: suffix === 'desktop' });
      }
    } finally {
      await phone.context.close();
    }
  });
});
