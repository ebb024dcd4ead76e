// Following a task in Chromium (Đề án y tế, led by Sở Y tế with Sở Tài chính co-ordinating): the
// co-unit's officer reports their part with a link and a file, and cannot complete the task; the lead
// unit's officer asks for more time (a day not after the deadline refused in words); a leader approves
// with another day and gives a direction; the lead answers in the thread; a second request is refused
// by the secretariat. Every step shows in the task's timeline with its author.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DESKTOP, PHONE, SCREENSHOTS, browserSuite, hasChromium, signedIn } from './browser.ts';

const TASK = '/nhiem-vu/nv-de-an-y-te';

describe.skipIf(!hasChromium)('following a task in Chromium', () => {
  const suite = browserSuite({
    accounts: [['canbo-yt', ['officer'], 'soyt'], ['canbo-tc', ['officer'], 'sotc'], ['lanhdao', ['leader'], null], ['vanphong', ['secretariat'], 'vptu']],
    signIn: ['canbo-yt', 'canbo-tc', 'lanhdao', 'vanphong'],
  });

  const open = async (login: string) => {
    const p = suite.as(login).page;
    await p.goto(suite.server.url + TASK);
    await p.getByTestId('report-timeline').waitFor();
    return p;
  };
  const kinds = async (p: Page) => {
    await p.getByRole('combobox', { name: 'Loại báo cáo' }).click();
    const names = await p.getByRole('option').allTextContents();
    return names;
  };
  const choose = async (p: Page, kind: string) => {
    await p.getByRole('combobox', { name: 'Loại báo cáo' }).click();
    await p.getByRole('option', { name: kind, exact: true }).click();
  };
  const timeline = (p: Page) => p.getByTestId('report-timeline');
  const send = async (p: Page) => {
    await p.locator('form[aria-labelledby="report-form-title"]').getByRole('button', { name: 'Gửi' }).click();
  };

  it('lets the co-unit report its part with a link and a file, but not complete the task', async () => {
    const p = await open('canbo-tc');
    const progress = await p.getByTestId('task-progress').textContent();
    expect(await kinds(p)).toEqual(['Báo cáo phần việc phối hợp']);
    await p.keyboard.press('Escape');
    await p.getByRole('textbox', { name: 'Tiến độ phần việc của đơn vị (%)' }).fill('30');
    await p.getByRole('textbox', { name: 'Nội dung' }).fill('Sở Tài chính đã thẩm định kinh phí đề án.');
    await p.locator('input[name=link]').fill('https://haiphong.gov.vn/tham-dinh.pdf');
    await send(p);
    await p.getByText('Đã ghi nhận báo cáo.').waitFor();
    const item = timeline(p).locator('[data-kind="part"]').first();
    await expect(item.textContent()).resolves.toMatch(/Báo cáo của đơn vị phối hợp.*bởi canbo-tc.*Đơn vị phối hợp: Sở Tài chính.*30%.*thẩm định kinh phí/);
    await expect(item.getByRole('link').getAttribute('href')).resolves.toBe('https://haiphong.gov.vn/tham-dinh.pdf');
    // The task's progress is the lead's to report: the part does not move it.
    await expect(p.getByTestId('task-progress').textContent()).resolves.toBe(progress);

    const file = join(tmpdir(), 'tham-dinh-kinh-phi.txt');
    writeFileSync(file, 'Biên bản thẩm định kinh phí đề án y tế');
    await p.getByTestId('task-files').locator('input[type=file]').setInputFiles(file);
    await p.getByTestId('task-files').getByRole('button', { name: 'Tải lên' }).click();
    await p.getByText('Đã tải lên: tham-dinh-kinh-phi.txt').waitFor();
    await p.getByTestId('task-files').getByRole('link', { name: 'tham-dinh-kinh-phi.txt' }).waitFor();
    await timeline(p).locator('[data-kind="file"]').getByText('tham-dinh-kinh-phi.txt').waitFor();
  });

  it('refuses the lead\'s extension to a day not after the deadline, in words; takes a later one', async () => {
    const p = await open('canbo-yt');
    expect(await kinds(p)).toEqual(['Báo cáo tiến độ', 'Báo cáo hoàn thành', 'Đề nghị gia hạn']);
    await p.getByRole('option', { name: 'Đề nghị gia hạn', exact: true }).click();
    await p.locator('input[name=newDeadline]').fill('2030-06-30');
    await p.getByRole('textbox', { name: 'Nội dung' }).fill('Chờ bố trí vốn.');
    await send(p);
    await expect(p.getByRole('alert').first().textContent()).resolves.toContain('thời hạn mới phải sau thời hạn hiện hành');
    await p.locator('input[name=newDeadline]').fill('2031-06-30');
    await send(p);
    await p.getByText('Đã ghi nhận báo cáo.').waitFor();
    await timeline(p).locator('[data-kind="extension_request"]').waitFor();
  });

  it('lets a leader approve with another day and give a direction; the lead answers in the thread', async () => {
    const p = await open('lanhdao');
    expect(await kinds(p)).toEqual(['Quyết định gia hạn']);
    await p.getByRole('option', { name: 'Quyết định gia hạn', exact: true }).click();
    await p.locator('input[name=newDeadline]').fill('2031-03-31');
    await send(p);
    await p.getByText('Đã ghi nhận báo cáo.').waitFor();
    await expect(p.getByText(/Thời hạn/).filter({ hasText: '→' }).first().textContent()).resolves.toContain('31/3/2031');

    const thread = p.getByTestId('task-thread-form');
    await thread.getByRole('radio', { name: 'Ý kiến chỉ đạo' }).check({ force: true });
    await thread.getByRole('textbox').fill('Sở Y tế hoàn thành trước quý I/2031, báo cáo Thường trực Thành ủy.');
    await thread.getByRole('button', { name: 'Đăng ý kiến' }).click();
    const direction = timeline(p).locator('[data-kind="direction"]').first();
    await expect(direction.textContent()).resolves.toMatch(/Ý kiến chỉ đạo.*bởi lanhdao.*trước quý I\/2031/);

    const lead = await open('canbo-yt');
    await expect(lead.getByTestId('task-thread-form').getByRole('radio').count()).resolves.toBe(0);
    await lead.getByTestId('task-thread-form').getByRole('textbox').fill('Sở Y tế xin tiếp thu ý kiến chỉ đạo.');
    await lead.getByTestId('task-thread-form').getByRole('button', { name: 'Đăng ý kiến' }).click();
    await expect(timeline(lead).locator('[data-kind="comment"]').first().textContent()).resolves.toMatch(/Trao đổi.*bởi canbo-yt.*tiếp thu/);
    // The newest step is on top; the directive given is the oldest, at the bottom.
    await expect(timeline(lead).locator('[data-kind]').first().getAttribute('data-kind')).resolves.toBe('comment');
    await expect(timeline(lead).locator('[data-kind]').last().getAttribute('data-kind')).resolves.toBe('assigned');
  });

  it('lets the secretariat refuse a second request; the refusal shows in the timeline', async () => {
    const lead = await open('canbo-yt');
    await choose(lead, 'Đề nghị gia hạn');
    await lead.locator('input[name=newDeadline]').fill('2031-12-31');
    await send(lead);
    await lead.getByText('Đã ghi nhận báo cáo.').waitFor();

    const p = await open('vanphong');
    await choose(p, 'Quyết định gia hạn');
    await p.getByText('Không đồng ý').click();
    await expect(p.locator('input[name=newDeadline]').count()).resolves.toBe(0);
    await p.getByRole('textbox', { name: 'Nội dung' }).fill('Không gia hạn thêm.');
    await send(p);
    await p.getByText('Đã ghi nhận báo cáo.').waitFor();
    const decision = timeline(p).locator('[data-kind="extension_decision"]').first();
    await expect(decision.textContent()).resolves.toMatch(/bởi vanphong.*Không gia hạn thêm/);
    const task = (await suite.server.api('GET', `/api/tasks/nv-de-an-y-te`)).body;
    expect(task.evaluation.deadline).toBe('2031-03-31');
  });

  it('names the related targets and the parent task, not their ids', async () => {
    const p = suite.as('vanphong').page;
    await p.goto(suite.server.url + '/nhiem-vu/nv-do-thi-dac-biet');
    const related = p.getByTestId('task-related');
    await expect.poll(() => related.textContent()).toMatch(/Diện tích nhà ở bình quân đầu người/);
    await expect(related.textContent()).resolves.not.toMatch(/ct-/);
    await p.goto(suite.server.url + '/nhiem-vu/nv-dai-hoi-diem');
    await expect.poll(() => p.getByTestId('task-related').textContent()).toMatch(/Lãnh đạo, chỉ đạo tổ chức thành công đại hội/);
  });

  it('lays the task page out on a desktop and a phone without sideways scrolling (screenshots)', { timeout: 120_000 }, async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const phone = await signedIn(suite.browser, suite.server.url, 'vanphong', PHONE);
    try {
      for (const [p, suffix, size] of [[suite.as('vanphong').page, 'desktop', DESKTOP], [phone.page, 'dien-thoai', PHONE]] as const) {
        await p.setViewportSize(size);
        await p.goto(suite.server.url + TASK);
        await p.getByTestId('task-files').waitFor();
        await p.waitForLoadState('networkidle');
        const overflow = Number(await p.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
        expect(overflow, `task (${suffix}) scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(1);
        await p.screenshot({ path: join(SCREENSHOTS, `nhiem-vu-theo-doi-${suffix}.png`), fullPage: suffix === 'desktop' });
      }
    } finally {
      await phone.context.close();
    }
  });
});
