// The quarter's rating asked in the middle of the quarter: a task due after the day asked is not
// overdue, and a unit whose report is not yet due is not shown as failing it; the same data asked after
// the report's due day and the quarter's end are rated as before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';
import { rateQuarter } from '../src/queries/rating.ts';

let s: TestServer;
const ids: Record<string, string> = {};
const Q = '2026-Q1';

beforeAll(async () => {
  s = await startTestServer();
  ids.root = (await s.api('POST', '/api/units', { code: 'TU', name: 'Thành ủy', kind: 'thanh_uy' })).body.id;
  ids.A = (await s.api('POST', '/api/units', { code: 'A', name: 'Sở A', kind: 'so_nganh', parentId: ids.root })).body.id;
  ids.task = (await s.api('POST', '/api/tasks', { title: 'Đề án A1', leadUnitId: ids.A, assignedOn: '2026-01-05', deadline: '2026-03-20' })).body.id;
  expect((await s.api('POST', '/api/reporting-periods', { period: Q, dueOn: '2026-04-05', title: 'Báo cáo quý I/2026' })).status).toBe(201);
});
afterAll(async () => s?.close());

const rowOf = async (asOf: string) => (await rateQuarter(s.handle.db, Q, asOf)).results.find((r) => r.unitId === ids.A)!;

describe('the rating in the middle of the quarter', () => {
  it('does not count the task due on 20/3 as overdue on 10/3, and says the rating is provisional to that day', async () => {
    const mid = await rowOf('2026-03-10');
    expect(mid.tasks.items).toEqual([]);
    expect(mid.working.join('\n')).toContain('Tạm tính đến ngày 10/3/2026 (quý chưa kết thúc)');
    const end = await rowOf('2026-03-31');
    expect(end.tasks.items.map((t) => [t.taskId, t.status])).toEqual([[ids.task, 'in_progress_overdue']]);
  });

  it('does not show the unit failing a report that is not yet due; after the due day it is missing', async () => {
    const before = await rowOf('2026-03-31');
    expect(before.report.label).toBe('Chưa đến hạn gửi báo cáo kỳ, chưa trừ điểm');
    expect(before.report.points).toBe(before.report.max);
    expect(before.working.join('\n')).toContain('Báo cáo kỳ: chưa đến hạn gửi báo cáo kỳ');
    const after = await rowOf('2026-04-10');
    expect(after.report.outcome).toBe('missing');
    expect(after.report.points).toBeLessThan(after.report.max);
  });

  it('answers the page as of the day it asks (the app\'s "tính đến ngày"), today when it asks none', async () => {
    const row = async (q: string) => (await s.api('GET', `/api/ratings/${Q}${q}`)).body.results.find((r: { unitId: string }) => r.unitId === ids.A);
    expect((await row('?asOf=2026-03-10')).tasks.items).toEqual([]);
    // Today is after the quarter and after its report's due day: the task is late, the report missing.
    const now = await row('');
    expect(now.tasks.items.map((t: { status: string }) => t.status)).toEqual(['in_progress_overdue']);
    expect(now.report.outcome).toBe('missing');
  });
});
