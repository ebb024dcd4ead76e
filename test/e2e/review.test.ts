// The review of a pasted document's proposals in Chromium: paste the conference report of 12/7/2025,
// see its proposals highlighted, reject one, see a server error beside its item, accept with edits,
// merge a figure into a target, accept the rest in one batch, and find the new targets and tasks.
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PHONE, SCREENSHOTS, browserSuite, hasChromium, signedIn, startServerWithout } from './browser.ts';

const DOC_ID = 'bc-2025-07-12-hoi-nghi-thanh-uy';
const TEXT = readFileSync(fileURLToPath(new URL(`../../demo/documents/${DOC_ID}.txt`, import.meta.url)), 'utf8');

describe.skipIf(!hasChromium)('the review of a document\'s proposals in Chromium', () => {
  const suite = browserSuite({ server: () => startServerWithout(DOC_ID), signIn: ['admin'] });
  let docId = '';

  const mark = (id: string): Locator => suite.page.locator(`[data-testid="review-text"] mark[data-starts~="${id}"]`);
  const card = (kind: string, text: string | RegExp): Locator => suite.page.locator(`article[data-kind="${kind}"]`, { hasText: text }).first();

  async function paste(title: string) {
    await suite.page.goto(suite.server.url + '/van-ban/moi');
    await suite.page.locator('input[name=issuedOn]').fill('2025-07-12');
    await suite.page.locator('input[name=issuer]').fill('Thành ủy Hải Phòng');
    await suite.page.locator('input[name=title]').fill(title);
    await suite.page.locator('textarea[name=text]').fill(TEXT);
    await suite.page.getByRole('button', { name: 'Lưu' }).click();
    await suite.page.waitForURL(/\/van-ban\/[^/]+\/de-xuat$/);
    await suite.page.getByTestId('review-text').waitFor();
  }

  it('warns that an English text is not something the reader understands, and not for a Vietnamese one', async () => {
    const english = (await suite.server.api('POST', '/api/documents', {
      kind: 'bao_cao', issuedOn: '2025-07-12', title: 'An English report',
      text: 'In the first nine months of 2025 the city grew by 10.5 percent, faster than a year earlier, and it aims to reach 11 percent growth for the whole year while collecting 100,000 billion dong in budget revenue, officials said.',
    })).body;
    await suite.page.goto(`${suite.server.url}/van-ban/${english.id}/de-xuat`);
    await suite.page.getByTestId('proposal-counts').waitFor();
    await expect(suite.page.getByTestId('language-warning').textContent()).resolves.toContain('không phải tiếng Việt');
  });

  it('goes straight from the pasted text to its proposals, highlighted in the text and read in words', async () => {
    await paste('Hội nghị Thành ủy lần thứ 2');
    docId = suite.page.url().match(/\/van-ban\/([^/]+)\/de-xuat$/)![1]!;
    await expect(suite.page.getByTestId('language-warning').count()).resolves.toBe(0);
    const api = (await suite.server.api('GET', `/api/documents/${docId}/proposals`)).body;
    expect(api.counts.pending).toBeGreaterThan(5);
    await expect(suite.page.getByTestId('proposal-counts').textContent()).resolves.toContain(`${api.counts.pending} chờ xem xét`);
    await expect(suite.page.getByRole('status').filter({ hasText: 'Đã lưu văn bản' }).count()).resolves.toBe(1);
    // Every proposal has its card and its highlighted passage.
    await expect(suite.page.locator('article[data-proposal-id]').count()).resolves.toBe(api.items.length);
    const marked = await suite.page.locator('[data-testid="review-text"] mark[data-starts]').evaluateAll((els) => els.flatMap((e) => e.getAttribute('data-starts')!.split(' ')));
    expect(new Set(marked)).toEqual(new Set(api.items.map((p: { id: string }) => p.id)));
    // The GRDP figure in words, with its confidence.
    const grdp = card('observation', 'Tăng trưởng GRDP · 11,28%');
    await expect(grdp.getByTestId('proposal-reading').textContent()).resolves.toBe('Thực hiện · Tăng trưởng GRDP · 11,28% · 6 tháng đầu năm 2025 · ước tính');
    await expect(grdp.textContent()).resolves.toMatch(/Độ tin cậy cao \(95%\)/);
    // A doubtful one shows its warnings in words.
    await expect(card('observation', 'chưa xác định chỉ số').getByTestId('proposal-warnings').textContent()).resolves.toMatch(/Chỉ số.*chưa xác định chỉ tiêu/);
    // A click on a highlight selects its proposal, and the other way round.
    const target = card('target', '12,35%');
    const targetId = (await target.getAttribute('data-proposal-id'))!;
    await mark(targetId).click();
    await expect.poll(() => target.getAttribute('data-selected')).toBe('true');
    const taskCard = card('task', 'Kế hoạch triển khai Nghị quyết số 226');
    await taskCard.getByRole('button', { name: 'Xem trong văn bản' }).click();
    const taskId = (await taskCard.getAttribute('data-proposal-id'))!;
    await expect.poll(() => mark(taskId).getAttribute('data-selected')).toBe('true');
    await expect(target.getAttribute('data-selected')).resolves.toBeNull();
  });

  it('rejects one, and shows the server\'s refusal beside an item it cannot register', async () => {
    const doubtful = suite.page.locator('article[data-kind="observation"][data-status="pending"]', { hasText: 'chưa xác định chỉ số' });
    const first = doubtful.first();
    const id = (await first.getAttribute('data-proposal-id'))!;
    await first.getByRole('button', { name: 'Bỏ qua' }).click();
    const rejected = suite.page.locator(`article[data-proposal-id="${id}"]`);
    await expect.poll(() => rejected.getAttribute('data-status')).toBe('rejected');
    await expect(rejected.getByTestId('proposal-status').textContent()).resolves.toBe('Đã bỏ qua');
    await expect(mark(id).getAttribute('data-status')).resolves.toBe('rejected');
    // No period and no indicator: accepted as it is, the server refuses and says why, beside it.
    const next = doubtful.first();
    await next.getByRole('button', { name: 'Chấp nhận', exact: true }).click();
    await next.getByTestId('proposal-error').waitFor();
    await expect(next.getByTestId('proposal-error').textContent()).resolves.toMatch(/period|indicator/);
    await expect(next.getAttribute('data-status')).resolves.toBe('pending');
  });

  it('accepts a target and a task with edits, and merges a figure into a target of the same indicator', async () => {
    const target = card('target', '12,35%');
    await target.getByRole('button', { name: 'Sửa rồi chấp nhận' }).click();
    await target.getByRole('textbox', { name: 'Tên chỉ tiêu' }).fill('Tăng trưởng GRDP năm 2025');
    await target.getByRole('button', { name: 'Chấp nhận bản đã sửa' }).click();
    await target.getByRole('link', { name: /Mở chỉ tiêu đã tạo/ }).waitFor();
    await expect(target.getAttribute('data-status')).resolves.toBe('accepted');

    const task = card('task', 'Khu thương mại tự do');
    await task.getByRole('button', { name: 'Sửa rồi chấp nhận' }).click();
    await task.getByRole('textbox', { name: 'Tên nhiệm vụ' }).fill('Hoàn thiện Đề án thành lập Khu thương mại tự do thế hệ mới');
    await task.getByRole('combobox', { name: 'Đơn vị chủ trì' }).click();
    await task.getByRole('combobox', { name: 'Đơn vị chủ trì' }).fill('Ban Quản lý Khu kinh tế');
    await suite.page.getByRole('option', { name: 'Ban Quản lý Khu kinh tế Hải Phòng' }).click();
    await task.getByRole('button', { name: 'Chấp nhận bản đã sửa' }).click();
    await task.getByRole('link', { name: /Mở nhiệm vụ đã tạo/ }).waitFor();
    await expect(task.getByTestId('proposal-reading').textContent()).resolves.toContain('chủ trì: Ban Quản lý Khu kinh tế Hải Phòng');

    const figure = card('observation', 'Tăng trưởng GRDP · 11,28%');
    await figure.getByRole('button', { name: 'Gộp vào chỉ tiêu', exact: true }).click();
    // Targets of the same indicator come first and the first is chosen.
    await expect(figure.getByRole('combobox', { name: 'Chỉ tiêu để gộp vào' }).inputValue()).resolves.toMatch(/^Tăng trưởng GRDP/);
    await figure.getByRole('button', { name: 'Gộp', exact: true }).click();
    await figure.getByRole('link', { name: /Mở chỉ tiêu của số liệu này/ }).waitFor();
    await expect(figure.getByTestId('proposal-status').textContent()).resolves.toBe('Đã gộp vào chỉ tiêu');
  });

  it('shows the review screen on a desktop and a phone (screenshots)', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const check = async (p: Page, name: string, full: boolean) => {
      await p.waitForLoadState('networkidle');
      const overflow = Number(await p.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
      expect(overflow, `${name} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(1);
      await p.screenshot({ path: join(SCREENSHOTS, name), fullPage: full });
    };
    await card('task', 'lập các quy hoạch cấp dưới').getByRole('button', { name: 'Xem trong văn bản' }).click();
    await suite.page.evaluate('window.scrollTo(0, 0)');
    await check(suite.page, 'van-ban-de-xuat-desktop.png', false);
    const phone = await signedIn(suite.browser, suite.server.url, 'admin', PHONE);
    try {
      await phone.page.goto(`${suite.server.url}/van-ban/${docId}/de-xuat`);
      await phone.page.getByTestId('review-text').waitFor();
      await check(phone.page, 'van-ban-de-xuat-dien-thoai.png', false);
    } finally {
      await phone.context.close();
    }
  });

  it('accepts every proposal without warnings in one batch, then the new targets and tasks are in their lists', async () => {
    const clean = suite.page.getByTestId('accept-clean');
    const n = Number((await clean.textContent())!.match(/\((\d+)\)/)![1]);
    expect(n).toBeGreaterThan(2);
    await clean.click();
    await suite.page.getByText(`Đã chấp nhận ${n} đề xuất.`).waitFor();
    const counts = (await suite.server.api('GET', `/api/documents/${docId}/proposals`)).body.counts;
    expect(counts.accepted).toBe(n + 2);
    expect(counts.merged).toBe(1);
    expect(counts.rejected).toBe(1);
    await expect(suite.page.getByTestId('proposal-counts').textContent()).resolves.toContain(`${counts.pending} chờ xem xét`);

    await suite.page.goto(suite.server.url + '/chi-tieu');
    await suite.page.getByRole('link', { name: 'Tăng trưởng GRDP năm 2025' }).click();
    await suite.page.getByTestId('source-quote').waitFor();
    await expect(suite.page.getByTestId('source-quote').textContent()).resolves.toContain('12,35%');

    await suite.page.goto(suite.server.url + '/nhiem-vu?q=khu+thuong+mai+tu+do');
    await suite.page.getByRole('link', { name: 'Hoàn thiện Đề án thành lập Khu thương mại tự do thế hệ mới' }).waitFor();
    await suite.page.goto(suite.server.url + '/nhiem-vu?q=nghi+quyet+so+226');
    await suite.page.getByRole('link', { name: /Kế hoạch triển khai Nghị quyết số 226/ }).waitFor();

    // The document page lists them through the document filters, and links back to the review.
    await suite.page.goto(`${suite.server.url}/van-ban/${docId}`);
    await suite.page.getByTestId('proposals-card').waitFor();
    await expect(suite.page.getByTestId('document-text').locator('a[href^="/nhiem-vu/"]').count()).resolves.toBeGreaterThan(2);
    await expect(suite.page.getByTestId('document-text').locator('a[href^="/chi-tieu/"]').count()).resolves.toBe(1);
  });

  it('does not store the same text twice: pasted again, it opens the stored document\'s review', async () => {
    await paste('Gửi lại');
    expect(suite.page.url()).toContain(`/van-ban/${docId}/de-xuat`);
    await suite.page.getByTestId('duplicate-notice').waitFor();
    expect((await suite.server.api('GET', '/api/documents')).body.items.filter((d: { title: string }) => d.title === 'Gửi lại')).toEqual([]);
  });
});
