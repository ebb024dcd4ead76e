import { describe, expect, it } from 'vitest';
import { buildProposals, confidenceOf, findRegistered, groupOf, matchUnit } from './proposals.ts';
import { extract } from '../extract/index.ts';
import type { Unit } from '../domain/unit.ts';

const units: Unit[] = [
  { id: 'vp', code: 'VPTU', name: 'Văn phòng Thành ủy', kind: 'van_phong', parentId: null },
  { id: 'tu', code: 'TU', name: 'Thành ủy', kind: 'thanh_uy', parentId: null },
  { id: 'sct', code: 'SCT', name: 'Sở Công Thương', kind: 'so_nganh', parentId: null },
];

describe('matchUnit', () => {
  it.each([
    ['Văn phòng Thành ủy', 'vp'],
    ['van phong thanh uy', 'vp'],
    ['Đảng ủy Sở Công Thương thành phố', 'sct'],
    ['Ban Tổ chức Thành ủy', 'tu'],
    ['Sở Y tế', null],
    [null, null],
  ])('%s → %s', (owner, id) => {
    expect(matchUnit(owner, units)?.id ?? null).toBe(id);
  });
});

describe('groupOf', () => {
  it.each([
    ['party.admission_rate', 'xay_dung_dang'],
    ['gov.friendly_offices_pct', 'xay_dung_dang'],
    ['crime.clearance_pct', 'quoc_phong_an_ninh'],
    ['grdp.growth', 'kinh_te_xa_hoi'],
  ])('%s → %s', (key, group) => expect(groupOf(key)).toBe(group));
});

describe('buildProposals', () => {
  const text =
    'Tăng trưởng GRDP 6 tháng đầu năm 2025 ước đạt 11,28%. Phấn đấu tăng trưởng GRDP cả năm 2025 từ 12,35% trở lên. ' +
    'Giao Văn phòng Thành ủy hoàn thiện Đề án thành lập Khu thương mại tự do trong quý 3/2025.';
  const doc = { id: 'd1', text, issuedOn: '2025-07-12', issuer: 'Ban Thường vụ Thành ủy' };
  const x = extract(text, { documentDate: doc.issuedOn });
  const proposals = buildProposals(doc, x, { units, indicators: new Map([['grdp.growth', { unit: '%', measure: 'growth' }]]), registered: [] });

  it('proposes an observation, a target and a task with their source span', () => {
    const kinds = proposals.map((p) => p.kind).sort();
    expect(kinds).toEqual(['observation', 'target', 'task']);
    for (const p of proposals) {
      expect((p.body.source as { quote: string }).quote).toBe(text.slice(p.span[0], p.span[1]));
    }
  });

  it('fills the target the way a person would register it', () => {
    const t = proposals.find((p) => p.kind === 'target')!;
    expect(t.body).toMatchObject({ indicator: 'grdp.growth', value: 12.35, period: '2025', measure: 'growth', comparator: '>=', group: 'kinh_te_xa_hoi' });
  });

  it('marks an estimate and names the lead unit of a directive', () => {
    expect(proposals.find((p) => p.kind === 'observation')!.body).toMatchObject({ standing: 'estimate', period: '2025-01/2025-06' });
    expect(proposals.find((p) => p.kind === 'task')!.body).toMatchObject({ leadUnitId: 'vp', deadline: '2025-09-30', assignedOn: '2025-07-12' });
  });

  it('says which proposals are already registered from the same span', () => {
    const task = proposals.find((p) => p.kind === 'task')!;
    const again = buildProposals(doc, x, { units, indicators: new Map(), registered: [{ kind: 'task', id: 'T1', span: [task.span[0] + 5, task.span[1] + 9], deadline: '2025-09-30' }] });
    expect(again.find((p) => p.kind === 'task')!.registeredId).toBe('T1');
    expect(again.find((p) => p.kind === 'target')!.registeredId).toBeNull();
  });
});

describe('confidenceOf', () => {
  it.each([
    [[], 0.95],
    [['period: năm lấy theo ngày văn bản'], 0.85],
    [['indicator: chưa xác định chỉ tiêu, hãy chọn'], 0.55],
    [['indicator: x', 'period: văn bản không nêu kỳ, hãy nhập', 'period: năm'], 0.05],
  ])('%j → %s', (warnings, c) => expect(confidenceOf(warnings)).toBe(c));
});

describe('findRegistered', () => {
  const reg = [
    { kind: 'observation' as const, id: 'O1', span: [10, 50] as [number, number], indicator: 'grdp.growth' },
    { kind: 'task' as const, id: 'T1', span: [100, 160] as [number, number], deadline: '2025-08-20' },
  ];
  it.each<[string, 'observation' | 'task' | 'target', [number, number], { indicator?: string; deadline?: string }, string | null]>([
    ['same figure, longer quote', 'observation', [0, 60], { indicator: 'grdp.growth' }, 'O1'],
    ['another figure of the sentence', 'observation', [0, 60], { indicator: 'budget_revenue.total' }, null],
    ['a target is not an observation', 'target', [0, 60], { indicator: 'grdp.growth' }, null],
    ['no overlap', 'observation', [50, 90], { indicator: 'grdp.growth' }, null],
    ['same directive', 'task', [120, 140], { deadline: '2025-08-20' }, 'T1'],
    ['another deadline in the sentence', 'task', [120, 140], { deadline: '2025-08-31' }, null],
  ])('%s', (_n, kind, span, what, id) => expect(findRegistered(reg, kind, span, what)).toBe(id));
});
