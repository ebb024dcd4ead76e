// Returning a unit's report with a comment per line, and the report's history: submitted, returned
// with its comments, resubmitted, accepted, each with who did it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from './support/server.ts';

let s: TestServer;
let officer: Client;
const id: Record<string, string> = {};
const path = () => `/api/reporting-periods/${id.rp}/units/${id.unit}`;

beforeAll(async () => {
  s = await startTestServer();
  id.unit = (await s.api('POST', '/api/units', { code: 'SXD', name: 'Sở Xây dựng', kind: 'so_nganh' })).body.id;
  id.target = (await s.api('POST', '/api/targets', { indicator: 'housing.social_units', label: 'Nhà ở xã hội', unit: 'căn', group: 'kinh_te_xa_hoi', value: 5000, period: '2026', measure: 'cumulative', ownerUnitId: id.unit })).body.id;
  id.task = (await s.api('POST', '/api/tasks', { title: 'Khởi công 3 dự án nhà ở xã hội', leadUnitId: id.unit, assignedOn: '2026-01-05', deadline: '2099-12-31' })).body.id;
  id.rp = (await s.api('POST', '/api/reporting-periods', { period: '2026-Q1', dueOn: '2099-04-05', title: 'Quý I/2026' })).body.id;
  officer = await s.userClient('canbo.sxd', ['officer'], id.unit!);
  expect((await officer.api('PUT', path(), { figures: [{ targetId: id.target, value: 120 }], tasks: [{ taskId: id.task, progress: 20 }] })).status).toBe(200);
  expect((await officer.api('POST', `${path()}/submit`)).status).toBe(200);
});
afterAll(async () => s?.close());

describe('returning a report with comments line by line', () => {
  it('refuses a comment on a line that is not in the report, and writes nothing', async () => {
    const r = await s.api('POST', `${path()}/return`, { reason: 'Bổ sung', comments: [{ line: 'task', id: id.target, comment: 'Sai dòng' }] });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toBe('nhận xét thứ 1: dòng này không thuộc báo cáo của đơn vị trong kỳ');
    const en = await s.api('POST', `${path()}/return`, { reason: 'Bổ sung', comments: [{ line: 'task', id: id.target, comment: 'Sai dòng' }] }, { 'accept-language': 'en' });
    expect(en.body.error.message).toBe('comments.0.id: not a line of this report');
    expect((await officer.api('GET', path())).body.submission.status).toBe('submitted');
  });

  it('shows the unit each comment beside its line, and the history with names, oldest first', async () => {
    const comments = [
      { line: 'figure', id: id.target, comment: 'Số 120 căn chưa khớp với Cục Thống kê' },
      { line: 'task', id: id.task, comment: 'Nêu rõ dự án nào đã khởi công' },
    ];
    expect((await s.api('POST', `${path()}/return`, { reason: 'Cần chỉnh hai dòng', comments })).status).toBe(200);
    const seen = (await officer.api('GET', path())).body;
    expect(seen.submission).toMatchObject({ status: 'returned', returnReason: 'Cần chỉnh hai dòng', returnComments: comments });

    expect((await officer.api('PUT', path(), { figures: [{ targetId: id.target, value: 118 }], tasks: [{ taskId: id.task, progress: 20, note: 'Dự án A, B' }] })).status).toBe(200);
    expect((await officer.api('POST', `${path()}/submit`)).status).toBe(200);
    expect((await s.api('POST', `${path()}/accept`)).status).toBe(200);
    const history = (await officer.api('GET', path())).body.history as Array<{ action: string; actorName: string | null; reason: string | null; comments: unknown[] }>;
    expect(history.map((h) => [h.action, h.actorName])).toEqual([['submit', 'canbo.sxd'], ['return', 'admin'], ['submit', 'canbo.sxd'], ['accept', 'admin']]);
    expect(history[1]).toMatchObject({ reason: 'Cần chỉnh hai dòng', comments });
  });
});
