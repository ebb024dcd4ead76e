// Sáp nhập đơn vị through the API: the successor takes tasks (lead and co-unit), targets, figures,
// people and the units below; the merged unit stays, closed, with its history; refusals write nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from './support/server.ts';

let s: TestServer;
let officer: Client;
const id: Record<string, string> = {};

beforeAll(async () => {
  s = await startTestServer();
  const unit = async (code: string, name: string, kind: string, parentId: string | null) =>
    (id[code] = (await s.api('POST', '/api/units', { code, name, kind, parentId })).body.id);
  await unit('TP', 'Thành phố', 'thanh_uy', null);
  await unit('XA', 'Xã An Lão', 'xa', id.TP!);
  await unit('XB', 'Xã An Thắng', 'xa', id.TP!);
  await unit('THON', 'Chi bộ thôn 1', 'dang_bo', id.XA!);
  officer = await s.userClient('canbo.xa', ['officer'], id.XA!);
  id.target = (await s.api('POST', '/api/targets', { indicator: 'poverty.rate', label: 'Tỷ lệ hộ nghèo', unit: '%', group: 'kinh_te_xa_hoi', value: 1, comparator: '<=', period: '2026', measure: 'share', ownerUnitId: id.XA })).body.id;
  id.figure = (await s.api('POST', '/api/observations', { indicator: 'poverty.rate', period: '2025', value: 1.8, unit: '%', unitId: id.XA })).body.id;
  id.led = (await s.api('POST', '/api/tasks', { title: 'Rà soát hộ nghèo', leadUnitId: id.XA, coUnitIds: [id.XB], assignedOn: '2026-01-05', visibility: 'internal' })).body.id;
  id.co = (await s.api('POST', '/api/tasks', { title: 'Làm đường liên xã', leadUnitId: id.XB, coUnitIds: [id.XA], assignedOn: '2026-01-05', visibility: 'internal' })).body.id;
  id.other = (await s.api('POST', '/api/tasks', { title: 'Tuyên truyền', leadUnitId: id.TP, coUnitIds: [id.XA], assignedOn: '2026-01-05', visibility: 'internal' })).body.id;
});
afterAll(async () => s?.close());

describe('merging a unit into its successor', () => {
  it('is refused to a unit officer, into itself and into a unit below it, in Vietnamese, writing nothing', async () => {
    expect((await officer.api('POST', `/api/units/${id.XA}/merge`, { intoId: id.XB })).status).toBe(403);
    const self = await s.api('POST', `/api/units/${id.XA}/merge`, { intoId: id.XA });
    expect(self.status).toBe(409);
    expect(self.body.error.message).toMatch(/không sáp nhập vào chính nó/);
    const below = await s.api('POST', `/api/units/${id.XA}/merge`, { intoId: id.THON });
    expect(below.body.error.details).toMatchObject({ reason: 'successor_below' });
    expect((await s.api('GET', `/api/units/${id.XA}`)).body.mergedInto).toBeNull();
  });

  it('moves tasks, co-units, targets, figures, people and the units below, and closes the unit', async () => {
    const r = await s.api('POST', `/api/units/${id.XA}/merge`, { intoId: id.XB });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.unit).toMatchObject({ id: id.XA, mergedInto: id.XB, name: 'Xã An Lão' });
    expect(r.body.moved).toMatchObject({ tasks: 1, coTasks: 2, targets: 1, figures: 1, users: 1, units: 1 });

    const led = (await s.api('GET', `/api/tasks/${id.led}`)).body;
    expect(led.leadUnitId).toBe(id.XB);
    expect(led.coUnitIds).toEqual([]); // the successor leads it now; it does not co-ordinate with itself
    expect((await s.api('GET', `/api/tasks/${id.co}`)).body.coUnitIds).toEqual([]);
    expect((await s.api('GET', `/api/tasks/${id.other}`)).body.coUnitIds).toEqual([id.XB]);
    expect((await s.api('GET', `/api/targets/${id.target}`)).body.ownerUnitId).toBe(id.XB);
    expect((await s.api('GET', `/api/units/${id.THON}`)).body.parentId).toBe(id.XB);
    const users = (await s.api('GET', '/api/users')).body.items as { login: string; unitId: string }[];
    expect(users.find((u) => u.login === 'canbo.xa')?.unitId).toBe(id.XB);
    const audit = (await s.api('GET', `/api/audit?objectType=unit&objectId=${id.XA}`)).body.items as { action: string }[];
    expect(audit.map((a) => a.action)).toContain('merge_unit');
  });

  it('keeps the closed unit out of new work: no second merger, no rename, nothing new under it', async () => {
    expect((await s.api('POST', `/api/units/${id.XA}/merge`, { intoId: id.TP })).body.error.details).toMatchObject({ reason: 'already_merged' });
    expect((await s.api('PATCH', `/api/units/${id.XA}`, { name: 'Xã mới' })).status).toBe(409);
    expect((await s.api('POST', '/api/units', { code: 'THON2', name: 'Thôn 2', kind: 'dang_bo', parentId: id.XA })).status).toBe(409);
    expect((await s.api('POST', `/api/units/${id.TP}/merge`, { intoId: id.XA })).body.error.details).toMatchObject({ reason: 'successor_closed' });
  });

  it('says in Vietnamese that a code is taken and that a unit cannot move under its own descendant', async () => {
    const taken = await s.api('POST', '/api/units', { code: 'XB', name: 'Trùng mã', kind: 'xa', parentId: id.TP });
    expect(taken.status).toBe(409);
    expect(taken.body.error.message).toMatch(/mã XB đã dùng cho đơn vị Xã An Thắng/);
    const loop = await s.api('PATCH', `/api/units/${id.TP}`, { parentId: id.THON });
    expect(loop.status).toBe(409);
    expect(loop.body.error.message).toMatch(/không thể trực thuộc/);
  });
});
