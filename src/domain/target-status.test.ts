import { describe, expect, it } from 'vitest';
import type { Observation, Standing } from './observation.ts';
import type { Target } from './target.ts';
import { NOT_ACHIEVED_LABEL, targetStatus, trajectoryOf } from './target-status.ts';

const target = (over: Partial<Target> = {}): Target => ({
  id: 'c1', indicator: 'waste.collection_pct', label: 'Tỷ lệ thu gom rác', unit: '%', group: 'kinh_te_xa_hoi',
  direction: 'higher', comparator: '>=', value: 80, max: null, period: '2026/2030', baselineValue: 60,
  baselinePeriod: '2025', measure: 'share', ownerUnitId: null, source: { documentId: null, span: null, quote: null },
  visibility: 'internal', version: 1, ...over,
});

let seq = 0;
const obs = (period: string, value: number, standing: Standing = 'official', indicator = 'waste.collection_pct'): Observation => ({
  id: `o${++seq}`, indicator, period, value, unit: '%', standing, unitId: null,
  source: { documentId: null, span: null, quote: null }, enteredBy: null,
});

const AS_OF = '2031-06-30';

describe('linear path for shares (baseline 60% in 2025 → 80% in 2030; 2027 is 2/5 of the way, expected 68%)', () => {
  it.each([
    [68, 'on_track', 1],
    [67.6, 'on_track', 0.95], // the 0.95 edge is on track
    [67.59, 'at_risk', 0.94875],
    [64.8, 'at_risk', 0.6], // the 0.6 edge is at risk
    [64.7, 'off_track', 0.5875],
    [58, 'off_track', -0.25], // going backwards
    [80, 'achieved', 2.5], // reached early
  ])('2027 at %d%% → %s', (value, status, ratio) => {
    const r = targetStatus(target(), [obs('2027', value)], AS_OF);
    expect(r.status).toBe(status);
    expect(r.expected).toBeCloseTo(68, 9);
    expect(r.ratio).toBeCloseTo(ratio, 9);
    expect(r.final).toBe(false);
  });

  it('a final miss is "Không đạt", with the shortfall in the note', () => {
    const r = targetStatus(target(), [obs('2030', 79)], AS_OF);
    expect(r).toMatchObject({ status: 'off_track', final: true, labelVi: NOT_ACHIEVED_LABEL });
    expect(r.forecast.note).toBe('Hết kỳ: thực hiện 79%, chỉ tiêu 80%');
  });

  it('forecast: the yearly step still needed', () => {
    const r = targetStatus(target(), [obs('2027', 68)], AS_OF);
    expect(r.forecast).toMatchObject({ method: 'linear', remainingYears: 3 });
    expect(r.forecast.requiredRate).toBeCloseTo(4, 9);
    expect(r.forecast.note).toBe('Cần tăng bình quân 4 điểm %/năm trong 3 năm còn lại để đạt 80%');
  });

  it('a target equal to its baseline (duy trì) is measured from zero', () => {
    const t = target({ value: 100, baselineValue: 100 });
    expect(targetStatus(t, [obs('2027', 98)], AS_OF)).toMatchObject({ status: 'on_track', ratio: 0.98 });
    expect(targetStatus(t, [obs('2027', 100)], AS_OF).status).toBe('achieved');
  });

  it('without a baseline the last figure before the period stands in', () => {
    const t = target({ baselineValue: null, baselinePeriod: null });
    const r = targetStatus(t, [obs('2025', 60), obs('2027', 68)], AS_OF);
    expect(r).toMatchObject({ status: 'on_track', ratio: 1 });
  });

  it('leap years do not bend the path (a point date on 29 February)', () => {
    const t = target({ period: '2024', baselinePeriod: '2023', baselineValue: 0, value: 12 });
    expect(targetStatus(t, [obs('2024-02-29', 2)], AS_OF).expected).toBeCloseTo(2, 12);
  });
});

describe('direction lower (poor households 5.000 in 2025 → at most 1.000 in 2030)', () => {
  const t = target({ indicator: 'poor_households.count', unit: 'count', direction: 'lower', comparator: '<=', value: 1000, baselineValue: 5000, measure: 'level' });
  const o = (period: string, value: number) => obs(period, value, 'official', 'poor_households.count');
  it.each([
    [3400, 'on_track'], // on the path
    [4000, 'at_risk'], // 1000 of 1600 expected: 0.625
    [4100, 'off_track'], // 900 of 1600: 0.5625
    [1000, 'achieved'], // <= reached exactly
    [900, 'achieved'],
  ])('2027 at %d → %s', (value, status) => expect(targetStatus(t, [o('2027', value)], AS_OF).status).toBe(status));
  it('linear forecast says how much to cut each year', () => {
    const r = targetStatus(t, [o('2027', 3400)], AS_OF);
    expect(r.forecast.requiredRate).toBeCloseTo(-800, 9);
    expect(r.forecast.note).toMatch(/^Cần giảm bình quân 800\/năm/u);
  });
});

describe('comparators and ranges', () => {
  it('> is strict', () => {
    const t = target({ comparator: '>' });
    expect(targetStatus(t, [obs('2030', 80)], AS_OF)).toMatchObject({ status: 'off_track', final: true });
    expect(targetStatus(t, [obs('2030', 80.01)], AS_OF).status).toBe('achieved');
  });
  it('< is strict for lower', () => {
    const t = target({ direction: 'lower', comparator: '<', value: 2, baselineValue: 4, measure: 'share' });
    expect(targetStatus(t, [obs('2030', 2)], AS_OF).status).toBe('off_track');
    expect(targetStatus(t, [obs('2030', 1.99)], AS_OF).status).toBe('achieved');
  });
  const growth = target({ indicator: 'grdp.growth', measure: 'growth', period: '2026', value: 15.5, max: 16.5, baselineValue: null, baselinePeriod: null });
  const g = (period: string, value: number, standing: Standing = 'official') => obs(period, value, standing, 'grdp.growth');
  it('a range counts as reached at its lower end', () => {
    expect(targetStatus(growth, [g('2026', 15.5)], AS_OF).status).toBe('achieved');
    expect(targetStatus(growth, [g('2026', 15.49)], AS_OF).status).toBe('off_track');
  });
  it('a range with the ends given the other way round', () => {
    expect(targetStatus({ ...growth, value: 16.5, max: 15.5 }, [g('2026', 15.5)], AS_OF).status).toBe('achieved');
  });
  it('for lower-is-better ranges the less demanding end counts (1–1,5% poor households)', () => {
    const t = target({ direction: 'lower', comparator: '<=', value: 1, max: 1.5, baselineValue: 3 });
    expect(targetStatus(t, [obs('2030', 1.4)], AS_OF).status).toBe('achieved');
    expect(targetStatus(t, [obs('2030', 1.6)], AS_OF).status).toBe('off_track');
  });
});

describe('which figures count', () => {
  const t = target({ indicator: 'grdp.growth', measure: 'growth', period: '2025', value: 10, baselineValue: null, baselinePeriod: null });
  const g = (period: string, value: number, standing: Standing = 'official') => obs(period, value, standing, 'grdp.growth');
  it.each([
    ['no figures', [], AS_OF],
    ['only another indicator', [obs('2025', 11)], AS_OF],
    ['only a period ending after asOf', [g('2025', 11)], '2025-12-30'],
    ['only a period outside the target', [g('2024', 11)], AS_OF],
    ['only an unparseable period', [g('2025-Q9', 11)], AS_OF],
  ])('%s → no_data', (_name, list, asOf) => {
    const r = targetStatus(t, list, asOf);
    expect(r).toMatchObject({ status: 'no_data', labelVi: 'Chưa có số liệu', latest: null, ratio: null });
  });
  it('an invalid target period → no_data', () => {
    expect(targetStatus({ ...t, period: 'sometime' }, [g('2025', 11)], AS_OF).status).toBe('no_data');
  });
  it('a quarter counts from its last day', () => {
    expect(targetStatus(t, [g('2025-Q3', 11)], '2025-09-29').status).toBe('no_data');
    expect(targetStatus(t, [g('2025-Q3', 11)], '2025-09-30').status).toBe('on_track');
  });
  it('official supersedes a stale estimate of the same period, whatever the order or code form', () => {
    const list = [g('2025', 9.8, 'official'), g('2025-01/2025-12', 10.2, 'estimate'), g('2025', 10.1, 'preliminary')];
    const r = targetStatus(t, list, AS_OF);
    expect(r.latest?.standing).toBe('official');
    expect(r).toMatchObject({ status: 'off_track', actual: 9.8, final: true });
  });
  it('preliminary beats an estimate', () => {
    expect(targetStatus(t, [g('2025', 10.1, 'preliminary'), g('2025', 9, 'estimate')], AS_OF).actual).toBe(10.1);
  });
  it('the latest period wins, even an estimate over an older official figure', () => {
    const r = targetStatus(t, [g('2025-Q3', 8, 'official'), g('2025', 10.3, 'estimate')], AS_OF);
    expect(r).toMatchObject({ status: 'achieved', actual: 10.3 });
  });
  it('at the same end, the whole year over its last quarter', () => {
    expect(targetStatus(t, [g('2025-Q4', 12), g('2025', 10.5)], AS_OF).actual).toBe(10.5);
  });
});

describe('growth rates', () => {
  const g = (period: string, value: number) => obs(period, value, 'official', 'grdp.growth');
  const year = target({ indicator: 'grdp.growth', measure: 'growth', period: '2025', value: 10, baselineValue: null, baselinePeriod: null });
  it.each([
    ['2025-H1', 10.5, 'on_track'], // meets so far, but not a verdict until the year's figure
    ['2025-01/2025-09', 9.5, 'on_track'], // 0.95
    ['2025-01/2025-09', 9, 'at_risk'], // 0.9
    ['2025-01/2025-09', 5.9, 'off_track'], // 0.59
    ['2025', 10.2, 'achieved'],
    ['2025', 9.9, 'off_track'], // final
  ])('one year: %s at %d%% → %s', (period, value, status) => expect(targetStatus(year, [g(period, value)], AS_OF).status).toBe(status));

  const term = target({ indicator: 'grdp.growth', measure: 'growth', period: '2026/2030', value: 11, baselineValue: null, baselinePeriod: null });
  it('over a term: the geometric average of the years so far, and the rate needed in the years left', () => {
    const r = targetStatus(term, [g('2026', 10), g('2027', 12)], AS_OF);
    const avg = (Math.sqrt(1.1 * 1.12) - 1) * 100;
    expect(r.actual).toBeCloseTo(avg, 9);
    expect(r.status).toBe('on_track');
    expect(r.final).toBe(false);
    expect(r.forecast.remainingYears).toBe(3);
    expect(r.forecast.requiredRate).toBeCloseTo(((1.11 ** 5 / (1.1 * 1.12)) ** (1 / 3) - 1) * 100, 9);
    expect(r.forecast.note).toMatch(/^Cần tăng bình quân 11(,\d+)?%\/năm trong 3 năm còn lại để đạt bình quân 11%\/năm giai đoạn 2026 - 2030$/u);
  });
  it('a to-date figure stands for its year in the average, not in the years done', () => {
    const r = targetStatus(term, [g('2026', 10), g('2027-01/2027-09', 8)], AS_OF);
    expect(r.actual).toBeCloseTo((Math.sqrt(1.1 * 1.08) - 1) * 100, 9);
    expect(r.status).toBe('at_risk');
    expect(r.forecast.remainingYears).toBe(4);
  });
  it('all five years in: a verdict', () => {
    const five = ['2026', '2027', '2028', '2029', '2030'].map((y) => g(y, 11.2));
    expect(targetStatus(term, five, AS_OF)).toMatchObject({ status: 'achieved', final: true });
    const short = ['2026', '2027', '2028', '2029', '2030'].map((y) => g(y, 10.9));
    expect(targetStatus(term, short, AS_OF)).toMatchObject({ status: 'off_track', final: true, labelVi: NOT_ACHIEVED_LABEL });
  });
  it('a lower-is-better decline rate (giảm bình quân 1,5%/năm)', () => {
    const t = { ...year, direction: 'lower' as const, comparator: '<=' as const, value: -1.5 };
    expect(targetStatus(t, [g('2025-H1', -1)], AS_OF)).toMatchObject({ status: 'at_risk' });
    expect(targetStatus(t, [g('2025', -1.6)], AS_OF).status).toBe('achieved');
  });
});

describe('compound path for money levels (GRDP per head 8.000 → 16.000 USD, 2025 → 2030)', () => {
  const t = target({ indicator: 'grdp.per_capita', unit: 'USD/person', measure: 'level', value: 16000, baselineValue: 8000 });
  const o = (value: number) => obs('2027', value, 'official', 'grdp.per_capita');
  it('is chosen for money levels only', () => {
    expect(trajectoryOf(t)).toBe('compound');
    expect(trajectoryOf(target())).toBe('linear');
    expect(trajectoryOf({ ...t, direction: 'lower' })).toBe('linear');
  });
  it('expects 8.000 × 2^(2/5) in 2027', () => {
    const expected = 8000 * 2 ** 0.4;
    const r = targetStatus(t, [o(expected)], AS_OF);
    expect(r).toMatchObject({ status: 'on_track', trajectory: 'compound' });
    expect(r.expected).toBeCloseTo(expected, 6);
    expect(r.forecast.method).toBe('compound');
    expect(r.forecast.requiredRate).toBeCloseTo((2 ** (1 / 5) - 1) * 100, 9);
  });
  it('the linear override expects more', () => {
    const r = targetStatus(t, [o(8000 * 2 ** 0.4)], AS_OF, { trajectory: 'linear' });
    expect(r.expected).toBeCloseTo(11200, 9);
    expect(r.status).toBe('at_risk');
  });
});

describe('cumulative counts (FDI 20 over 2026–2030)', () => {
  const t = target({ indicator: 'fdi.registered', unit: 'tỷ USD', measure: 'cumulative', value: 20, baselineValue: 3, baselinePeriod: '2025' });
  const o = (period: string, value: number) => obs(period, value, 'official', 'fdi.registered');
  it('sums the figures end to end from the start, without counting a month twice', () => {
    const r = targetStatus(t, [o('2026', 4), o('2026-Q1', 1), o('2027-H1', 2)], AS_OF);
    expect(r.actual).toBe(6);
    expect(r.expected).toBeCloseTo(6, 9); // 20 × 18/60
    expect(r.status).toBe('on_track');
    expect(r.forecast.requiredRate).toBeCloseTo(4, 9); // 14 in 3.5 years
    expect(r.forecast.note).toBe('Cần thực hiện thêm bình quân 4 tỷ USD/năm trong 3,5 năm còn lại để đạt 20 tỷ USD');
  });
  it('writes money stored in đồng in tỷ đồng, as the documents do', () => {
    const vnd = target({ indicator: 'investment.total', unit: 'VND', measure: 'cumulative', value: 20_000e9, baselineValue: 3_000e9, baselinePeriod: '2025' });
    const r = targetStatus(vnd, [obs('2026', 4_000e9, 'official', 'investment.total'), obs('2027-H1', 2_000e9, 'official', 'investment.total')], AS_OF);
    expect(r.forecast.note).toBe('Cần thực hiện thêm bình quân 4.000 tỷ đồng/năm trong 3,5 năm còn lại để đạt 20.000 tỷ đồng');
  });
  it('prefers a to-date figure that reaches further', () => {
    expect(targetStatus(t, [o('2026', 4), o('2026-01/2027-09', 7)], AS_OF).actual).toBe(7);
  });
  it('a gap at the start means no running sum', () => {
    expect(targetStatus(t, [o('2027', 5)], AS_OF).status).toBe('no_data');
  });
  it('reached early is achieved', () => {
    expect(targetStatus(t, [o('2026', 12), o('2027', 9)], AS_OF).status).toBe('achieved');
  });
  it('a ceiling (lower) is only achieved at the end', () => {
    const cap = { ...t, direction: 'lower' as const, comparator: '<=' as const };
    expect(targetStatus(cap, [o('2026', 3)], AS_OF).status).toBe('on_track');
    expect(targetStatus(cap, [o('2026', 5)], AS_OF).status).toBe('at_risk'); // 4 allowed, 0.8
    expect(targetStatus(cap, [o('2026/2030', 19)], AS_OF)).toMatchObject({ status: 'achieved', final: true });
  });
});

describe('whose figures', () => {
  const t = target({ ownerUnitId: 'so-tn' });
  const o = (value: number, unitId: string | null) => ({ ...obs('2027', value), unitId });
  it('the whole territory or the owner unit by default; other units are another series', () => {
    expect(targetStatus(t, [o(68, null)], AS_OF).actual).toBe(68);
    expect(targetStatus(t, [o(68, 'so-tn')], AS_OF).actual).toBe(68);
    expect(targetStatus(t, [o(68, 'hd-cu')], AS_OF).status).toBe('no_data');
    expect(targetStatus(t, [o(68, null), o(50, 'hd-cu')], AS_OF).actual).toBe(68);
  });
  it('a unit id selects that unit only', () => {
    expect(targetStatus(t, [o(68, null), o(50, 'hd-cu')], AS_OF, { unitId: 'hd-cu' }).actual).toBe(50);
  });
  it('a figure whose period began before the path is not on it (a 2020/2025 total for 2025/2030)', () => {
    const fdi = target({ indicator: 'fdi.registered', unit: 'USD', measure: 'level', value: 4e9, period: '2025/2030', baselineValue: null, baselinePeriod: null });
    expect(targetStatus(fdi, [obs('2020/2025', 20.2e9, 'estimate', 'fdi.registered')], AS_OF).status).toBe('no_data');
  });
});

describe('which figure of a period counts (a correction must win, whatever the ids)', () => {
  const entered = (o: Observation, entryNo: number, id: string): Observation => ({ ...o, entryNo, id });
  it.each<[string, [Standing, number, string][], number]>([
    // −3 typed in first, the correct 11,81 entered after it: the later entry counts, not the larger id.
    ['the later of two official figures', [['official', 1, 'zzz'], ['official', 2, 'aaa']], 11.81],
    ['listed in the other order', [['official', 2, 'aaa'], ['official', 1, 'zzz']], 11.81],
    ['an official figure over a later estimate', [['estimate', 2, 'aaa'], ['official', 1, 'zzz']], -3],
    ['a later preliminary over an earlier estimate', [['estimate', 1, 'zzz'], ['preliminary', 2, 'aaa']], 11.81],
  ])('%s', (_name, figures, latest) => {
    const values: Record<number, number> = { 1: -3, 2: 11.81 };
    const list = figures.map(([standing, no, id]) => entered(obs('2025', values[no]!, standing), no, id));
    const r = targetStatus(target({ period: '2025', baselinePeriod: '2024', value: 12 }), list, '2026-01-31');
    expect(r.latest?.value).toBe(latest);
  });
});
