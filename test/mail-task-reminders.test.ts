// Đôn đốc nhiệm vụ by e-mail, through a real SMTP server started here (smtp-server), never a mock: the
// secretariat reminds the lead unit of an overdue task; the unit's active officers with an address get
// a Vietnamese mail with the task's link; a viewer, an officer of another unit and a disabled officer
// get none; the mails go through the same outbox as the reports' reminders.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from './support/server.ts';
import { startInbox, type Inbox } from './support/smtp-inbox.ts';
import { createMailer, type Mailer } from '../src/server/services/mailer.ts';
import { listMails } from '../src/db/mail.ts';
import { addDays, todayInVietnam } from '../src/domain/calendar.ts';
import { formatDateVi } from '../src/domain/format.ts';

const APP = 'https://haidang.haiphong.gov.vn';
const today = todayInVietnam();

describe('task reminders by e-mail through a local SMTP server', () => {
  let inbox: Inbox;
  let server: TestServer;
  let mailer: Mailer | undefined;
  let secretariat: Client;
  const id: Record<string, string> = {};

  beforeAll(async () => {
    inbox = await startInbox();
    server = await startTestServer({
      context: (h) => {
        mailer = createMailer(h.db, { url: inbox.url, from: 'Văn phòng Thành ủy <vanphong@haiphong.gov.vn>', publicUrl: APP + '/' }, { retryMs: 3_600_000 });
        return { mailer };
      },
    });
    const unit = async (code: string, name: string) => (id[code] = (await server.api('POST', '/api/units', { code, name, kind: 'so_nganh' })).body.id);
    await unit('SXD', 'Sở Xây dựng');
    await unit('STC', 'Sở Tài chính');
    secretariat = await server.userClient('vanphong', ['secretariat'], null);
    const user = async (login: string, name: string, unitId: string, roles: string[], email: string) => {
      const r = await server.api('POST', '/api/users', { login, name, unitId, roles, email });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      return r.body.user.id as string;
    };
    await user('canbo-sxd', 'Nguyễn Văn An', id.SXD!, ['officer'], 'an.nguyen@soxaydung.haiphong.gov.vn');
    await user('xem-sxd', 'Người xem', id.SXD!, ['viewer'], 'xem@soxaydung.haiphong.gov.vn');
    await user('canbo-stc', 'Cán bộ Sở Tài chính', id.STC!, ['officer'], 'canbo@sotaichinh.haiphong.gov.vn');
    const off = await user('nghi-sxd', 'Đã nghỉ', id.SXD!, ['officer'], 'nghi@soxaydung.haiphong.gov.vn');
    await server.api('PATCH', `/api/users/${off}`, { disabled: true });
    id.task = (await server.api('POST', '/api/tasks', { title: 'Hoàn thành quy hoạch phân khu Bắc sông Cấm', leadUnitId: id.SXD, assignedOn: '2025-07-01', deadline: addDays(today, -5) })).body.id;
  });
  afterAll(async () => {
    mailer?.close();
    await server?.close();
    await inbox?.close();
  });

  it('mails the lead unit\'s active officers with an address, in Vietnamese, with the task\'s link', async () => {
    const r = await secretariat.api('POST', '/api/task-reminders', { taskIds: [id.task], note: 'Báo cáo tiến độ trước cuộc họp giao ban.' });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toEqual({ reminded: [id.task], total: 1, mailed: 1 });
    const mails = await inbox.waitFor(1);
    await mailer!.drain();
    expect(mails).toHaveLength(1);
    const m = mails[0]!;
    expect(m.to).toEqual(['an.nguyen@soxaydung.haiphong.gov.vn']);
    expect(m.from).toBe('vanphong@haiphong.gov.vn');
    expect(m.subject).toBe('[Hải Đăng] Đôn đốc thực hiện nhiệm vụ quá hạn — Sở Xây dựng');
    expect(m.text).toContain('Kính gửi đồng chí Nguyễn Văn An (Sở Xây dựng),');
    expect(m.text).toContain(`Nhiệm vụ «Hoàn thành quy hoạch phân khu Bắc sông Cấm» do đơn vị chủ trì có thời hạn hoàn thành ngày ${formatDateVi(addDays(today, -5))}; đến ngày ${formatDateVi(today)} nhiệm vụ chưa hoàn thành.`);
    expect(m.text).toContain('Ghi chú của Văn phòng: Báo cáo tiến độ trước cuộc họp giao ban.');
    expect(m.text).toContain(`Nhiệm vụ trên hệ thống: ${APP}/nhiem-vu/${id.task}`);
    const out = await listMails(server.handle.db);
    expect(out.map((x) => [x.kind, x.recipient, x.sentAt !== null])).toEqual([['task_reminder', 'an.nguyen@soxaydung.haiphong.gov.vn', true]]);
  });

  it('mails nothing for a refused reminder', async () => {
    const later = (await server.api('POST', '/api/tasks', { title: 'Tổng kết Nghị quyết 45', leadUnitId: id.SXD, assignedOn: '2025-07-01', deadline: addDays(today, 60) })).body.id;
    expect((await secretariat.api('POST', '/api/task-reminders', { taskIds: [later] })).status).toBe(400);
    await mailer!.drain();
    expect(inbox.mails).toHaveLength(1);
    expect(await listMails(server.handle.db)).toHaveLength(1);
  });
});
