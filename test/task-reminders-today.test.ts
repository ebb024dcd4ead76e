// Đôn đốc nhiệm vụ once a day: a task reminded today is refused in a batch (409, naming it and when it
// was reminded, nothing written, not even for the others named) unless the sender says `again`; the
// lists (tasks, dashboard) tell each reader which tasks they may tick (the command's own rule: a
// leader only their units') and when a task was reminded today.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startTestServer, type Client, type TestServer } from './support/server.ts';
import { seedReminderTasks } from './support/reminder-tasks.ts';
import { addDays, todayInVietnam } from '../src/domain/calendar.ts';
import { formatClockVi } from '../src/domain/format.ts';

let s: TestServer;
let secretariat: Client;
let officerA: Client;
let leaderB: Client;
let id: Record<string, string> = {};
const today = todayInVietnam();
const OVERDUE = 'Hoàn thành quy hoạch phân khu Bắc sông Cấm';
const SOON = 'Trình đề án nhà ở xã hội';
const OF_B = 'Rà soát nợ đọng xây dựng cơ bản';

beforeAll(async () => {
  s = await startTestServer();
  id = await seedReminderTasks(s, { A: ['A', 'Sở Xây dựng'], B: ['B', 'Sở Tài chính'] }, {
    overdue: [OVERDUE, 'A', -10], soon: [SOON, 'A', 3], fresh: ['Lập kế hoạch chuyển đổi số', 'A', -2], ofB: [OF_B, 'B', -1], later: ['Tổng kết Nghị quyết 45', 'A', 90],
  });
  secretariat = await s.userClient('vanphong', ['secretariat'], null);
  officerA = await s.userClient('canbo-a', ['officer'], id.A!);
  leaderB = await s.userClient('lanhdao-b', ['leader'], id.B!);
});
afterAll(async () => s?.close());

const count = async () => Number((await sql<{ n: string }>`SELECT count(*) AS n FROM task_reminders`.execute(s.handle.db)).rows[0]!.n);
const remind = (c: Client, body: Record<string, unknown>, headers?: Record<string, string>) => c.api('POST', '/api/task-reminders', body, headers);
type Marked = { id: string; mayRemind: boolean; remindedAt: string | null };
const marks = (items: Marked[]) => Object.fromEntries(items.map((x) => [x.id, { mayRemind: x.mayRemind, remindedAt: x.remindedAt }]));

describe('a task reminded today', () => {
  it('is refused in a batch with 409 naming it and the time, and nothing of the batch is written', async () => {
    expect((await remind(secretariat, { taskIds: [id.overdue, id.soon] })).status).toBe(200);
    const before = await count();
    const r = await remind(secretariat, { taskIds: [id.fresh, id.overdue, id.soon], note: 'Lần hai' });
    expect(r.status, JSON.stringify(r.body)).toBe(409);
    expect(r.body.error.code).toBe('conflict');
    const sent = (await secretariat.api('GET', `/api/tasks?status=in_progress_overdue,due_soon`)).body.items.find((x: Marked) => x.id === id.overdue).remindedAt;
    expect(r.body.error.message).toBe(`đã đôn đốc hôm nay: «${OVERDUE}» (lúc ${formatClockVi(sent)}), «${SOON}» (lúc ${formatClockVi(sent)}); muốn nhắc lại lần nữa thì xác nhận nhắc lại, gửi kèm again: true`);
    expect(r.body.error.details.tasks.map((t: { id: string }) => t.id)).toEqual([id.overdue, id.soon]);
    // The task not reminded yet was not reminded either: the batch is one.
    expect(await count()).toBe(before);
    expect((await s.api('GET', `/api/tasks/${id.fresh}`)).body.reminders).toEqual([]);
    const en = await remind(secretariat, { taskIds: [id.overdue] }, { 'accept-language': 'en' });
    expect(en.status).toBe(409);
    expect(en.body.error.message).toMatch(new RegExp(`^already reminded today: «${OVERDUE}» \\(at \\d\\d:\\d\\d\\); to remind again, confirm it \\(again: true\\)$`, 'u'));
    expect(await count()).toBe(before);
  });

  it('goes again when the sender says so, and the list shows the later time', async () => {
    const before = await count();
    const r = await remind(secretariat, { taskIds: [id.overdue, id.fresh], again: true });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.reminded).toEqual([id.overdue, id.fresh]);
    expect(await count()).toBe(before + 2);
    const stored = (await sql<{ created_at: Date }>`SELECT max(created_at) AS created_at FROM task_reminders WHERE task_id = ${id.overdue!}`.execute(s.handle.db)).rows[0]!.created_at;
    const list = marks((await secretariat.api('GET', '/api/tasks?status=in_progress_overdue')).body.items);
    expect(list[id.overdue!]).toEqual({ mayRemind: true, remindedAt: new Date(stored).toISOString() });
  });

  it('a reminder of another day does not count', async () => {
    await sql`UPDATE task_reminders SET sent_on = ${addDays(today, -1)} WHERE task_id = ${id.fresh!}`.execute(s.handle.db);
    expect((await remind(secretariat, { taskIds: [id.fresh] })).status).toBe(200);
  });
});

describe('which tasks a reader may tick', () => {
  it('the secretariat: every task overdue or due soon, none on time; with today\'s reminders', async () => {
    const all = marks((await secretariat.api('GET', '/api/tasks')).body.items);
    expect(all[id.ofB!]).toEqual({ mayRemind: true, remindedAt: null });
    expect(all[id.soon!]).toMatchObject({ mayRemind: true, remindedAt: expect.any(String) });
    expect(all[id.later!]).toEqual({ mayRemind: false, remindedAt: null });
  });

  it('a leader of B: only the tasks of B, in the list, the dashboard and the task', async () => {
    const list = marks((await leaderB.api('GET', '/api/tasks?status=in_progress_overdue,due_soon')).body.items);
    expect(list[id.ofB!]).toEqual({ mayRemind: true, remindedAt: null });
    expect(list[id.overdue!]).toMatchObject({ mayRemind: false, remindedAt: expect.any(String) });
    expect(list[id.soon!]!.mayRemind).toBe(false);
    expect((await leaderB.api('GET', `/api/tasks/${id.ofB}`)).body.mayRemind).toBe(true);
    expect((await leaderB.api('GET', `/api/tasks/${id.overdue}`)).body.mayRemind).toBe(false);
    // The dashboard's answer is kept and shared by those who read everything: not between readers
    // whose ticks differ. The secretariat asks first, the leader of B next.
    const dash = async (c: Client) => {
      const b = (await c.api('GET', '/api/summary')).body;
      return marks([...b.tasks.overdue.items, ...b.tasks.dueSoon.items]);
    };
    expect((await dash(secretariat))[id.overdue!]!.mayRemind).toBe(true);
    const mine = await dash(leaderB);
    expect(mine[id.overdue!]!.mayRemind).toBe(false);
    expect(mine[id.ofB!]!.mayRemind).toBe(true);
    // What the list offers is what the command takes.
    expect((await remind(leaderB, { taskIds: [id.overdue] })).status).toBe(403);
    expect((await remind(leaderB, { taskIds: [id.ofB] })).status).toBe(200);
  });

  it('an officer: none; and nobody as of a past day', async () => {
    const mine = marks((await officerA.api('GET', '/api/tasks')).body.items);
    expect(Object.values(mine).every((m) => !m.mayRemind)).toBe(true);
    const past = (await secretariat.api('GET', `/api/tasks?asOf=${addDays(today, -1)}`)).body.items as Marked[];
    expect(past.length).toBeGreaterThan(0);
    expect(past.every((m) => !m.mayRemind && m.remindedAt === null)).toBe(true);
  });
});
