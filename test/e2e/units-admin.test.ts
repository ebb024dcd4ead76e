// Units managed in Chromium by the secretariat: add a unit (a taken code refused in words), rename and
// move it, a merger into a unit below refused, then Xã Gia Lộc merged into Xã Vĩnh Bảo: the successor
// lists its task, the closed unit still reads with where it went. A unit officer sees none of the forms.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DESKTOP, PHONE, SCREENSHOTS, browserSuite, hasChromium, signedIn } from './browser.ts';

const TASK = 'Rà soát hộ cận nghèo xã Gia Lộc';

describe.skipIf(!hasChromium)('units managed in Chromium', () => {
  const suite = browserSuite({
    accounts: [['vanphong', ['secretariat'], 'vptu'], ['canbo-gialoc', ['officer'], 'x-gia-loc']],
    setup: async ({ server }) => {
      const task = await server.api('POST', '/api/tasks', { title: TASK, leadUnitId: 'x-gia-loc', assignedOn: '2026-01-05', deadline: '2026-06-30', visibility: 'internal' });
      expect(task.status).toBe(201);
    },
    signIn: ['vanphong', 'canbo-gialoc'],
  });
  const secretariat = suite.as('vanphong'), officer = suite.as('canbo-gialoc');
  let newId = '';

  const pick = async (scope: Page | ReturnType<Page['getByRole']>, p: Page, label: string, option: string) => {
    await scope.getByRole('textbox', { name: label, exact: true }).or(scope.getByRole('combobox', { name: label, exact: true })).first().click();
    await p.getByRole('option', { name: option }).first().click();
  };

  /** Opens the unit's page and sends the merger form with the successor picked by name. */
  const merge = async (p: Page, unitId: string, successor: string) => {
    await p.goto(`${suite.server.url}/don-vi/${unitId}`);
    await p.getByRole('button', { name: 'Sáp nhập vào đơn vị khác' }).click();
    const form = p.getByTestId('unit-merge-form');
    await pick(form, p, 'Đơn vị kế thừa', successor);
    await form.getByRole('button', { name: 'Sáp nhập' }).click();
    return form;
  };

  it('shows a unit officer the tree, with no form to add, edit or merge', async () => {
    const p = officer.page;
    await p.goto(suite.server.url + '/don-vi');
    await p.getByTestId('unit-tree').getByRole('link', { name: 'Xã Gia Lộc' }).waitFor();
    expect(await p.getByTestId('unit-form').count()).toBe(0);
    await p.getByTestId('unit-tree').getByRole('link', { name: 'Xã Gia Lộc' }).click();
    await p.getByRole('heading', { name: 'Xã Gia Lộc' }).waitFor();
    expect(await p.getByRole('button', { name: 'Sáp nhập vào đơn vị khác' }).count()).toBe(0);
    // The server refuses the officer too, whatever the page shows.
    const csrf = (await officer.context.cookies()).find((c) => c.name === 'hd_csrf')?.value ?? '';
    const r = (await officer.context.request.post(`${suite.server.url}/api/units/x-gia-loc/merge`, { headers: { 'x-csrf-token': csrf }, data: { intoId: 'x-vinh-bao' } })).status();
    expect(r).toBe(403);
  });

  it('lets the secretariat add a unit, and refuses a code already taken in Vietnamese', async () => {
    const p = secretariat.page;
    await p.goto(suite.server.url + '/don-vi');
    const form = p.getByTestId('unit-form');
    await form.locator('input[name=name]').fill('Xã Tân Tiến');
    await form.locator('input[name=code]').fill('XGL');
    await pick(form, p, 'Trực thuộc', 'Thành ủy Hải Phòng');
    await form.getByRole('button', { name: 'Thêm' }).click();
    await expect(form.getByRole('alert').textContent()).resolves.toContain('mã XGL đã dùng cho đơn vị Xã Gia Lộc');
    await form.locator('input[name=code]').fill('XTT');
    await form.getByRole('button', { name: 'Thêm' }).click();
    await p.getByTestId('unit-tree').getByRole('link', { name: 'Xã Tân Tiến' }).click();
    await p.getByRole('heading', { name: 'Xã Tân Tiến' }).waitFor();
    newId = decodeURIComponent(p.url().split('/').pop()!);
    await expect(p.getByText('XTT · Xã').textContent()).resolves.toContain('Thành ủy Hải Phòng');
  });

  it('renames it and moves it under another unit', async () => {
    const p = secretariat.page;
    await p.getByRole('button', { name: 'Sửa, chuyển đơn vị' }).click();
    const form = p.getByTestId('unit-edit-form');
    await form.locator('input[name=name]').fill('Xã Tân Tiến mới');
    await pick(form, p, 'Trực thuộc', 'Xã Yết Kiêu');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await p.getByRole('heading', { name: 'Xã Tân Tiến mới' }).waitFor();
    await expect(p.getByText('XTT · Xã').textContent()).resolves.toContain('Trực thuộc: Xã Yết Kiêu');
    const unit = await suite.server.api('GET', `/api/units/${newId}`);
    expect(unit.body).toMatchObject({ name: 'Xã Tân Tiến mới', parentId: 'x-yet-kieu' });
  });

  it('refuses to merge a unit into one below it, saying why', async () => {
    const p = secretariat.page;
    const form = await merge(p, 'x-yet-kieu', 'Xã Tân Tiến mới');
    await expect(form.getByRole('alert').textContent()).resolves.toContain('đơn vị kế thừa đang trực thuộc đơn vị bị sáp nhập');
    expect((await suite.server.api('GET', '/api/units/x-yet-kieu')).body.mergedInto).toBeNull();
    await p.keyboard.press('Escape');
  });

  it('merges Xã Gia Lộc into Xã Vĩnh Bảo: the successor takes its task, the closed unit still reads', async () => {
    const p = secretariat.page;
    await merge(p, 'x-gia-loc', 'Xã Vĩnh Bảo');
    await expect(p.getByTestId('unit-notice').textContent()).resolves.toContain('chuyển 1 nhiệm vụ chủ trì, 1 nhiệm vụ phối hợp');
    await expect(p.getByTestId('unit-merged').textContent()).resolves.toMatch(/Đã sáp nhập vào Xã Vĩnh Bảo ngày \d{1,2}\/\d{1,2}\/\d{4}/);
    await p.getByTestId('unit-merged').getByRole('link').click();
    await p.getByRole('heading', { name: 'Xã Vĩnh Bảo' }).waitFor();
    await p.getByRole('link', { name: TASK }).waitFor();
    // The tree leaves the closed unit out, unless asked.
    await p.goto(suite.server.url + '/don-vi');
    await p.getByTestId('unit-tree').getByRole('link', { name: 'Xã Vĩnh Bảo' }).waitFor();
    expect(await p.getByTestId('unit-tree').getByRole('link', { name: 'Xã Gia Lộc' }).count()).toBe(0);
    await p.getByLabel('Hiện cả đơn vị đã sáp nhập').check();
    await p.getByTestId('unit-tree').getByRole('link', { name: 'Xã Gia Lộc' }).waitFor();
    await expect(p.getByTestId('unit-tree').textContent()).resolves.toContain('Đã sáp nhập');
  });

  it('lays the units pages out on a desktop and a phone without sideways scrolling (screenshots)', { timeout: 120_000 }, async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const phone = await signedIn(suite.browser, suite.server.url, 'vanphong', PHONE);
    try {
      for (const [name, path, ready] of [['don-vi-quan-ly', '/don-vi', 'unit-form'], ['don-vi-da-sap-nhap', '/don-vi/x-gia-loc', 'unit-merged']] as const) {
        for (const [p, suffix, size] of [[secretariat.page, 'desktop', DESKTOP], [phone.page, 'dien-thoai', PHONE]] as const) {
          await p.setViewportSize(size);
          await p.goto(suite.server.url + path);
          await p.getByTestId(ready).waitFor();
          await p.waitForLoadState('networkidle');
          const overflow = Number(await p.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
          expect(overflow, `${name} (${suffix}) scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(1);
          await p.screenshot({ path: join(SCREENSHOTS, `${name}-${suffix}.png`), fullPage: suffix === 'desktop' });
        }
      }
    } finally {
      await phone.context.close();
    }
  });
});
