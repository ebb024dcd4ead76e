// Đôn đốc nhiệm vụ through the API: the secretariat reminds the lead unit of a task overdue or due
// soon; the reminder is kept, shown on the task (its timeline reads it from the task's detail) and
// audited; a task on time, done or paused is refused and nothing is written; an officer is refused;
// a leader reminds only the tasks of the units they lead; the letter (.docx) names the tasks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import JSZip from 'jszip';
import { startTestServer, type Client, type TestServer } from './support/server.ts';
import { seedReminderTasks } from './support/reminder-tasks.ts';
import { addDays, todayInVietnam } from '../src/domain/calendar.ts';
import { listAudit } from '../src/db/audit.ts';

let s: TestServer;
let secretariat: Client;
let officer: Client;
let leaderB: Client;
let id: Record<string, string> = {};
const today = todayInVietnam();

beforeAll(async () => {
  s = await startTestServer();
  id = await seedReminderTasks(s, { A: ['A', 'Sở Xây dựng'], B: ['B', 'Sở Tài chính'] }, {
    overdue: ['Hoàn thành quy hoạch phân khu Bắc sông Cấm', 'A', -10],
    soon: ['Trình đề án nhà ở xã hội', 'A', 3],
    later: ['Tổng kết Nghị quyết 45', 'A', 90],
    ofB: ['Rà soát nợ đọng xây dựng cơ bản', 'B', -1],
  });
  secretariat = await s.userClient('vanphong', ['secretariat'], null);
  officer = await s.userClient('canbo-a', ['officer'], id.A!);
  leaderB = await s.userClient('lanhdao-b', ['leader'], id.B!);
});
afterAll(async () => s?.close());

const count = async () => Number((await sql<{ n: string }>`SELECT count(*) AS n FROM task_reminders`.execute(s.handle.db)).rows[0]!.n);
const remind = (c: Client, taskIds: string[], note = '') => c.api('POST', '/api/task-reminders', { taskIds, note });

describe('đôn đốc nhiệm vụ', () => {
  it('records a reminder for an overdue and a due-soon task, shows it on the task and audits it', async () => {
    const r = await remind(secretariat, [id.overdue!, id.soon!], 'Đề nghị báo cáo tiến độ trước ngày họp giao ban.');
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toEqual({ reminded: [id.overdue, id.soon], total: 2, mailed: 0 });
    // The lead unit's officer reads it on the task page.
    const t = await officer.api('GET', `/api/tasks/${id.overdue}`);
    expect(t.status).toBe(200);
    expect(t.body.reminders).toEqual([
      { id: expect.any(String), sentOn: today, unitId: id.A, deadline: addDays(today, -10), overdue: true, sentByName: 'vanphong', note: 'Đề nghị báo cáo tiến độ trước ngày họp giao ban.' },
    ]);
    expect((await officer.api('GET', `/api/tasks/${id.soon}`)).body.reminders[0]).toMatchObject({ overdue: false, deadline: addDays(today, 3) });
    // As of a day before it was sent, the task shows no reminder yet.
    expect((await officer.api('GET', `/api/tasks/${id.overdue}?asOf=${addDays(today, -1)}`)).body.reminders).toEqual([]);
    const audit = await listAudit(s.handle.db, { objectType: 'task', limit: 50, offset: 0 });
    expect(audit.items.filter((a) => a.action === 'remind').map((a) => a.objectId).sort()).toEqual([id.overdue, id.soon].sort());
  });

  it('refuses a task neither overdue nor due soon, and writes nothing, not even for the others named', async () => {
    const before = await count();
    const r = await remind(secretariat, [id.overdue!, id.later!]);
    expect(r.status).toBe(400);
    expect(r.body.error.message).toContain('«Tổng kết Nghị quyết 45»: không quá hạn, không sắp đến hạn');
    expect(await count()).toBe(before);
    // An English reader reads the refusal in English.
    const en = await secretariat.api('POST', '/api/task-reminders', { taskIds: [id.later] }, { 'accept-language': 'en' });
    expect(en.status).toBe(400);
    expect(en.body.error.message).toContain('taskIds.0: the task is neither overdue nor due soon');
  });

  it('refuses a task done, accepted before today', async () => {
    expect((await s.api('POST', `/api/tasks/${id.ofB}/reports`, { kind: 'complete', approved: true, progress: 100 })).status).toBe(201);
    expect((await s.api('GET', `/api/tasks/${id.ofB}`)).body.status).toBe('done_late');
    const before = await count();
    expect((await remind(secretariat, [id.ofB!])).status).toBe(400);
    expect(await count()).toBe(before);
  });

  it('refuses an officer, and a leader for a unit they do not lead; lets the leader remind their own', async () => {
    const before = await count();
    expect((await remind(officer, [id.overdue!])).status).toBe(403);
    expect((await remind(leaderB, [id.overdue!])).status).toBe(403);
    expect((await officer.api('GET', `/api/task-reminders/letter?taskIds=${id.overdue}`)).status).toBe(403);
    expect(await count()).toBe(before);
    expect((await remind(s, ['khong-co'])).status).toBe(404);
    expect(await count()).toBe(before);
    const own = (await s.api('POST', '/api/tasks', { title: 'Quyết toán vốn đầu tư công 2025', leadUnitId: id.B, assignedOn: '2025-07-01', deadline: addDays(today, -2) })).body.id;
    const r = await remind(leaderB, [own]);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(await count()).toBe(before + 1);
  });

  it('writes the công văn đôn đốc naming each task, its lead unit and deadline', async () => {
    const r = await fetch(`${s.url}/api/task-reminders/letter?taskIds=${id.overdue},${id.soon}`, { headers: { cookie: [...secretariat.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('wordprocessingml');
    const xml = await (await JSZip.loadAsync(await r.arrayBuffer())).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/gu, '');
    expect(text).toContain('V/v đôn đốc thực hiện các nhiệm vụ quá hạn, sắp đến hạn');
    expect(text).toContain('- Sở Xây dựng,');
    expect(text).toMatch(/1\. Hoàn thành quy hoạch phân khu Bắc sông Cấm — Sở Xây dựng chủ trì; thời hạn \d{1,2}\/\d{1,2}\/\d{4}, đã quá hạn 10 ngày\./u);
    expect(text).toMatch(/2\. Trình đề án nhà ở xã hội — Sở Xây dựng chủ trì; thời hạn \d{1,2}\/\d{1,2}\/\d{4}, sắp đến hạn\./u);
    expect((await secretariat.api('GET', `/api/task-reminders/letter?taskIds=${id.later}`)).status).toBe(400);
  });
});
