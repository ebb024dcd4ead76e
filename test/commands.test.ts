// The defects of "every change through one command", each as it was found: a rule that held on one
// path and not on another, a correction that lost, a date that lied. Each case failed before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startTestServer, type Client, type TestServer } from './support/server.ts';
import { todayInVietnam, addDays } from '../src/domain/calendar.ts';

let s: TestServer;
const ids: Record<string, string> = {};
let officer: Client;
const today = todayInVietnam();

/** Row counts and the audit head: any write shows here. */
async function fingerprint() {
  const r = await sql<{ f: string }>`SELECT concat_ws('|',
    (SELECT count(*) FROM observations), (SELECT count(*) FROM observations WHERE superseded_by IS NOT NULL OR withdrawn_at IS NOT NULL),
    (SELECT count(*) FROM task_reports), (SELECT count(*) FROM proposals WHERE status <> 'pending'), (SELECT max(seq) FROM audit_log)) AS f`.execute(s.handle.db);
  return r.rows[0]!.f;
}

beforeAll(async () => {
  s = await startTestServer();
  ids.root = (await s.api('POST', '/api/units', { code: 'TP', name: 'Thành phố', kind: 'thanh_uy' })).body.id;
  ids.so = (await s.api('POST', '/api/units', { code: 'SXD', name: 'Sở Xây dựng', kind: 'so_nganh', parentId: ids.root })).body.id;
  officer = await s.userClient('canbo.sxd', ['officer'], ids.so!);
});
afterAll(async () => s?.close());

describe('the period lock holds on every path', () => {
  it('a proposal accepted into a locked period answers 409 and writes nothing, as a figure entered by hand does', async () => {
    const target = await s.api('POST', '/api/targets', { indicator: 'housing.social_units', label: 'Nhà ở xã hội', unit: 'căn', group: 'kinh_te_xa_hoi', value: 5000, period: '2025', measure: 'cumulative', ownerUnitId: ids.so });
    expect(target.status).toBe(201);
    const rp = (await s.api('POST', '/api/reporting-periods', { period: '2025-Q3', dueOn: '2025-10-05', title: 'Quý III/2025' })).body.id;
    const unitReport = `/api/reporting-periods/${rp}/units/${ids.so}`;
    expect((await s.api('PUT', unitReport, { figures: [{ targetId: target.body.id, value: 1200, standing: 'official' }] })).status).toBe(200);
    expect((await s.api('POST', `${unitReport}/submit`)).status).toBe(200);
    expect((await s.api('POST', `${unitReport}/accept`)).status).toBe(200);

    const byHand = await s.api('POST', '/api/observations', { indicator: 'housing.social_units', period: '2025-Q3', value: 9999, unit: 'căn', unitId: ids.so });
    expect(byHand.status).toBe(409);

    const doc = await s.api('POST', '/api/documents', {
      kind: 'bao_cao', issuedOn: '2025-10-10', title: 'Báo cáo quý III', text: 'Quý III/2025, tỷ lệ giải ngân vốn đầu tư công đạt 61,5%.',
    });
    const proposals = (await s.api('GET', `/api/documents/${doc.body.id}/proposals`)).body.items as { id: string; kind: string }[];
    const figure = proposals.find((p) => p.kind === 'observation');
    expect(figure).toBeTruthy();
    const before = await fingerprint();
    const edits = { indicator: 'housing.social_units', unit: 'căn', unitId: ids.so, period: '2025-Q3', value: 9999 };
    const one = await s.api('POST', `/api/proposals/${figure!.id}/accept`, { body: edits });
    expect(one.status, JSON.stringify(one.body)).toBe(409);
    expect(one.body.error.details).toMatchObject({ reason: 'locked' });
    const many = await s.api('POST', `/api/documents/${doc.body.id}/proposals/accept`, { items: [{ id: figure!.id, body: edits }] });
    expect(many.status).toBe(409);
    expect(await fingerprint()).toBe(before);
  });
});

describe('figures can be corrected and withdrawn, and the correction counts', () => {
  const indicator = 'economy.grdp_growth';
  const target = () => s.api('POST', '/api/targets', { indicator, label: 'Tăng trưởng GRDP', unit: '%', group: 'kinh_te_xa_hoi', value: 12.35, period: '2025', measure: 'growth' });

  it('of two official figures for a period, the one entered last counts, whatever their ids', async () => {
    const t = (await target()).body.id;
    // Repeated: with random ids, "the larger id wins" passes by chance half of the time.
    for (let i = 0; i < 6; i++) {
      expect((await s.api('POST', '/api/observations', { indicator, period: '2025', value: -3, unit: '%', standing: 'official' })).status).toBe(201);
      expect((await s.api('POST', '/api/observations', { indicator, period: '2025', value: 11.81 + i, unit: '%', standing: 'official' })).status).toBe(201);
      const r = await s.api('GET', `/api/targets/${t}?asOf=2026-02-01`);
      expect(r.body.latest.value).toBe(11.81 + i);
    }
  });

  it('a correction replaces the figure; the old one is kept in its history with who, when and why', async () => {
    const wrong = await s.api('POST', '/api/observations', { indicator: 'economy.budget_revenue', period: '2025-H1', value: -3, unit: 'tỷ đồng' });
    const fixed = await s.api('POST', `/api/observations/${wrong.body.id}/correct`, { value: 11.81, reason: 'Gõ nhầm dấu' });
    expect(fixed.status).toBe(201);
    expect(fixed.body).toMatchObject({ value: 11.81, standing: wrong.body.standing });
    const standing = (await s.api('GET', '/api/observations?indicator=economy.budget_revenue')).body.items;
    expect(standing.map((o: { value: number }) => o.value)).toEqual([11.81]);
    const history = (await s.api('GET', `/api/observations/${fixed.body.id}/history`)).body.items;
    expect(history).toMatchObject([
      { id: wrong.body.id, value: -3, supersededBy: fixed.body.id },
      { id: fixed.body.id, value: 11.81, correctsId: wrong.body.id, reason: 'Gõ nhầm dấu', enteredBy: expect.any(String) },
    ]);
    // The corrected figure cannot be corrected again: only the standing one.
    expect((await s.api('POST', `/api/observations/${wrong.body.id}/correct`, { value: 1, reason: 'lại' })).status).toBe(409);
    expect((await s.api('POST', `/api/observations/${fixed.body.id}/correct`, { value: 1, reason: '' })).status).toBe(400);
  });

  it('a withdrawn figure stops counting and keeps its reason', async () => {
    const o = await s.api('POST', '/api/observations', { indicator: 'economy.fdi', period: '2025-Q2', value: 5, unit: 'tỷ USD' });
    expect((await s.api('POST', `/api/observations/${o.body.id}/withdraw`, { reason: '   ' })).status).toBe(400);
    const w = await s.api('POST', `/api/observations/${o.body.id}/withdraw`, { reason: 'Số của dự án, không phải của thành phố' });
    expect(w.status).toBe(200);
    expect((await s.api('GET', '/api/observations?indicator=economy.fdi')).body.total).toBe(0);
    const h = (await s.api('GET', `/api/observations/${o.body.id}/history`)).body.items;
    expect(h[0].withdrawn).toMatchObject({ reason: 'Số của dự án, không phải của thành phố' });
    expect((await s.api('POST', `/api/observations/${o.body.id}/withdraw`, { reason: 'lại' })).status).toBe(409);
  });

  it('a correction into a locked period is refused like any figure', async () => {
    const o = (await s.api('GET', `/api/observations?indicator=housing.social_units&unitId=${ids.so}`)).body.items[0];
    expect(o.period).toBe('2025-Q3');
    const before = await fingerprint();
    expect((await s.api('POST', `/api/observations/${o.id}/correct`, { value: 1300, reason: 'Số chính thức' })).status).toBe(409);
    expect((await s.api('POST', `/api/observations/${o.id}/withdraw`, { reason: 'Sai' })).status).toBe(409);
    expect(await fingerprint()).toBe(before);
  });
});

describe('dates tell the truth', () => {
  let task: string;
  beforeAll(async () => {
    const assigned = addDays(today, -200);
    task = (await s.api('POST', '/api/tasks', { title: 'Hoàn thiện Đề án nhà ở xã hội', leadUnitId: ids.so, assignedOn: assigned, deadline: addDays(today, -30) })).body.id;
  });

  it('a unit cannot date its completion back to before the deadline; it reports today', async () => {
    const before = await fingerprint();
    const back = await officer.api('POST', `/api/tasks/${task}/reports`, { kind: 'complete', reportedOn: addDays(today, -60) });
    expect(back.status).toBe(400);
    expect(back.body.error.details).toMatchObject({ field: 'reportedOn' });
    expect(await fingerprint()).toBe(before);
  });

  it('nobody reports for a day after today', async () => {
    const r = await s.api('POST', `/api/tasks/${task}/reports`, { kind: 'progress', reportedOn: '2099-01-01', progress: 50 });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toMatch(/sau hôm nay/);
  });

  it('the secretariat may record an earlier day, never before the last report', async () => {
    expect((await s.api('POST', `/api/tasks/${task}/reports`, { kind: 'progress', reportedOn: addDays(today, -10), progress: 60 })).status).toBe(201);
    const r = await s.api('POST', `/api/tasks/${task}/reports`, { kind: 'progress', reportedOn: addDays(today, -20), progress: 70 });
    expect(r.status).toBe(400);
    expect(r.body.error.details).toMatchObject({ field: 'reportedOn' });
  });

  it('a unit\'s completion waits for acceptance, then counts late from the day it was reported', async () => {
    const done = await officer.api('POST', `/api/tasks/${task}/reports`, { kind: 'complete', text: 'Đã trình UBND thành phố' });
    expect(done.status, JSON.stringify(done.body)).toBe(201);
    expect(done.body.task).toMatchObject({ status: 'in_progress_overdue', evaluation: { awaitingAcceptanceSince: today, completedOn: null } });
    // The unit cannot accept its own work.
    expect((await officer.api('POST', `/api/tasks/${task}/reports`, { kind: 'accept' })).status).toBe(403);
    const ok = await s.api('POST', `/api/tasks/${task}/reports`, { kind: 'accept' });
    expect(ok.status).toBe(201);
    expect(ok.body.task).toMatchObject({ status: 'done_late', evaluation: { completedOn: today, awaitingAcceptanceSince: null } });
    const list = await s.api('GET', `/api/tasks?status=done_late&unitId=${ids.so}`);
    expect(list.body.items.map((t: { id: string }) => t.id)).toContain(task);
  });
});

describe('parallel requests decide one at a time', () => {
  it('a double-clicked report, a report racing its own acceptance: one state, no 500', async () => {
    const t = (await s.api('POST', '/api/tasks', { title: 'Báo cáo song song', leadUnitId: ids.so, assignedOn: addDays(today, -5), deadline: addDays(today, 30) })).body.id;
    const twice = await Promise.all([0, 1, 2, 3].map(() => officer.api('POST', `/api/tasks/${t}/reports`, { kind: 'complete' })));
    expect(twice.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
    const decide = await Promise.all([
      s.api('POST', `/api/tasks/${t}/reports`, { kind: 'accept' }),
      s.api('POST', `/api/tasks/${t}/reports`, { kind: 'return', text: 'Thiếu phụ lục' }),
    ]);
    // Both may succeed only in the order accept → return; never a 500.
    expect(decide.every((r) => r.status === 201 || r.status === 409)).toBe(true);
    const reports = (await s.api('GET', `/api/tasks/${t}/reports`)).body.items.map((r: { kind: string }) => r.kind);
    expect(reports.filter((k: string) => k === 'complete')).toHaveLength(1);
  });

  it('fifty first saves of one unit\'s report at once make one submission, without a deadlock', async () => {
    const rp = (await s.api('POST', '/api/reporting-periods', { period: '2025-Q4', dueOn: '2026-01-05', title: 'Quý IV/2025' })).body.id;
    const r = await Promise.all(Array.from({ length: 50 }, () => officer.api('PUT', `/api/reporting-periods/${rp}/units/${ids.so}`, { figures: [] })));
    expect(r.map((x) => x.status).filter((st) => st !== 200)).toEqual([]);
    const n = await sql<{ n: number }>`SELECT count(*)::int AS n FROM submissions WHERE reporting_period_id = ${rp}`.execute(s.handle.db);
    expect(n.rows[0]!.n).toBe(1);
    const submits = await Promise.all(Array.from({ length: 20 }, () => officer.api('POST', `/api/reporting-periods/${rp}/units/${ids.so}/submit`)));
    expect(submits.filter((x) => x.status === 200)).toHaveLength(1);
    expect(submits.filter((x) => x.status !== 200 && x.status !== 409)).toEqual([]);
    const both = await Promise.all([
      s.api('POST', `/api/reporting-periods/${rp}/units/${ids.so}/accept`),
      s.api('POST', `/api/reporting-periods/${rp}/units/${ids.so}/return`, { reason: 'Thiếu số liệu' }),
    ]);
    expect(both.map((x) => x.status).sort()).toEqual([200, 409]);
  });
});

describe('text and dates at the door', () => {
  it('stores texts in one form (NFC), whatever the keyboard sent', async () => {
    const nfd = 'Ban Tuyên giáo Thành ủy'.normalize('NFD');
    const r = await s.api('POST', '/api/units', { code: 'BTG', name: nfd, kind: 'ban_dang', parentId: ids.root });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.name).toBe('Ban Tuyên giáo Thành ủy'.normalize('NFC'));
  });

  it.each([
    ['a bidi override', 'SXD\u202Egnp'],
    ['a zero-width space', 'S\u200BXD'],
    ['a control character', 'SX\u0007D'],
  ])('refuses a unit code with %s', async (_name, code) => {
    const before = await fingerprint();
    const r = await s.api('POST', '/api/units', { code, name: 'Giả', kind: 'so_nganh' });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toMatch(/^mã:/);
    expect(await fingerprint()).toBe(before);
  });

  it.each(['1900-01-01', '2999-12-31'])('refuses a deadline on %s', async (day) => {
    const r = await s.api('POST', '/api/tasks', { title: 'Ngày gõ nhầm', assignedOn: '2025-01-01', deadline: day });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toMatch(/^thời hạn:/);
  });
});

describe('follow-up (đôn đốc) that does something', () => {
  it('reminds the units still missing, once a day each; the unit sees it on its report', async () => {
    const rp = (await s.api('POST', '/api/reporting-periods', { period: '2026-Q3', dueOn: '2026-10-05', title: 'Quý III/2026' })).body.id;
    // Sở Xây dựng leads tasks, so its report is expected.
    const before = (await s.api('GET', `/api/reporting-periods/${rp}`)).body;
    const missing = before.reminders.map((u: { unitId: string }) => u.unitId);
    expect(missing).toContain(ids.so);
    expect((await officer.api('POST', `/api/reporting-periods/${rp}/remind`, {})).status).toBe(403);
    const sent = await s.api('POST', `/api/reporting-periods/${rp}/remind`, { note: 'Đề nghị gửi trước ngày 05/10' });
    expect(sent.status).toBe(200);
    expect(sent.body.reminded.sort()).toEqual([...missing].sort());
    // A second click the same day reminds nobody again.
    expect((await s.api('POST', `/api/reporting-periods/${rp}/remind`, {})).body.total).toBe(0);
    const after = (await s.api('GET', `/api/reporting-periods/${rp}`)).body;
    expect(after.units.find((u: { unitId: string }) => u.unitId === ids.so)).toMatchObject({ remindedOn: today, reminders: 1 });
    expect((await officer.api('GET', `/api/reporting-periods/${rp}/units/${ids.so}`)).body.remindedOn).toBe(today);
    const audit = (await s.api('GET', `/api/audit?objectType=reporting_period&objectId=${rp}`)).body.items;
    expect(audit.map((a: { action: string }) => a.action)).toContain('remind');
  });
});
