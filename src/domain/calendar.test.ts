import { describe, expect, it } from 'vitest';
import { addDays, compareDates, daysBetween, isValidDate, lastDayOfMonth, todayInVietnam } from './calendar.ts';

describe('isValidDate', () => {
  it.each([
    ['2024-02-29', true], // leap year
    ['2025-02-29', false],
    ['2000-02-29', true], // divisible by 400
    ['1900-02-29', false], // divisible by 100 only
    ['2025-04-31', false],
    ['2025-12-31', true],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-7-9', false],
    ['20250709', false],
    ['', false],
  ])('%s → %s', (s, ok) => expect(isValidDate(s)).toBe(ok));
});

describe('addDays / daysBetween', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2025-03-01', -1, '2025-02-28'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2025-01-01', 365, '2026-01-01'],
    ['2024-01-01', 366, '2025-01-01'],
    ['1970-01-01', -1, '1969-12-31'],
  ])('%s + %i = %s', (d, n, out) => {
    expect(addDays(d, n)).toBe(out);
    expect(daysBetween(d, out)).toBe(n);
  });
  it('rejects invalid dates', () => expect(() => addDays('2025-02-30', 1)).toThrow(RangeError));
});

describe('lastDayOfMonth', () => {
  it.each([
    [2024, 2, '2024-02-29'],
    [2025, 2, '2025-02-28'],
    [2025, 6, '2025-06-30'],
    [2025, 9, '2025-09-30'],
    [2025, 12, '2025-12-31'],
  ])('%i-%i → %s', (y, m, out) => expect(lastDayOfMonth(y, m)).toBe(out));
});

describe('todayInVietnam', () => {
  it.each([
    ['2025-07-08T16:59:59Z', '2025-07-08'], // 23:59:59 in Hà Nội
    ['2025-07-08T17:00:00Z', '2025-07-09'], // midnight in Hà Nội, still the 8th in UTC
    ['2025-12-31T17:30:00Z', '2026-01-01'],
  ])('%s → %s', (iso, out) => expect(todayInVietnam(new Date(iso))).toBe(out));
});

it('compareDates orders', () => {
  expect(['2025-10-01', '2025-09-30', '2024-12-31'].sort(compareDates)).toEqual(['2024-12-31', '2025-09-30', '2025-10-01']);
});
