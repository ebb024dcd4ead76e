// Đôn đốc by e-mail, through a real SMTP server started here (smtp-server), never a mock: the
// secretariat reminds a unit behind with its quarter's report; the unit's officers with an address
// (given through the `user` command and the users API) get a Vietnamese mail with the link to their
// report; a viewer, a disabled account and an officer without an address get none; an address the
// mail server refuses is recorded on the mail with its answer, and the reminder itself stands.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type Client, type TestServer } from './support/server.ts';
import { startInbox, type Inbox } from './support/smtp-inbox.ts';
import { createMailer, type Mailer } from '../src/server/services/mailer.ts';
import { userCommand } from '../src/cli/users.ts';
import { listMails } from '../src/db/mail.ts';
import { listAudit } from '../src/db/audit.ts';

const UNIT = 'bqlkkt';
const UNIT_NAME = 'Ban Quản lý Khu kinh tế Hải Phòng';
const APP = 'https://haidang.haiphong.gov.vn';

describe('reminders by e-mail through a local SMTP server', () => {
  let inbox: Inbox;
  let server: TestServer;
  let mailer: Mailer | undefined;
  let secretariat: Client;
  let periodId = '';

  beforeAll(async () => {
    inbox = await startInbox({ refuse: (a) => a.startsWith('hopthu-sai@') });
    server = await startDemoServer({
      context: (h) => {
        mailer = createMailer(h.db, { url: inbox.url, from: 'Văn phòng Thành ủy <vanphong@haiphong.gov.vn>', publicUrl: APP + '/' }, { retryMs: 3_600_000 });
        return { mailer };
      },
    });
    secretariat = await server.userClient('vanphong', ['secretariat'], 'vptu');
    // Through the command line, as an administrator gives the accounts of a unit.
    await userCommand(server.handle.db, ['add', '--login', 'canbo-kkt', '--name', 'Trần Thị Bình', '--role', 'officer', '--unit', 'BQLKKT', '--email', 'Binh.Tran@BQLKKT.haiphong.gov.vn']);
    // Through the API, as the web's users page does: created with an address, or given one later.
    const second = await server.api('POST', '/api/users', { login: 'canbo-kkt2', name: 'Lê Văn Cường', unitId: UNIT, roles: ['officer'] });
    expect(second.status).toBe(201);
    expect((await server.api('PATCH', `/api/users/${second.body.user.id}`, { email: 'cuong.le@bqlkkt.haiphong.gov.vn' })).body.email).toBe('cuong.le@bqlkkt.haiphong.gov.vn');
    expect((await server.api('POST', '/api/users', { login: 'canbo-kkt3', name: 'Phạm Văn Dũng', unitId: UNIT, roles: ['officer'], email: 'hopthu-sai@bqlkkt.haiphong.gov.vn' })).status).toBe(201);
    // None of these is mailed: a viewer, a disabled officer, an officer without an address.
    await server.api('POST', '/api/users', { login: 'xem-kkt', name: 'Người xem', unitId: UNIT, roles: ['viewer'], email: 'xem@bqlkkt.haiphong.gov.vn' });
    const off = await server.api('POST', '/api/users', { login: 'nghi-kkt', name: 'Đã nghỉ', unitId: UNIT, roles: ['officer'], email: 'nghi@bqlkkt.haiphong.gov.vn' });
    await server.api('PATCH', `/api/users/${off.body.user.id}`, { disabled: true });
    await server.api('POST', '/api/users', { login: 'canbo-kkt4', name: 'Không có thư', unitId: UNIT, roles: ['officer'] });
    // Due long ago: the unit is behind.
    periodId = (await server.api('POST', '/api/reporting-periods', { period: '2025-Q4', dueOn: '2026-01-05', title: 'Báo cáo quý IV/2025' })).body.id;
  });
  afterAll(async () => {
    mailer?.close();
    await server?.close();
    await inbox?.close();
  });

  it('refuses an address that is not one, in Vietnamese', async () => {
    const r = await server.api('POST', '/api/users', { login: 'sai-thu', name: 'Sai thư', unitId: UNIT, roles: ['officer'], email: 'khong-phai-dia-chi' });
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.body)).toContain('thư điện tử: cần một địa chỉ thư điện tử');
  });

  it('mails the unit\'s officers with an address, in Vietnamese, off the request path', async () => {
    const r = await secretariat.api('POST', `/api/reporting-periods/${periodId}/remind`, { unitIds: [UNIT], note: 'Đề nghị gửi kèm số liệu thu hút đầu tư.' });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ reminded: [UNIT], total: 1, mailed: 3 });
    const mails = await inbox.waitFor(2);
    await mailer!.drain();
    expect(mails.map((m) => m.to).flat().sort()).toEqual(['binh.tran@bqlkkt.haiphong.gov.vn', 'cuong.le@bqlkkt.haiphong.gov.vn']);
    const binh = mails.find((m) => m.to[0] === 'binh.tran@bqlkkt.haiphong.gov.vn')!;
    expect(binh.from).toBe('vanphong@haiphong.gov.vn');
    expect(binh.subject).toBe(`[Hải Đăng] Đôn đốc gửi báo cáo quý IV/2025 — ${UNIT_NAME}`);
    expect(binh.text).toContain(`Kính gửi đồng chí Trần Thị Bình (${UNIT_NAME}),`);
    expect(binh.text).toMatch(/Đến ngày \d{1,2}\/\d{1,2}\/\d{4}, Văn phòng chưa nhận được báo cáo quý IV\/2025 của đơn vị; hạn gửi là ngày 5\/1\/2026\./u);
    expect(binh.text).toContain('Ghi chú của Văn phòng: Đề nghị gửi kèm số liệu thu hút đầu tư.');
    expect(binh.text).toContain(`Báo cáo của đơn vị: ${APP}/ky-bao-cao/${periodId}/don-vi/${UNIT}`);
    expect(mails.find((m) => m.to[0] === 'cuong.le@bqlkkt.haiphong.gov.vn')!.text).toContain('Kính gửi đồng chí Lê Văn Cường');
  });

  it('records a refused address on its mail, with the server\'s answer, and keeps the reminder', async () => {
    const out = await listMails(server.handle.db);
    expect(out).toHaveLength(3);
    const refused = out.find((m) => m.recipient === 'hopthu-sai@bqlkkt.haiphong.gov.vn')!;
    expect(refused.sentAt).toBeNull();
    expect(refused.attempts).toBe(1);
    expect(refused.error).toMatch(/550/);
    for (const m of out.filter((x) => x !== refused)) expect(m.sentAt).not.toBeNull();
    const audit = await listAudit(server.handle.db, { objectType: 'mail', limit: 20, offset: 0 });
    expect(audit.items.map((a) => a.action).sort()).toEqual(['queue', 'send', 'send', 'send_failed']);
    // The reminder stands: the unit's report says it was reminded.
    const period = (await secretariat.api('GET', `/api/reporting-periods/${periodId}`)).body;
    expect(period.reminders.find((u: { unitId: string }) => u.unitId === UNIT).reminders).toBe(1);
  });

  it('mails nobody twice the same day: the unit already reminded is not reminded again', async () => {
    const r = await secretariat.api('POST', `/api/reporting-periods/${periodId}/remind`, { unitIds: [UNIT] });
    expect(r.body).toMatchObject({ total: 0, mailed: 0 });
    await mailer!.drain();
    expect(inbox.mails).toHaveLength(2);
  });

  it('tries a refused mail again on the timer\'s round, up to the ceiling, then leaves it as failed', async () => {
    for (let i = 0; i < 4; i++) await mailer!.drain({ retry: true });
    const refused = (await listMails(server.handle.db)).find((m) => m.recipient === 'hopthu-sai@bqlkkt.haiphong.gov.vn')!;
    expect(refused.attempts).toBe(3);
    expect(refused.sentAt).toBeNull();
    expect(inbox.mails).toHaveLength(2);
  });
});
