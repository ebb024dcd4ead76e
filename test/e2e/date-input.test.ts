// Dates typed the Vietnamese way in a browser set to American English (en-US, where <input type="date">
// would draw mm/dd/yyyy): the secretariat gives a directive with the deadline 31/8/2025, the API keeps
// 2025-08-31 and the pages show 31/8/2025; a day that does not exist keeps the form from being sent.
import { describe, expect, it } from 'vitest';
import { browserSuite, hasChromium } from './browser.ts';

describe.skipIf(!hasChromium)('date inputs in dd/mm/yyyy under an en-US browser', () => {
  const suite = browserSuite({ accounts: [['vanphong', ['secretariat'], 'vptu']], signIn: [{ login: 'vanphong', locale: 'en-US' }] });
  const who = suite.as('vanphong');

  it('runs in a browser that says en-US', async () => {
    await expect(who.page.evaluate('navigator.language')).resolves.toBe('en-US');
  });

  it('takes 31/8/2025 as the deadline 2025-08-31 and shows it as 31/8/2025', async () => {
    const p = who.page;
    await p.goto(suite.server.url + '/nhiem-vu/moi');
    const form = p.getByTestId('task-form');
    await form.getByRole('textbox', { name: /Rõ việc/ }).fill('Tổng kết việc sắp xếp đơn vị hành chính cấp xã');
    await form.getByRole('combobox', { name: /Rõ trách nhiệm/ }).click();
    await p.getByRole('option', { name: /Ban Quản lý Khu kinh tế/ }).first().click();
    await form.locator('input[name="assignedOn"]').fill('1/8/2025');
    const deadline = form.locator('input[name="deadline"]');
    await expect(deadline.getAttribute('type')).resolves.toBe('text');
    await expect(deadline.getAttribute('placeholder')).resolves.toBe('ngày/tháng/năm');
    await deadline.pressSequentially('31/8/2025');
    await form.locator('input[name="latest"]').pressSequentially('15/09/2025');
    await form.locator('input[name="latest"]').blur();
    // Typed with a leading zero, shown as the app writes dates.
    await expect(form.locator('input[name="latest"]').inputValue()).resolves.toBe('15/9/2025');
    await form.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
    await p.waitForURL(/\/nhiem-vu\/(?!moi)[^/]+$/).catch(async (e) => {
      throw new Error(`${e}: ${await p.getByRole('alert').allTextContents()}`);
    });
    const id = decodeURIComponent(new URL(p.url()).pathname.split('/').pop()!);
    const task = await suite.server.api('GET', `/api/tasks/${encodeURIComponent(id)}`);
    expect(task.body.deadline).toBe('2025-08-31');
    expect(task.body.latest).toBe('2025-09-15');
    expect(task.body.assignedOn).toBe('2025-08-01');
    await expect.poll(() => p.locator('main').textContent()).toContain('31/8/2025');

    // The edit form shows the stored day the same way, not as the browser's mm/dd/yyyy.
    await p.goto(`${suite.server.url}/nhiem-vu/${encodeURIComponent(id)}/sua`);
    await expect.poll(() => p.getByTestId('task-form').locator('input[name="deadline"]').inputValue()).toBe('31/8/2025');
  });

  it('keeps a form with a day that does not exist from being sent, and says why in Vietnamese', async () => {
    const p = who.page;
    await p.goto(suite.server.url + '/nhiem-vu/moi');
    const form = p.getByTestId('task-form');
    await form.getByRole('textbox', { name: /Rõ việc/ }).fill('Nhiệm vụ có ngày sai');
    const deadline = form.locator('input[name="deadline"]');
    // 8/31/2025 is how en-US writes the 31st of August: month 31 does not exist.
    await deadline.fill('8/31/2025');
    await deadline.blur();
    await form.getByText('Ngày không hợp lệ: nhập ngày/tháng/năm, ví dụ 20/8/2025').waitFor();
    await expect(deadline.evaluate((el) => (el as unknown as { validity: { valid: boolean } }).validity.valid)).resolves.toBe(false);
    await form.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
    await p.waitForTimeout(300);
    expect(new URL(p.url()).pathname).toBe('/nhiem-vu/moi');
    const tasks = await suite.server.api('GET', '/api/tasks?q=' + encodeURIComponent('Nhiệm vụ có ngày sai'));
    expect(JSON.stringify(tasks.body)).not.toContain('Nhiệm vụ có ngày sai');
  });
});
