// The HTTP API end to end over a real server and database: writes, statuses, and bad input that changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';

let s: TestServer;
let unitA: string;
let unitB: string;
let docId: string;

beforeAll(async () => {
  s = await startTestServer();
  const a = await s.api('POST', '/api/units', { code: 'TU', name: 'Thành ủy', kind: 'thanh_uy' });
  expect(a.status).toBe(201);
  unitA = a.body.id;
  const b = await s.api('POST', '/api/units', { code: 'SOTC', name: 'Sở Tài chính', kind: 'so_nganh', parentId: unitA });
  expect(b.status).toBe(201);
  unitB = b.body.id;
  const d = await s.api('POST', '/api/documents', {
    kind: 'ket_luan', number: '12-KL/TU', issuedOn: '2025-07-12', issuer: 'Thành ủy', title: 'Kết luận hội nghị',
    text: 'Hoàn thiện Đề án trong quý 3/2025. Tăng trưởng GRDP 6 tháng ước đạt 11,28%.',
  });
  expect(d.status).toBe(201);
  docId = d.body.id;
});
afterAll(async () => s?.close());

/** Everything a failed write could have touched, to compare before and after. */
async function snapshot() {
  const [units, targets, tasks, obs, audit] = await Promise.all([
    s.api('GET', '/api/units'),
    s.api('GET', '/api/targets?asOf=2025-12-31'),
    s.api('GET', '/api/tasks?limit=500&asOf=2025-12-31'),
    s.api('GET', '/api/observations'),
    s.api('GET', '/api/audit?limit=500'),
  ]);
  return JSON.stringify([units.body, targets.body, tasks.body, obs.body, audit.body]);
}

describe('health and OpenAPI', () => {
  it('answers health', async () => {
    expect(await s.api('GET', '/api/health')).toMatchObject({ status: 200, body: { status: 'ok' } });
  });
  it('publishes an OpenAPI document listing the resources', async () => {
    const r = await s.api('GET', '/api/openapi.json');
    expect(r.status).toBe(200);
    expect(Object.keys(r.body.paths)).toEqual(expect.arrayContaining(['/api/tasks', '/api/targets/{id}', '/api/tasks/{id}/reports', '/api/summary']));
  });
  it('sends security headers', async () => {
    const res = await fetch(s.url + '/api/health');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });
});

describe('tasks', () => {
  let taskId: string;
  it('creates a task with the six clears and derives its status as of a day', async () => {
    const r = await s.api('POST', '/api/tasks', {
      title: 'Hoàn thiện Đề án Khu thương mại tự do', leadUnitId: unitB, coUnitIds: [unitA], personInCharge: 'Giám đốc Sở',
      authority: 'Ban Thường vụ Thành ủy', product: 'Đề án trình Chính phủ', assignedOn: '2025-07-12', deadline: '2025-09-30',
      source: { documentId: docId, span: [0, 32], quote: 'Hoàn thiện Đề án trong quý 3/2025' },
    });
    expect(r.status).toBe(201);
    taskId = r.body.id;
    expect(r.body.coUnitIds).toEqual([unitA]);
    expect((await s.api('GET', `/api/tasks/${taskId}?asOf=2025-08-01`)).body.status).toBe('in_progress');
    expect((await s.api('GET', `/api/tasks/${taskId}?asOf=2025-09-25`)).body.status).toBe('due_soon');
    expect((await s.api('GET', `/api/tasks/${taskId}?asOf=2025-10-01`)).body.status).toBe('in_progress_overdue');
  });

  it('a completion report changes the status; a return reopens it', async () => {
    const v = (await s.api('POST', `/api/tasks/${taskId}/reports`, { kind: 'complete', reportedOn: '2025-09-20', text: 'Đã trình' })).status;
    expect(v).toBe(201);
    expect((await s.api('GET', `/api/tasks/${taskId}?asOf=2025-10-01`)).body.status).toBe('done_on_time');
    await s.api('POST', `/api/tasks/${taskId}/reports`, { kind: 'return', reportedOn: '2025-09-25', text: 'Không đạt yêu cầu' });
    expect((await s.api('GET', `/api/tasks/${taskId}?asOf=2025-10-01`)).body.status).toBe('in_progress_overdue');
    const list = await s.api('GET', '/api/tasks?status=in_progress_overdue&asOf=2025-10-01');
    expect(list.body.items.map((t: { id: string }) => t.id)).toEqual([taskId]);
  });

  it('an approved extension moves the deadline', async () => {
    const asked = await s.api('POST', `/api/tasks/${taskId}/reports`, { kind: 'extension_request', reportedOn: '2025-09-27', newDeadline: '2025-12-31', text: 'Chờ ý kiến Bộ' });
    expect(asked.status).toBe(201);
    // Approved without a date of its own: the date the unit asked for.
    const r = await s.api('POST', `/api/tasks/${taskId}/reports`, { kind: 'extension_decision', reportedOn: '2025-09-28', approved: true });
    expect(r.status).toBe(201);
    expect(r.body.task.state.deadline).toBe('2025-12-31');
  });

  it('finds tasks by words without diacritics', async () => {
    const r = await s.api('GET', '/api/tasks?q=khu%20thuong%20mai');
    expect(r.body.total).toBe(1);
    expect((await s.api('GET', '/api/tasks?q=cang%20bien')).body.total).toBe(0);
  });

  it('filters by unit, including the units below it', async () => {
    expect((await s.api('GET', `/api/tasks?unitId=${unitA}`)).body.total).toBe(1);
    expect((await s.api('GET', `/api/tasks?unitId=${unitB}`)).body.total).toBe(1);
  });

  it('refuses a stale version with 409 and keeps the data', async () => {
    const before = await snapshot();
    const ok = await s.api('PATCH', `/api/tasks/${taskId}`, { version: 1, title: 'Hoàn thiện Đề án (sửa)' });
    expect(ok.status).toBe(200);
    const after1 = await snapshot();
    const stale = await s.api('PATCH', `/api/tasks/${taskId}`, { version: 1, title: 'Ghi đè' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('conflict');
    expect(await snapshot()).toBe(after1);
    expect(after1).not.toBe(before);
  });
});

describe('targets and figures', () => {
  it('creates a target and an observation; the status follows the figure', async () => {
    const t = await s.api('POST', '/api/targets', {
      indicator: 'grdp.growth', label: 'Tăng trưởng GRDP năm 2025', unit: '%', group: 'kinh_te_xa_hoi', value: 12.35,
      period: '2025', measure: 'growth', ownerUnitId: unitA,
    });
    expect(t.status).toBe(201);
    expect(t.body.status).toBe('no_data');
    const o = await s.api('POST', '/api/observations', {
      indicator: 'grdp.growth', period: '2025-H1', value: 11.28, unit: '%', standing: 'estimate',
      source: { documentId: docId, span: [35, 75], quote: null },
    });
    expect(o.status).toBe(201);
    const got = await s.api('GET', `/api/targets/${t.body.id}?asOf=2025-07-15`);
    expect(got.body.latest.value).toBe(11.28);
    expect(['at_risk', 'off_track', 'on_track']).toContain(got.body.status);
    expect(got.body.observations).toHaveLength(1);
  });
});

describe('bad input gets a 4xx with the error shape and changes nothing', () => {
  const cases: [string, string, string, unknown, number][] = [
    ['unknown task', 'GET', '/api/tasks/nope', undefined, 404],
    ['unknown unit as lead', 'POST', '/api/tasks', { title: 'x', assignedOn: '2025-01-01', leadUnitId: 'nope' }, 404],
    ['wrong type', 'POST', '/api/tasks', { title: 42, assignedOn: '2025-01-01' }, 400],
    ['impossible date', 'POST', '/api/tasks', { title: 'x', assignedOn: '2025-02-30' }, 400],
    ['deadline before assignment', 'POST', '/api/tasks', { title: 'x', assignedOn: '2025-05-01', deadline: '2025-04-30' }, 400],
    ['harder limit before deadline', 'POST', '/api/tasks', { title: 'x', assignedOn: '2025-05-01', deadline: '2025-06-30', latest: '2025-06-01' }, 400],
    ['invalid period', 'POST', '/api/observations', { indicator: 'grdp.growth', period: '2025-Q5', value: 1, unit: '%' }, 400],
    ['range upside down', 'POST', '/api/targets', { indicator: 'x', label: 'x', unit: '%', group: 'kinh_te_xa_hoi', value: 5, max: 4, period: '2030', measure: 'share' }, 400],
    ['unknown field', 'POST', '/api/units', { code: 'X', name: 'X', kind: 'xa', extra: 1 }, 400],
    ['duplicate unit code', 'POST', '/api/units', { code: 'TU', name: 'Trùng', kind: 'thanh_uy' }, 409],
    ['span outside the document', 'POST', '/api/observations', { indicator: 'x', period: '2025', value: 1, unit: '%', source: { documentId: 'nope', span: [0, 1] } }, 404],
    ['report before assignment', 'POST', '/api/tasks/__TASK__/reports', { kind: 'progress', reportedOn: '2020-01-01', progress: 10 }, 400],
    ['extension asked without a date', 'POST', '/api/tasks/__TASK__/reports', { kind: 'extension_request', reportedOn: '2025-10-01' }, 400],
    ['extension decided with none asked', 'POST', '/api/tasks/__TASK__/reports', { kind: 'extension_decision', reportedOn: '2025-10-01', approved: true, newDeadline: '2026-03-31' }, 409],
    ['report dated after today', 'POST', '/api/tasks/__TASK__/reports', { kind: 'progress', reportedOn: '2099-01-01', progress: 10 }, 400],
    ['not JSON', 'POST', '/api/units', '{"code": ', 400],
    ['unknown route', 'GET', '/api/nothing-here', undefined, 404],
  ];
  it.each(cases)('%s', async (_name, method, path, body, status) => {
    const tasks = await s.api('GET', '/api/tasks?limit=1');
    const realPath = path.replace('__TASK__', tasks.body.items[0].id);
    const before = await snapshot();
    const r = await s.api(method, realPath, body);
    expect(r.status).toBe(status);
    expect(Object.keys(r.body.error).sort()).toEqual(['code', 'details', 'message']);
    expect(r.body.error.message).toMatch(/\S/);
    expect(await snapshot()).toBe(before);
  });

  it('refuses a 10 MB body with 413', async () => {
    const before = await snapshot();
    const r = await s.api('POST', '/api/documents', { kind: 'bao_cao', issuedOn: '2025-01-01', title: 'x', text: 'a'.repeat(10 * 1024 * 1024) });
    expect(r.status).toBe(413);
    expect(r.body.error.code).toBe('too_large');
    expect(await snapshot()).toBe(before);
  });
});

describe('units', () => {
  it('an update leaves out what it does not name (renaming keeps the parent)', async () => {
    const child = await s.api('POST', '/api/units', { code: 'PX1', name: 'Phường 1', kind: 'phuong', parentId: unitB });
    const r = await s.api('PATCH', `/api/units/${child.body.id}`, { name: 'Phường Một' });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ name: 'Phường Một', parentId: unitB, kind: 'phuong' });
  });

  it('refuses to put a unit under its own descendant', async () => {
    const r = await s.api('PATCH', `/api/units/${unitA}`, { parentId: unitB });
    expect(r.status).toBe(409);
  });
});

describe('filters the pages need', () => {
  it('lists the targets and figures of one document, and the tasks of one target', async () => {
    const t = await s.api('POST', '/api/targets', { indicator: 'waste.collection_pct', label: 'Thu gom rác', unit: '%', group: 'kinh_te_xa_hoi', value: 95, period: '2030', measure: 'share', source: { documentId: docId, span: [0, 10], quote: null } });
    expect((await s.api('GET', `/api/targets?documentId=${docId}`)).body.items.map((x: { id: string }) => x.id)).toEqual([t.body.id]);
    expect((await s.api('GET', `/api/observations?documentId=${docId}`)).body.items.every((o: { source: { documentId: string } }) => o.source.documentId === docId)).toBe(true);
    const task = await s.api('POST', '/api/tasks', { title: 'Xây nhà máy xử lý rác', assignedOn: '2025-01-01', targetIds: [t.body.id] });
    const linked = await s.api('GET', `/api/tasks?targetId=${t.body.id}`);
    expect(linked.body.items.map((x: { id: string }) => x.id)).toEqual([task.body.id]);
  });

  it('counts the audit trail for paging', async () => {
    const r = await s.api('GET', '/api/audit?limit=2');
    expect(r.body.items).toHaveLength(2);
    expect(r.body.total).toBeGreaterThan(2);
  });
});

describe('indicators', () => {
  it('lists the lexicon with its Vietnamese wording', async () => {
    const r = await s.api('GET', '/api/indicators');
    const grdp = r.body.items.find((i: { key: string }) => i.key === 'grdp.growth');
    expect(grdp).toMatchObject({ unit: '%', measure: 'growth', label: 'tăng trưởng GRDP' });
  });
});

describe('the public summary', () => {
  it('shows public targets only, to anyone', async () => {
    await s.api('POST', '/api/targets', { indicator: 'hdi', label: 'Chỉ số HDI', unit: 'index', group: 'kinh_te_xa_hoi', value: 0.8, period: '2030', measure: 'level', visibility: 'public' });
    await s.api('POST', '/api/targets', { indicator: 'party.new_orgs', label: 'Tổ chức đảng mới (nội bộ)', unit: 'count', group: 'xay_dung_dang', value: 200, period: '2030', measure: 'cumulative' });
    const r = await fetch(`${s.url}/api/public/summary`);
    const body = (await r.json()) as { targets: { items: { label: string }[] } };
    expect(r.status).toBe(200);
    expect(body.targets.items.map((t) => t.label)).toEqual(['Chỉ số HDI']);
  });
});

describe('the summary follows new figures', () => {
  it('recomputes a target\'s status when a figure is added (no stale cache)', async () => {
    const achieved = async () => (await s.api('GET', '/api/summary?asOf=2026-01-15')).body.targets.counts.achieved as number;
    const target = async () => (await s.api('GET', '/api/targets?asOf=2026-01-15')).body.items.find((t: { label: string }) => t.label === 'Tăng trưởng GRDP năm 2025').status as string;
    expect(await target()).not.toBe('achieved');
    const before = await achieved();
    expect(await achieved()).toBe(before);
    const o = await s.api('POST', '/api/observations', { indicator: 'grdp.growth', period: '2025', value: 12.6, unit: '%', standing: 'official' });
    expect(o.status).toBe(201);
    expect(await target()).toBe('achieved');
    expect(await achieved()).toBe(before + 1);
  });
});

describe('as of a day, every view gives one answer', () => {
  // A task due 28/02/2025 whose extension (to 30/06/2025) is approved on 01/05/2025: on 15/04 it was
  // overdue, whatever was decided later.
  it('the list, its filters, the summary and the detail agree before and after a later extension', async () => {
    const unit = await s.api('POST', '/api/units', { code: 'SOXD', name: 'Sở Xây dựng', kind: 'so_nganh' });
    expect(unit.status).toBe(201);
    const t = await s.api('POST', '/api/tasks', {
      title: 'Trình phương án nhà ở xã hội', leadUnitId: unit.body.id, coUnitIds: [], assignedOn: '2025-01-06', deadline: '2025-02-28',
    });
    expect(t.status).toBe(201);
    const id = t.body.id as string;
    expect((await s.api('POST', `/api/tasks/${id}/reports`, { kind: 'extension_request', reportedOn: '2025-04-20', newDeadline: '2025-06-30' })).status).toBe(201);
    const ext = await s.api('POST', `/api/tasks/${id}/reports`, { kind: 'extension_decision', reportedOn: '2025-05-01', approved: true, newDeadline: '2025-06-30' });
    expect(ext.status).toBe(201);

    const views = async (asOf: string) => {
      const detail = (await s.api('GET', `/api/tasks/${id}?asOf=${asOf}`)).body;
      const list = (await s.api('GET', `/api/tasks?asOf=${asOf}&unitId=${unit.body.id}`)).body.items;
      const byStatus = (await s.api('GET', `/api/tasks?asOf=${asOf}&status=${detail.status}&unitId=${unit.body.id}`)).body.total;
      const byDeadline = (await s.api('GET', `/api/tasks?asOf=${asOf}&unitId=${unit.body.id}&deadlineFrom=${detail.state.deadline}&deadlineTo=${detail.state.deadline}`)).body.total;
      const summary = (await s.api('GET', `/api/summary?asOf=${asOf}&unitId=${unit.body.id}`)).body.tasks;
      return { detail, list, byStatus, byDeadline, summary };
    };

    const april = await views('2025-04-15');
    expect(april.detail.status).toBe('in_progress_overdue');
    expect(april.list.map((x: { id: string; status: string }) => [x.id, x.status])).toEqual([[id, 'in_progress_overdue']]);
    // The state shown beside the status is that day's too: the deadline then in force.
    expect(april.detail.state.deadline).toBe('2025-02-28');
    expect(april.list[0].state.deadline).toBe('2025-02-28');
    expect(april.byStatus).toBe(1);
    expect(april.byDeadline).toBe(1);
    expect(april.summary.counts.in_progress_overdue).toBe(1);
    expect(april.summary.overdue.items.map((x: { id: string; deadline: string }) => [x.id, x.deadline])).toEqual([[id, '2025-02-28']]);

    const may = await views('2025-05-02');
    expect(may.detail.status).toBe('in_progress');
    expect(may.detail.state.deadline).toBe('2025-06-30');
    expect(may.list.map((x: { status: string }) => x.status)).toEqual(['in_progress']);
    expect(may.byDeadline).toBe(1);
    expect(may.summary.counts.in_progress).toBe(1);

    const june = await views('2025-06-25');
    expect([june.detail.status, ...june.list.map((x: { status: string }) => x.status)]).toEqual(['due_soon', 'due_soon']);
    expect(june.summary.dueSoon.items.map((x: { id: string }) => x.id)).toEqual([id]);
  });
});
