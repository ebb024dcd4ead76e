// Returning a unit's report with comments line by line, in Chromium: the secretariat writes a comment
// on a figure and on a task and the reason (refused without it); the unit's officer sees each comment
// beside its line and the report's history, fixes and resubmits; the secretariat accepts.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DESKTOP, PHONE, SCREENSHOTS, browserSuite, hasChromium, signedIn } from './browser.ts';

const UNIT = 'bqlkkt';

describe.skipIf(!hasChromium)('a report returned with comments line by line, in Chromium', () => {
  let url = '';
  let targetId = '';
  let taskId = '';
  const suite = browserSuite({
    accounts: [['canbo-kkt', ['officer'], UNIT], ['vanphong', ['secretariat'], 'vptu']],
    setup: async ({ server, client }) => {
      const officerApi = client('canbo-kkt');
      const rp = (await server.api('POST', '/api/reporting-periods', { period: '2026-Q1', dueOn: '2099-04-05', title: 'Báo cáo quý I/2026' })).body.id;
      const path = `/api/reporting-periods/${rp}/units/${UNIT}`;
      const due = (await officerApi.api('GET', path)).body.due;
      targetId = due.targets[0].id;
      taskId = due.tasks[0].id;
      expect((await officerApi.api('PUT', path, { figures: [{ targetId, value: 3 }], tasks: [{ taskId, progress: 40 }] })).status).toBe(200);
      expect((await officerApi.api('POST', `${path}/submit`)).status).toBe(200);
      url = `${server.url}/ky-bao-cao/${rp}/don-vi/${UNIT}`;
    },
    signIn: ['vanphong', 'canbo-kkt'],
  });
  const secretariat = suite.as('vanphong'), officer = suite.as('canbo-kkt');

  const line = (p: Page, kind: 'target' | 'task', id: string) => p.locator(`fieldset[data-${kind}-id="${id}"]`);

  it('lets the secretariat comment on a figure and a task, and refuses a return without a reason', async () => {
    const p = secretariat.page;
    await p.goto(url);
    await p.getByRole('button', { name: 'Trả lại', exact: true }).click();
    await line(p, 'target', targetId).getByRole('textbox', { name: 'Ý kiến về dòng này (nếu có)' }).fill('Số khu kinh tế chưa khớp với báo cáo của UBND.');
    await line(p, 'task', taskId).getByRole('textbox', { name: 'Ý kiến về dòng này (nếu có)' }).fill('Nêu rõ hồ sơ đã trình đến bước nào.');
    await p.getByRole('button', { name: 'Trả lại báo cáo' }).click();
    await p.getByText('Cần ghi lý do trả lại.').waitFor();
    await p.getByRole('textbox', { name: 'Lý do trả lại' }).fill('Chỉnh hai dòng theo ý kiến.');
    await p.getByRole('button', { name: 'Trả lại báo cáo' }).click();
    await p.getByText('Đã trả lại báo cáo.').waitFor();
  });

  it('shows the unit each comment beside its line and the history; the unit resubmits', async () => {
    const p = officer.page;
    await p.goto(url);
    await expect(line(p, 'target', targetId).getByTestId('line-comment').textContent()).resolves.toContain('Số khu kinh tế chưa khớp');
    await expect(line(p, 'task', taskId).getByTestId('line-comment').textContent()).resolves.toContain('hồ sơ đã trình đến bước nào');
    await expect(p.getByTestId('return-reason').textContent()).resolves.toContain('Chỉnh hai dòng theo ý kiến.');
    const history = p.getByTestId('report-history');
    await expect(history.locator('[data-action]').evaluateAll((els) => els.map((e) => e.getAttribute('data-action')))).resolves.toEqual(['submit', 'return']);
    await expect(history.textContent()).resolves.toMatch(/Trả lại để chỉnh sửa.*vanphong.*Chỉnh hai dòng theo ý kiến\..*2 ý kiến theo dòng/);
    await line(p, 'task', taskId).getByRole('textbox', { name: 'Ghi chú' }).fill('Đã trình Bộ Tài chính.');
    await p.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await p.getByText('Đã gửi báo cáo.').waitFor();
  });

  it('lets the secretariat accept it; the history reads submitted, returned, resubmitted, accepted', async () => {
    const p = secretariat.page;
    await p.goto(url);
    await p.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
    await p.getByText('Đã tiếp nhận báo cáo.').waitFor();
    const history = p.getByTestId('report-history');
    await expect.poll(() => history.locator('[data-action]').evaluateAll((els) => els.map((e) => e.getAttribute('data-action')))).toEqual(['submit', 'return', 'submit', 'accept']);
    // Accepted, the comments have done their work and leave the lines.
    await expect(p.getByTestId('line-comment').count()).resolves.toBe(0);
  });

  it('lays the report page out on a desktop and a phone without sideways scrolling (screenshots)', { timeout: 120_000 }, async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const phone = await signedIn(suite.browser, suite.server.url, 'vanphong', PHONE);
    try {
      for (const [p, suffix, size] of [[secretariat.page, 'desktop', DESKTOP], [phone.page, 'dien-thoai', PHONE]] as const) {
        await p.setViewportSize(size);
        await p.goto(url);
        await p.getByTestId('report-history').waitFor();
        await p.waitForLoadState('networkidle');
        const overflow = Number(await p.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
        expect(overflow, `report (${suffix}) scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(1);
        await p.screenshot({ path: join(SCREENSHOTS, `bao-cao-don-vi-qua-trinh-${suffix}.png`), fullPage: suffix === 'desktop' });
      }
    } finally {
      await phone.context.close();
    }
  });
});
