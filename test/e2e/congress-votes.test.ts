// The digital congress's vote in a real browser: the secretariat opens a question on its screen; three
// delegates, checked in, sign in on phones with the codes of their cards and vote; the secretariat's
// screen counts 3 without a reload; it closes the question and the result is recorded.
import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DESKTOP, PHONE, TEST_PASSWORD, browserSuite, hasChromium } from './browser.ts';
import { startTestServer } from '../support/server.ts';
import { execute } from '../../src/commands/command.ts';
import { importRoster } from '../../src/commands/congress.ts';
import { systemActor } from '../../src/domain/user.ts';

const CONGRESS = 'DH-E2E';
/** Screenshots of the phone and the secretariat's screen, to look at after a run. */
const SHOTS = join(tmpdir(), 'haidang-congress-floor');

describe.skipIf(!hasChromium)('votes of a digital congress in Chromium', () => {
  const contexts: BrowserContext[] = [];
  const codes = new Map<string, string>();
  const phones: Page[] = [];
  let desk: Page;
  const suite = browserSuite({
    server: () => startTestServer(),
    accounts: [['bantochuc', ['secretariat'], null]],
    setup: async ({ server }) => {
      mkdirSync(SHOTS, { recursive: true });
      await server.api('POST', '/api/congresses', { code: CONGRESS, name: 'Đại hội đại biểu thử nghiệm', startsOn: '2025-09-26', endsOn: '2025-09-27' });
      const rows = ['E1', 'E2', 'E3', 'E4'].map((c, i) => ({ row: i + 2, cells: [c, `Đại biểu ${c}`, 'Nam', '1970', 'Đảng bộ A', 'Bầu'] }));
      await execute(server.handle.db, systemActor('cli'), importRoster, { congress: CONGRESS, table: { headers: ['ma_dai_bieu', 'ho_ten', 'gioi_tinh', 'nam_sinh', 'don_vi', 'loai_dai_bieu'], rows } });
      for (const c of (await server.api('POST', `/api/congresses/${CONGRESS}/signin-codes`, {})).body.codes) codes.set(c.delegate, c.signInCode);
      // E4 is convened but not present.
      expect((await server.api('POST', `/api/congresses/${CONGRESS}/checkins`, { codes: ['E1', 'E2', 'E3'] })).body.added).toBe(3);
    },
  });
  // Before the suite's own afterAll (they run as a stack): the pages opened here, then the browser.
  afterAll(async () => {
    for (const c of contexts) await c.close();
  });

  async function newPage(viewport: { width: number; height: number }): Promise<Page> {
    const context = await suite.browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    return page;
  }

  it('opens a question, takes three ballots from phones, counts them live, closes it with the result', async () => {
    desk = await newPage(DESKTOP);
    await desk.goto(`${suite.server.url}/dai-hoi-so/${CONGRESS}`);
    await desk.locator('input[name=login]').fill('bantochuc');
    await desk.locator('input[name=password]').fill(TEST_PASSWORD);
    await desk.getByRole('button', { name: 'Đăng nhập' }).click();
    await desk.locator('textarea[name=question]').fill('Thông qua Nghị quyết Đại hội');
    await desk.getByRole('button', { name: 'Đưa ra biểu quyết' }).click();
    const card = desk.getByTestId('floor-vote').first();
    await card.waitFor();
    await expect(card.getByTestId('count-present').textContent()).resolves.toBe('3');
    await expect(card.getByTestId('count-voted').textContent()).resolves.toBe('0');

    const choices: [string, string][] = [['E1', 'Tán thành'], ['E2', 'Tán thành'], ['E3', 'Không tán thành']];
    for (const [delegate, choice] of choices) {
      const phone = await newPage(PHONE);
      phones.push(phone);
      await phone.goto(`${suite.server.url}/dai-bieu?dh=${CONGRESS}&db=${delegate}`);
      await phone.locator('input[name=code]').fill(codes.get(delegate)!);
      await phone.getByRole('button', { name: 'Đăng nhập' }).click();
      await expect(phone.getByTestId('delegate-name').textContent()).resolves.toBe(`Đại biểu Đại biểu ${delegate}`);
      const ballot = phone.getByTestId('delegate-vote').first();
      // Three big buttons, each the phone's full width.
      const box = await ballot.getByRole('button', { name: choice, exact: true }).boundingBox();
      expect(box!.width).toBeGreaterThan(PHONE.width * 0.7);
      expect(box!.height).toBeGreaterThanOrEqual(44);
      await ballot.getByRole('button', { name: choice, exact: true }).click();
      await expect(ballot.getByTestId('my-ballot').textContent()).resolves.toBe(`Đã biểu quyết: ${choice}`);
      if (delegate === 'E3') await phone.screenshot({ path: join(SHOTS, 'delegate-voted.png'), fullPage: true });
    }

    // The secretariat's screen, never reloaded, counts the three.
    await card.getByTestId('count-voted').filter({ hasText: /^3$/u }).waitFor();
    await expect(card.getByTestId('count-agree').textContent()).resolves.toBe('2 (66,7%)');
    await expect(card.getByTestId('count-disagree').textContent()).resolves.toBe('1 (33,3%)');
    await card.getByRole('button', { name: 'Kết thúc biểu quyết' }).click();
    // Two of the four convened agreed: not more than half, so not passed (the rule is of the convened, not the present).
    await expect(card.getByTestId('vote-result').textContent()).resolves.toBe('Không thông qua');
    await desk.screenshot({ path: join(SHOTS, 'secretariat-votes.png'), fullPage: true });
    const recorded = (await suite.server.api('GET', `/api/congresses/${CONGRESS}/votes`)).body.items[0];
    expect(recorded).toMatchObject({ status: 'closed', question: 'Thông qua Nghị quyết Đại hội', result: { convened: 4, present: 3, agree: 2, passed: false } });
    expect(recorded.count.choices.map((c: { count: number }) => c.count)).toEqual([2, 1, 0]);
  });

  it('publishes the programme typed in one box and a paper in two drafts; a phone reads them, the earlier draft too', async () => {
    await desk.getByRole('tab', { name: /Chương trình/u }).click();
    await desk.getByRole('textbox', { name: 'Chương trình Đại hội' }).fill('# Phiên trù bị | 26/9/2025 | 14:00-17:00\n14:00 Bầu Đoàn Chủ tịch — Đồng chí Bí thư\n\n# Phiên chính thức | 27/9/2025 | 07:30-11:30\n07:30 Khai mạc');
    await desk.getByRole('button', { name: 'Công bố chương trình' }).click();
    await desk.getByText(/^Đã công bố:/u).waitFor();
    for (const [i, text] of ['Dự thảo đầu tiên', 'Báo cáo chính trị, bản trình Đại hội'].entries()) {
      await desk.locator('input[name=title]').fill('Báo cáo chính trị');
      await desk.locator('textarea[name=text]').fill(text);
      await desk.getByRole('button', { name: 'Công bố tài liệu (bản mới)' }).click();
      await desk.getByTestId('floor-paper').filter({ hasText: `Dự thảo ${i + 1}` }).waitFor();
    }
    await expect(desk.getByTestId('floor-paper').first().textContent()).resolves.toContain('Dự thảo 2');

    const phone = phones[0]!;
    await phone.reload();
    const programme = phone.getByTestId('delegate-programme');
    await programme.getByText('Phiên trù bị').waitFor();
    await expect(programme.textContent()).resolves.toMatch(/26\/9\/2025 · 14:00–17:00.*14:00 · Bầu Đoàn Chủ tịch.*Đồng chí Bí thư.*Phiên chính thức/u);
    await phone.getByTestId('delegate-paper').first().click();
    await expect(phone.getByTestId('paper-version').textContent()).resolves.toBe('Dự thảo 2');
    await expect(phone.getByTestId('paper-text').textContent()).resolves.toBe('Báo cáo chính trị, bản trình Đại hội');
    await phone.getByRole('link', { name: /^Dự thảo 1 ·/u }).click();
    await phone.getByTestId('paper-text').filter({ hasText: /^Dự thảo đầu tiên$/u }).waitFor();
    // Nothing on the phone runs sideways: the page is no wider than the screen.
    expect(await phone.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await phone.screenshot({ path: join(SHOTS, 'delegate-paper.png'), fullPage: true });
  });
});
