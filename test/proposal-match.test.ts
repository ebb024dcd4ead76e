// Map to what exists (issue 15): a document's figure names the registered target it belongs to, a
// proposed target the registered one it repeats; a target the reader may not read is never named.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';
import { execute } from '../src/commands/command.ts';
import { registerDocument } from '../src/commands/documents.ts';
import { proposalsWithMatches } from '../src/queries/proposal-match.ts';
import { systemActor, type Principal } from '../src/domain/user.ts';

const TEXT = [
  'BÁO CÁO tình hình kinh tế - xã hội 6 tháng đầu năm 2025',
  'Tốc độ tăng trưởng kinh tế (GRDP) 6 tháng đầu năm 2025 ước đạt 8,2%.',
  'Thu ngân sách nhà nước trên địa bàn 6 tháng đầu năm 2025 ước đạt 9.100 tỷ đồng.',
  'Nhiệm vụ 6 tháng cuối năm: phấn đấu tăng trưởng GRDP năm 2025 đạt 10%.',
].join('\n\n');
const DOC = { kind: 'bao_cao' as const, issuedOn: '2025-07-10', issuer: 'UBND thành phố', title: 'Báo cáo 6 tháng 2025', text: TEXT };
const target = (o: Record<string, unknown>) => ({ group: 'kinh_te_xa_hoi', measure: 'level', ...o });

let s: TestServer;
let items: any[];
const ids: Record<string, string> = {};
let unitA: string;
let unitB: string;

beforeAll(async () => {
  s = await startTestServer();
  unitA = (await s.api('POST', '/api/units', { code: 'SOTC', name: 'Sở Tài chính', kind: 'so_nganh' })).body.id;
  unitB = (await s.api('POST', '/api/units', { code: 'SOXD', name: 'Sở Xây dựng', kind: 'so_nganh' })).body.id;
  for (const [k, body] of Object.entries({
    year: target({ indicator: 'grdp.growth', label: 'Tăng trưởng GRDP năm 2025', unit: '%', value: 10, period: '2025', measure: 'growth' }),
    term: target({ indicator: 'grdp.growth', label: 'Tăng trưởng GRDP bình quân 2021-2025', unit: '%', value: 8, period: '2021/2025', measure: 'growth' }),
    // Two units' shares of the revenue: neither is the target of a figure that names no unit.
    share: target({ indicator: 'budget_revenue.total', label: 'Thu ngân sách giao Sở Tài chính', unit: 'VND', value: 5e12, period: '2025', ownerUnitId: unitA }),
    shareB: target({ indicator: 'budget_revenue.total', label: 'Thu ngân sách giao Sở Xây dựng', unit: 'VND', value: 1e12, period: '2025', ownerUnitId: unitB }),
  })) {
    const r = await s.api('POST', '/api/targets', body);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    ids[k] = r.body.id;
  }
  const doc = await s.api('POST', '/api/documents', DOC);
  expect(doc.status).toBe(201);
  items = (await s.api('GET', `/api/documents/${doc.body.id}/proposals`)).body.items;
  expect(s.violations).toEqual([]);
});
afterAll(async () => s?.close());

const find = (kind: string, indicator: string) => items.find((p) => p.kind === kind && p.payload.indicator === indicator);

describe('a document\'s proposals mapped to the registered targets', () => {
  it('a figure names the target of its year, not the term\'s, with the reasons', () => {
    expect(find('observation', 'grdp.growth').match).toEqual({
      targetId: ids.year, label: 'Tăng trưởng GRDP năm 2025', period: '2025', reasons: ['indicator', 'unit', 'period_within', 'owner'],
    });
  });

  it('a figure naming no unit is not matched to one of several units\' shares', () => {
    const revenue = find('observation', 'budget_revenue.total');
    expect(revenue).toBeDefined();
    expect(revenue.match).toBeUndefined();
  });

  it('a proposed target that repeats a registered one says so, with the value', () => {
    const t = find('target', 'grdp.growth');
    expect(t.duplicateOf).toEqual({ targetId: ids.year, label: 'Tăng trưởng GRDP năm 2025', period: '2025', value: 10, unit: '%', sameValue: true });
    expect(t.match).toBeUndefined();
  });

  it('a proposed target with another value is still a duplicate, of another value', async () => {
    expect((await s.api('PATCH', `/api/targets/${ids.year}`, { version: 1, value: 12 })).status).toBe(200);
    const again = (await s.api('GET', `/api/documents/${items[0].documentId}/proposals`)).body.items;
    const t = again.find((p: any) => p.kind === 'target');
    expect(t.duplicateOf).toMatchObject({ targetId: ids.year, value: 12, sameValue: false });
  });

  it('a decided proposal asks nothing: merged, it names no target', async () => {
    const fig = find('observation', 'grdp.growth');
    expect((await s.api('POST', `/api/proposals/${fig.id}/merge`, { targetId: fig.match.targetId })).status).toBe(200);
    const after = (await s.api('GET', `/api/documents/${fig.documentId}/proposals`)).body.items;
    const merged = after.find((p: any) => p.id === fig.id);
    expect(merged.status).toBe('merged');
    expect(merged.match).toBeUndefined();
    expect(s.violations).toEqual([]);
  });
});

describe('only the targets the reader may read are named', () => {
  let docId: string;
  const reader = (unitId: string): Principal => ({
    id: randomUUID(), login: 'canbo', name: 'Cán bộ', unitId, roles: ['officer'], mustChangePassword: false, disabled: false, scope: new Set([unitId]),
  });

  beforeAll(async () => {
    // A figure of Sở Tài chính's own revenue, as an import would store it.
    docId = randomUUID();
    const text = 'Sở Tài chính: thu ngân sách 6 tháng đầu năm 2025 đạt 2.600 tỷ đồng.';
    await execute(s.handle.db, systemActor('import'), registerDocument, {
      ...DOC, title: 'Báo cáo của Sở Tài chính', text, id: docId,
      proposals: [{
        documentId: docId, kind: 'observation', span: [0, text.length], quote: text, extracted: null, confidence: 0.9, warnings: [],
        payload: { indicator: 'budget_revenue.total', unit: 'VND', period: '2025-01/2025-06', value: 2.6e12, unitId: unitA, standing: 'estimate' },
      }],
    });
  });

  it('the secretariat sees the unit\'s share named', async () => {
    const [p] = (await s.api('GET', `/api/documents/${docId}/proposals`)).body.items;
    expect(p.match?.targetId).toBe(ids.share);
  });

  it('a reader of the unit gets it named; a reader of another unit does not', async () => {
    expect((await proposalsWithMatches(s.handle.db, docId, reader(unitA)))[0]!.match?.targetId).toBe(ids.share);
    const [p] = await proposalsWithMatches(s.handle.db, docId, reader(unitB));
    expect(p!.match).toBeUndefined();
  });

  it('over the API a unit\'s officer is refused the list altogether', async () => {
    const officer = await s.userClient('canbo-xd', ['officer'], unitB);
    const r = await officer.api('GET', `/api/documents/${docId}/proposals`);
    expect(r.status).toBe(403);
    expect(JSON.stringify(r.body)).not.toContain(ids.share);
  });
});
