import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  parsePeriod,
  type Period,
  periodContains,
  periodFraction,
  periodLabelVi,
  periodYears,
  yearsBetween,
} from './period.ts';

const p = (code: string): Period => {
  const out = parsePeriod(code);
  if (!out) throw new Error(`bad period ${code}`);
  return out;
};

describe('parsePeriod', () => {
  it.each([
    ['2024-Q1', '2024-Q1', 'quarter', '2024-01-01', '2024-03-31'],
    ['2024-Q4', '2024-Q4', 'quarter', '2024-10-01', '2024-12-31'],
    ['2025-q3', '2025-Q3', 'quarter', '2025-07-01', '2025-09-30'],
    ['2025-H1', '2025-H1', 'half', '2025-01-01', '2025-06-30'],
    ['2025-H2', '2025-H2', 'half', '2025-07-01', '2025-12-31'],
    ['2025-01/2025-09', '2025-01/2025-09', 'months', '2025-01-01', '2025-09-30'],
    ['2025-01/2025-03', '2025-Q1', 'quarter', '2025-01-01', '2025-03-31'],
    ['2025-07/2025-12', '2025-H2', 'half', '2025-07-01', '2025-12-31'],
    ['2025-01/2025-12', '2025', 'year', '2025-01-01', '2025-12-31'],
    ['2026-01/2030-12', '2026/2030', 'years', '2026-01-01', '2030-12-31'],
    ['2025-02/2025-02', '2025-02', 'month', '2025-02-01', '2025-02-28'],
    ['2024-10/2025-03', '2024-10/2025-03', 'months', '2024-10-01', '2025-03-31'],
    ['2025-07', '2025-07', 'month', '2025-07-01', '2025-07-31'],
    ['2024-02', '2024-02', 'month', '2024-02-01', '2024-02-29'],
    ['2025', '2025', 'year', '2025-01-01', '2025-12-31'],
    ['2026/2030', '2026/2030', 'years', '2026-01-01', '2030-12-31'],
    ['2025/2025', '2025', 'year', '2025-01-01', '2025-12-31'],
    ['2025-07-09', '2025-07-09', 'day', '2025-07-09', '2025-07-09'],
    ['2024-02-29', '2024-02-29', 'day', '2024-02-29', '2024-02-29'],
    [' 2025 ', '2025', 'year', '2025-01-01', '2025-12-31'],
  ])('%s → %s', (code, canonical, kind, start, end) => {
    expect(parsePeriod(code)).toEqual({ code: canonical, kind, start, end });
  });

  it.each(['2025-Q5', '2025-Q0', '2025-H3', '2025-13', '2025-00', '2030/2026', '2025-09/2025-01', '2025-02-29', '25', 'Q1/2025', '', '2025-1'])(
    'rejects %j',
    (code) => expect(parsePeriod(code)).toBeNull(),
  );

  it('canonical codes round-trip', () => {
    for (const code of ['2024-Q1', '2025-H1', '2025-01/2025-09', '2025-07', '2025', '2026/2030', '2025-07-09']) {
      expect(p(p(code).code)).toEqual(p(code));
    }
  });
});

describe('periodLabelVi', () => {
  it.each([
    ['2026-Q1', 'quý I/2026'],
    ['2025-Q4', 'quý IV/2025'],
    ['2025-H1', '6 tháng đầu năm 2025'],
    ['2025-H2', '6 tháng cuối năm 2025'],
    ['2025-01/2025-09', '9 tháng năm 2025'],
    ['2025-04/2025-08', 'từ tháng 4 đến tháng 8/2025'],
    ['2024-10/2025-03', 'từ tháng 10/2024 đến tháng 3/2025'],
    ['2025-07', 'tháng 7/2025'],
    ['2025', 'năm 2025'],
    ['2026/2030', 'giai đoạn 2026 - 2030'],
    ['2025-07-09', 'ngày 9/7/2025'],
  ])('%s → %s', (code, label) => expect(periodLabelVi(p(code))).toBe(label));
});

describe('comparePeriods / periodContains', () => {
  it('sorts by end, longer first at the same end', () => {
    const sorted = ['2025-Q4', '2025', '2025-01/2025-09', '2024', '2025-H2', '2025-07-09'].map(p).sort(comparePeriods);
    expect(sorted.map((x) => x.code)).toEqual(['2024', '2025-07-09', '2025-01/2025-09', '2025', '2025-H2', '2025-Q4']);
  });
  it.each([
    ['2026/2030', '2027-Q3', true],
    ['2026/2030', '2026', true],
    ['2026/2030', '2025', false],
    ['2025', '2025-H2', true],
    ['2025', '2025-12-31', true],
    ['2025', '2024-10/2025-03', false],
    ['2025-Q1', '2025-Q1', true],
  ])('%s contains %s: %s', (outer, inner, out) => expect(periodContains(p(outer), p(inner))).toBe(out));
});

describe('periodFraction / yearsBetween', () => {
  it.each([
    ['2026/2030', '2027-Q3', 0.35],
    ['2026/2030', '2026', 0.2],
    ['2026/2030', '2030', 1],
    ['2026/2030', '2031', 1], // clamped
    ['2026/2030', '2025', 0], // clamped
    ['2025', '2025-H1', 0.5],
    ['2025', '2025-01/2025-09', 0.75],
    ['2024', '2024-Q1', 0.25], // leap year: still a quarter
    ['2025', '2025-01-31', 1 / 12],
    ['2025', '2025-02-14', 1 / 12 + 0.5 / 12], // half of February
  ])('%s at %s = %d', (target, at, out) => expect(periodFraction(p(target), p(at))).toBeCloseTo(out, 12));

  it.each([
    ['2025', '2030', 5],
    ['2025', '2026/2030', 5],
    ['2025-Q3', '2025', 0.25],
    ['2027-Q3', '2026/2030', 3.25],
    ['2030', '2025', -5],
  ])('yearsBetween(%s, %s) = %d', (a, b, out) => expect(yearsBetween(p(a), p(b))).toBeCloseTo(out, 12));

  it('counts leap years as whole years', () => {
    expect(yearsBetween('2023-12-31', '2024-12-31')).toBe(1);
    expect(periodYears(p('2024'))).toBe(1);
    expect(periodYears(p('2026/2030'))).toBe(5);
  });
});

describe('parsePeriod kept', () => {
  it('answers a code asked again with the same period, which nobody can change', () => {
    const a = parsePeriod('2025-q3')!;
    expect(parsePeriod('2025-q3')).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(() => {
      (a as { end: string }).end = '2030-12-31';
    }).toThrow(TypeError);
    expect(parsePeriod('2025-Q3')).toEqual({ code: '2025-Q3', kind: 'quarter', start: '2025-07-01', end: '2025-09-30' });
    expect(parsePeriod('2025-13')).toBeNull();
    expect(parsePeriod('2025-13')).toBeNull();
  });
});
