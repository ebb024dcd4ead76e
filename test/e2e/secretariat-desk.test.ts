// What the secretariat's desk added, in Chromium: the dashboard says the 2020–2025 term's result from
// the demo's data ("13/20 chỉ tiêu đạt") beside the 2025–2030 term; an administrator gives an account
// its e-mail (for the reminders) in the users page, and a wrong address is refused in Vietnamese; the
// pages are shot on a desktop and a phone.
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS, browserSuite, hasChromium, shootLayouts, type LayoutPage } from './browser.ts';


describe.skipIf(!hasChromium)('the secretariat\'s desk in Chromium', () => {
  const suite = browserSuite({ signIn: ['admin'] });
  const admin = suite.as('admin');

  it('shows each term\'s result on the dashboard: 13/20 for 2020–2025, beside 2025–2030', async () => {
    const p = admin.page;
    await p.goto(suite.server.url + '/');
    const terms = p.getByTestId('term-results');
    await expect(terms.locator('[data-term="2020/2025"]').textContent()).resolves.toBe('Nhiệm kỳ 2020–2025: 13/20 chỉ tiêu đạt');
    await expect(terms.locator('[data-term]').first().getAttribute('data-term')).resolves.toBe('2025/2030');
    const api = (await suite.server.api('GET', '/api/summary')).body;
    const now = api.targets.terms.find((r: { term: string }) => r.term === '2025/2030');
    // The term has only begun: its targets have no figures yet, and it says so rather than "0/0".
    expect(now.assessed).toBe(0);
    await expect(terms.locator('[data-term="2025/2030"]').textContent()).resolves.toBe(`Nhiệm kỳ 2025–2030: ${now.total} chỉ tiêu, chưa có số liệu`);
  });

  it('gives an account its e-mail in the users page, and refuses an address that is not one', async () => {
    const p = admin.page;
    await p.goto(suite.server.url + '/nguoi-dung');
    const form = p.getByTestId('user-form');
    await form.getByRole('textbox', { name: 'Tên đăng nhập' }).fill('canbo-kkt');
    await form.getByRole('textbox', { name: 'Họ và tên' }).fill('Trần Thị Bình');
    await form.getByRole('textbox', { name: 'Thư điện tử' }).fill('binh.tran@bqlkkt.haiphong.gov.vn');
    await form.getByRole('button', { name: 'Cấp tài khoản' }).click();
    await p.getByTestId('one-time-password').waitFor();
    await p.getByRole('button', { name: 'Đóng' }).click();
    const field = p.getByRole('textbox', { name: 'Thư điện tử canbo-kkt' });
    await expect.poll(() => field.inputValue()).toBe('binh.tran@bqlkkt.haiphong.gov.vn');

    // Changed in place: saved when the field is left.
    await field.fill('Binh.Tran@HaiPhong.gov.vn');
    await field.blur();
    const saved = async () => (await suite.server.api('GET', '/api/users')).body.items.find((u: { login: string }) => u.login === 'canbo-kkt')?.email;
    await expect.poll(saved).toBe('binh.tran@haiphong.gov.vn');

    await field.fill('khong-phai-dia-chi');
    await field.blur();
    await expect.poll(() => p.getByRole('alert').first().textContent()).toContain('thư điện tử');
    expect(await saved()).toBe('binh.tran@haiphong.gov.vn');
  });

  it('lays the changed pages out on a desktop and a phone without sideways scrolling (screenshots)', async () => {
    const pages: LayoutPage[] = [
      ['tong-quan-nhiem-ky', '/', '[data-testid="term-results"]'],
      ['nguoi-dung', '/nguoi-dung', '[data-testid="user-table"]'],
      ['giao-nhiem-vu', '/nhiem-vu/moi', '[data-testid="task-form"]', async (p) => {
        await p.locator('input[name="deadline"]').fill('31/8/2025');
        await p.locator('input[name="latest"]').fill('31/9/2025');
        await p.locator('input[name="latest"]').blur();
      }],
    ];
    expect(await shootLayouts(suite.browser, suite.server.url, 'admin', admin.page, pages, SCREENSHOTS)).toEqual([]);
  });
});
