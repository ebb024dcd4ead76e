// Map to what exists, in Chromium: the secretariat pastes the conference report of 12/7/2025 while the
// year's GRDP target is registered already; the figure names that target and merges into it in one
// click, and the document's own GRDP target says it duplicates it (accepting asks first).
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { browserSuite, hasChromium, startServerWithout } from './browser.ts';

const DOC_ID = 'bc-2025-07-12-hoi-nghi-thanh-uy';
const TEXT = readFileSync(fileURLToPath(new URL(`../../demo/documents/${DOC_ID}.txt`, import.meta.url)), 'utf8');

describe.skipIf(!hasChromium)('a proposal mapped to an existing target, in Chromium', () => {
  let targetId = '';
  const suite = browserSuite({
    server: () => startServerWithout(DOC_ID),
    accounts: [['vanphong', ['secretariat'], null]],
    setup: async ({ server }) => {
      // The year's target, registered before the report arrives (from another document, by hand).
      const t = await server.api('POST', '/api/targets', {
        indicator: 'grdp.growth', label: 'Tăng trưởng kinh tế năm 2025', unit: '%', group: 'kinh_te_xa_hoi', value: 12, period: '2025', measure: 'growth', ownerUnitId: 'sotc',
      });
      expect(t.status, JSON.stringify(t.body)).toBe(201);
      targetId = t.body.id;
    },
    signIn: ['vanphong'],
  });

  const card = (kind: string, text: string | RegExp): Locator => suite.page.locator(`article[data-kind="${kind}"]`, { hasText: text }).first();

  it('the secretariat pastes the report and sees the figure\'s likely target', async () => {
    await suite.page.goto(suite.server.url + '/van-ban/moi');
    await suite.page.locator('input[name=issuedOn]').fill('2025-07-12');
    await suite.page.locator('input[name=issuer]').fill('Thành ủy Hải Phòng');
    await suite.page.locator('input[name=title]').fill('Hội nghị Thành ủy lần thứ 2');
    await suite.page.locator('textarea[name=text]').fill(TEXT);
    await suite.page.getByRole('button', { name: 'Lưu' }).click();
    await suite.page.waitForURL(/\/van-ban\/[^/]+\/de-xuat$/);
    await suite.page.getByTestId('review-text').waitFor();
    const figure = card('observation', 'Tăng trưởng GRDP · 11,28%');
    await expect(figure.getByTestId('proposal-match').textContent()).resolves.toContain('Có thể thuộc chỉ tiêu: Tăng trưởng kinh tế năm 2025 (cùng chỉ tiêu, trong kỳ của chỉ tiêu)');
    // The merge form puts the suggested target first, chosen.
    await figure.getByRole('button', { name: 'Gộp vào chỉ tiêu', exact: true }).click();
    await expect(figure.getByRole('combobox', { name: 'Chỉ tiêu để gộp vào' }).inputValue()).resolves.toMatch(/^Tăng trưởng kinh tế năm 2025/);
    await figure.getByRole('button', { name: 'Hủy' }).click();
  });

  it('the document\'s own GRDP target says it duplicates the registered one, and accepting it asks first', async () => {
    const target = card('target', '12,35%');
    await expect(target.getByTestId('proposal-duplicate').textContent()).resolves.toBe('Trùng với chỉ tiêu đã có: Tăng trưởng kinh tế năm 2025 (chỉ tiêu đã có đặt 12%)');
    let asked = '';
    suite.page.once('dialog', (d) => {
      asked = d.message();
      void d.dismiss();
    });
    await target.getByRole('button', { name: 'Chấp nhận', exact: true }).click();
    await expect.poll(() => asked).toContain('trùng với chỉ tiêu đã có: Tăng trưởng kinh tế năm 2025');
    await expect(target.getAttribute('data-status')).resolves.toBe('pending');
  });

  it('merges the figure with one click, and the figure shows on the target', async () => {
    const figure = card('observation', 'Tăng trưởng GRDP · 11,28%');
    await figure.getByRole('button', { name: 'Gộp vào chỉ tiêu này' }).click();
    await figure.getByRole('link', { name: /Mở chỉ tiêu của số liệu này/ }).waitFor();
    await expect(figure.getByTestId('proposal-status').textContent()).resolves.toBe('Đã gộp vào chỉ tiêu');
    await expect(figure.getByTestId('proposal-match').count()).resolves.toBe(0);
    await figure.getByRole('link', { name: /Mở chỉ tiêu của số liệu này/ }).click();
    await suite.page.waitForURL(new RegExp(`/chi-tieu/${targetId}$`));
    await expect.poll(() => suite.page.getByTestId('figure-table').textContent()).toContain('11,28%');
  });

  it('a duplicate accepted after saying yes is registered', async () => {
    await suite.page.goBack();
    const target = card('target', '12,35%');
    await target.getByTestId('proposal-duplicate').waitFor();
    suite.page.once('dialog', (d) => void d.accept());
    await target.getByRole('button', { name: 'Chấp nhận', exact: true }).click();
    await target.getByRole('link', { name: /Mở chỉ tiêu đã tạo/ }).waitFor();
    await expect(target.getAttribute('data-status')).resolves.toBe('accepted');
    await expect(target.getByTestId('proposal-duplicate').count()).resolves.toBe(0);
  });
});
