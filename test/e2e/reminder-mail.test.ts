// Đôn đốc by e-mail in Chromium, with a real SMTP server started here: the secretariat clicks "Gửi nhắc"
// on a quarter whose report is overdue; the page says how many officers were mailed, and the officer
// of a unit behind receives the Vietnamese mail with the link to their report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSuite, hasChromium, startDemoServer } from './browser.ts';
import { startInbox, type Inbox } from '../support/smtp-inbox.ts';
import { createMailer, type Mailer } from '../../src/server/services/mailer.ts';

describe.skipIf(!hasChromium)('reminders by e-mail in Chromium', () => {
  let inbox: Inbox;
  let mailer: Mailer | undefined;
  let periodId = '';
  // Before the suite's own beforeAll (they run in order): its server mails this inbox.
  beforeAll(async () => {
    inbox = await startInbox();
  });
  afterAll(async () => {
    await inbox?.close();
  });
  const suite = browserSuite({
    server: () => startDemoServer({
      context: (h) => {
        mailer = createMailer(h.db, { url: inbox.url, from: 'Văn phòng Thành ủy <vanphong@haiphong.gov.vn>', publicUrl: null }, { retryMs: 3_600_000 });
        return { mailer };
      },
    }),
    accounts: [['vanphong', ['secretariat'], 'vptu']],
    setup: async ({ server }) => {
      expect((await server.api('POST', '/api/users', { login: 'canbo-kkt', name: 'Trần Thị Bình', unitId: 'bqlkkt', roles: ['officer'], email: 'binh.tran@bqlkkt.haiphong.gov.vn' })).status).toBe(201);
      periodId = (await server.api('POST', '/api/reporting-periods', { period: '2025-Q4', dueOn: '2026-01-05', title: 'Báo cáo quý IV/2025' })).body.id;
    },
    signIn: ['vanphong'],
  });
  const secretariat = suite.as('vanphong');
  // Before the suite's own afterAll (they run as a stack): the mailer stops while its database is open.
  afterAll(() => mailer?.close());

  it('reminds the units behind and mails their officers; the page says how many', async () => {
    const p = secretariat.page;
    await p.goto(`${suite.server.url}/ky-bao-cao/${periodId}`);
    const card = p.getByTestId('reminders');
    await card.getByText('Ban Quản lý Khu kinh tế Hải Phòng').waitFor();
    await card.getByRole('button', { name: /^Gửi nhắc \(\d+ đơn vị\)$/ }).click();
    await expect(card.getByTestId('remind-message').textContent()).resolves.toMatch(/^Đã gửi nhắc \d+ đơn vị\. Đã gửi thư điện tử cho 1 cán bộ\.$/);
    const [mail] = await inbox.waitFor(1);
    expect(mail!.to).toEqual(['binh.tran@bqlkkt.haiphong.gov.vn']);
    expect(mail!.subject).toBe('[Hải Đăng] Đôn đốc gửi báo cáo quý IV/2025 — Ban Quản lý Khu kinh tế Hải Phòng');
    expect(mail!.text).toContain('Kính gửi đồng chí Trần Thị Bình (Ban Quản lý Khu kinh tế Hải Phòng),');
    expect(mail!.text).toContain('hạn gửi là ngày 5/1/2026');
  });
});
