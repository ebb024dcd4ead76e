// The reporting cycle over HTTP: open a period, a unit drafts and submits, the secretariat returns and
// accepts; accepted figures lock; the Excel round trip with good and bad files.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from './support/server.ts';

let s: TestServer;
let officer: Client;
let otherOfficer: Client;
const ids: Record<string, string> = {} as Record<string, string>;
const base = () => `/api/reporting-periods/${ids.period}/units/${ids.A}`;

beforeAll(async () => {
  s = await startTestServer();
  ids.root = (await s.api('POST', '/api/units', { code: 'TU', name: 'Thành ủy', kind: 'thanh_uy' })).body.id;
  ids.A = (await s.api('POST', '/api/units', { code: 'SCT', name: 'Sở Công Thương', kind: 'so_nganh', parentId: ids.root })).body.id;
  ids.B = (await s.api('POST', '/api/units', { code: 'SXD', name: 'Sở Xây dựng', kind: 'so_nganh', parentId: ids.root })).body.id;
  ids.target = (await s.api('POST', '/api/targets', { indicator: 'export.turnover', label: 'Kim ngạch xuất khẩu', unit: 'USD', group: 'kinh_te_xa_hoi', value: 40e9, period: '2025', measure: 'level', ownerUnitId: ids.A })).body.id;
  ids.task = (await s.api('POST', '/api/tasks', { title: 'Đề án phát triển logistics', leadUnitId: ids.A, assignedOn: '2025-07-01', deadline: '2025-09-30' })).body.id;
  ids.taskB = (await s.api('POST', '/api/tasks', { title: 'Quy hoạch nhà ở xã hội', leadUnitId: ids.B, assignedOn: '2025-07-01', deadline: '2025-09-30' })).body.id;
  officer = await s.userClient('canbo-sct', ['officer'], ids.A!);
  otherOfficer = await s.userClient('canbo-sxd', ['officer'], ids.B!);
  const p = await s.api('POST', '/api/reporting-periods', { period: '2025-Q3', dueOn: '2099-10-05', title: 'Báo cáo quý III/2025' });
  expect(p.status).toBe(201);
  ids.period = p.body.id;
});
afterAll(async () => s?.close());

const observations = async () => (await s.api('GET', `/api/observations?indicator=export.turnover`)).body.items as { value: number; period: string; unitId: string }[];

describe('a unit\'s report for a quarter', () => {
  it('shows the unit what it must report', async () => {
    const r = await officer.api('GET', base());
    expect(r.status).toBe(200);
    expect(r.body.due.targets.map((t: { id: string }) => t.id)).toEqual([ids.target]);
    expect(r.body.due.tasks.map((t: { id: string }) => t.id)).toEqual([ids.task]);
    expect(r.body.submission).toBeNull();
  });

  it('keeps another unit\'s officer out (404) and lists only their own unit', async () => {
    expect((await otherOfficer.api('GET', base())).status).toBe(404);
    expect((await otherOfficer.api('PUT', base(), { figures: [] })).status).toBe(404);
    const overview = await otherOfficer.api('GET', `/api/reporting-periods/${ids.period}`);
    expect(overview.body.units.map((u: { unitId: string }) => u.unitId)).toEqual([ids.B]);
  });

  it('drafts, submits on time, is returned with a reason, resubmits and is accepted', async () => {
    const bad = await officer.api('PUT', base(), { figures: [{ targetId: ids.target, value: 1 }], tasks: [{ taskId: ids.taskB, progress: 50 }] });
    expect(bad.status).toBe(400);
    const d = await officer.api('PUT', base(), { figures: [{ targetId: ids.target, value: 31.5e9, standing: 'estimate' }], tasks: [{ taskId: ids.task, progress: 60, note: 'Đang lấy ý kiến' }] });
    expect(d.status, JSON.stringify(d.body)).toBe(200);
    expect(d.body.status).toBe('draft');
    expect((await officer.api('POST', `${base()}/accept`)).status).toBe(403);
    expect((await officer.api('POST', `${base()}/submit`)).body.status).toBe('submitted');
    expect((await officer.api('PUT', base(), { figures: [] })).status).toBe(409);
    expect((await s.api('POST', `${base()}/return`, { reason: '' })).status).toBe(400);
    const ret = await s.api('POST', `${base()}/return`, { reason: 'Thiếu số liệu chính thức' });
    expect(ret.body).toMatchObject({ status: 'returned', returnReason: 'Thiếu số liệu chính thức' });
    await officer.api('PUT', base(), { figures: [{ targetId: ids.target, value: 32e9, standing: 'official' }], tasks: [{ taskId: ids.task, progress: 80 }] });
    await officer.api('POST', `${base()}/submit`);
    const overview = await s.api('GET', `/api/reporting-periods/${ids.period}`);
    const row = overview.body.units.find((u: { unitId: string }) => u.unitId === ids.A);
    expect(row).toMatchObject({ status: 'submitted', timeliness: 'on_time' });
    expect(overview.body.reminders.map((u: { unitId: string }) => u.unitId)).toEqual([ids.B]);
    expect((await s.api('POST', `${base()}/accept`)).body.status).toBe('accepted');
    const obs = await observations();
    expect(obs).toEqual([expect.objectContaining({ value: 32e9, period: '2025-Q3', unitId: ids.A })]);
    const task = await s.api('GET', `/api/tasks/${ids.task}`);
    expect(task.body.state.progress).toBe(80);
  });

  it('locks the accepted figures until the secretariat reopens, and a re-acceptance replaces them', async () => {
    const extra = { indicator: 'export.turnover', period: '2025-Q3', value: 1, unit: 'USD', unitId: ids.A };
    const locked = await officer.api('POST', '/api/observations', extra);
    expect(locked.status).toBe(409);
    expect((await officer.api('POST', `${base()}/reopen`)).status).toBe(403);
    expect((await s.api('POST', `${base()}/reopen`)).body.status).toBe('draft');
    await officer.api('PUT', base(), { figures: [{ targetId: ids.target, value: 33e9, standing: 'official' }], tasks: [] });
    await officer.api('POST', `${base()}/submit`);
    await s.api('POST', `${base()}/accept`);
    expect((await observations()).map((o) => o.value)).toEqual([33e9]);
    const trail = await s.api('GET', '/api/audit?objectType=submission&limit=50');
    expect(trail.body.items.map((e: { action: string }) => e.action)).toContain('reopen');
  });
});

describe('the Excel round trip', () => {
  let periodId: string;
  const sheetPath = (unit: string) => `/api/reporting-periods/${periodId}/units/${unit}/sheet`;

  async function download(c: Client, unit: string) {
    const res = await fetch(s.url + sheetPath(unit), { headers: { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="[\w.-]+"; filename\*=UTF-8''/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    return wb;
  }

  async function upload(c: Client, unit: string, wb: ExcelJS.Workbook) {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(await wb.xlsx.writeBuffer())]), 'bao-cao.xlsx');
    const res = await fetch(s.url + sheetPath(unit), {
      method: 'POST', body: form,
      headers: { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'x-csrf-token': c.cookies.get('hd_csrf')! },
    });
    return { status: res.status, body: (await res.json()) as any };
  }

  const draft = async () => (await officer.api('GET', `/api/reporting-periods/${periodId}/units/${ids.A}`)).body.submission;

  beforeAll(async () => {
    periodId = (await s.api('POST', '/api/reporting-periods', { period: '2025-Q4', dueOn: '2099-01-05', title: 'Báo cáo quý IV/2025' })).body.id;
  });

  it('takes a correctly filled sheet into the draft', async () => {
    const wb = await download(officer, ids.A!);
    const targets = wb.getWorksheet('Chỉ tiêu')!;
    expect(targets.getRow(2).getCell(1).value).toBe(ids.target);
    expect(targets.getRow(2).getCell(4).value).toBe('≥ 40 tỷ');
    targets.getRow(2).getCell(5).value = 41.2e9;
    targets.getRow(2).getCell(6).value = 'Chính thức';
    const tasks = wb.getWorksheet('Nhiệm vụ')!;
    tasks.getRow(2).getCell(4).value = 100;
    tasks.getRow(2).getCell(5).value = new Date('2025-10-20T00:00:00Z');
    const r = await upload(officer, ids.A!, wb);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.figures).toEqual([{ targetId: ids.target, value: 41.2e9, standing: 'official', note: '' }]);
    expect(r.body.tasks).toEqual([expect.objectContaining({ taskId: ids.task, progress: 100, completedOn: '2025-10-20' })]);
  });

  it('refuses a wrong type in one cell, naming the row and column, and changes nothing', async () => {
    const before = await draft();
    const wb = await download(officer, ids.A!);
    wb.getWorksheet('Chỉ tiêu')!.getRow(2).getCell(5).value = 'khoảng bốn mươi tỷ';
    const r = await upload(officer, ids.A!, wb);
    expect(r.status).toBe(400);
    expect(r.body.error.message).toMatch(/^Chỉ tiêu, dòng 2, cột Thực hiện kỳ này:/);
    expect(await draft()).toEqual(before);
  });

  it("checks the cells with the API's own schema: one rule, two doors, the sheet's words naming its column", async () => {
    const before = await draft();
    const upload2 = async (c: Client, wb: ExcelJS.Workbook, lang?: string) => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(await wb.xlsx.writeBuffer())]), 'bao-cao.xlsx');
      const res = await fetch(s.url + sheetPath(ids.A!), {
        method: 'POST', body: form,
        headers: { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'x-csrf-token': c.cookies.get('hd_csrf')!, ...(lang ? { 'accept-language': lang } : {}) },
      });
      return { status: res.status, body: (await res.json()) as any };
    };
    // Progress 150: the API's TaskLine says 0–100, in the same words at both doors.
    const wb = await download(officer, ids.A!);
    wb.getWorksheet('Nhiệm vụ')!.getRow(2).getCell(4).value = 150;
    const sheet = await upload2(officer, wb);
    expect(sheet.status).toBe(400);
    expect(sheet.body.error.message).toBe('Nhiệm vụ, dòng 2, cột Tiến độ (%): số nguyên từ 0 đến 100');
    expect(sheet.body.error.details.problems).toEqual([{ sheet: 'Nhiệm vụ', row: 2, column: 'Tiến độ (%)', message: 'số nguyên từ 0 đến 100' }]);
    expect(sheet.body.error.message).not.toMatch(/progress/u);
    expect((await upload2(officer, wb, 'en')).body.error.message).toBe('Nhiệm vụ, row 2, column Tiến độ (%): a whole number from 0 to 100');
    const api = await officer.api('PUT', `/api/reporting-periods/${periodId}/units/${ids.A}`, { tasks: [{ taskId: ids.task, progress: 150 }] });
    expect(api.status).toBe(400);
    expect(api.body.error.message).toBe('nhiệm vụ.0.progress: số nguyên từ 0 đến 100');
    // A completion day the API refuses (before 2000) is refused in the sheet by the same rule, at its heading.
    const old = await download(officer, ids.A!);
    old.getWorksheet('Nhiệm vụ')!.getRow(2).getCell(5).value = '20/8/1999';
    const day = await upload2(officer, old);
    expect(day.body.error.message).toBe('Nhiệm vụ, dòng 2, cột Ngày hoàn thành: cần một ngày từ năm 2000 đến năm 2100');
    const apiDay = await officer.api('PUT', `/api/reporting-periods/${periodId}/units/${ids.A}`, { tasks: [{ taskId: ids.task, completedOn: '1999-08-20' }] });
    expect(apiDay.body.error.message).toMatch(/: cần một ngày từ năm 2000 đến năm 2100$/u);
    // A note past the API's 2,000 characters, at the note's heading.
    const long = await download(officer, ids.A!);
    long.getWorksheet('Chỉ tiêu')!.getRow(2).getCell(7).value = 'x'.repeat(2001);
    expect((await upload2(officer, long)).body.error.message).toBe('Chỉ tiêu, dòng 2, cột Ghi chú: tối đa 2000 ký tự');
    expect(await draft()).toEqual(before);
  });

  it('refuses the file of another unit', async () => {
    const before = await draft();
    const wb = await download(s, ids.B!);
    const r = await upload(officer, ids.A!, wb);
    expect(r.status).toBe(400);
    expect(r.body.error.message).toMatch(/đơn vị hoặc kỳ khác/);
    expect(await draft()).toEqual(before);
  });

  it('refuses extra rows', async () => {
    const before = await draft();
    const wb = await download(officer, ids.A!);
    wb.getWorksheet('Nhiệm vụ')!.getRow(3).values = ['nv-moi', 'Nhiệm vụ tự thêm', null, 50];
    const r = await upload(officer, ids.A!, wb);
    expect(r.status).toBe(400);
    expect(r.body.error.message).toMatch(/^Nhiệm vụ, dòng 3, cột Mã nhiệm vụ: .*không thêm dòng được/);
    expect(await draft()).toEqual(before);
  });
});
