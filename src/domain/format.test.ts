import { describe, expect, it } from 'vitest';
import { formatDateLongVi, formatDateVi, formatNumber, formatPercent, formatValue } from './format.ts';

describe('Vietnamese formatting', () => {
  it.each([
    [11.28, '11,28'],
    [1845, '1.845'],
    [1234567.891, '1.234.567,89'],
    [0.5, '0,5'],
    [-2.25, '-2,25'],
    [-0.001, '0'],
    [10, '10'],
  ])('formatNumber(%d) = %s', (n, out) => expect(formatNumber(n)).toBe(out));

  it('formats percents and values', () => {
    expect(formatPercent(11.28)).toBe('11,28%');
    expect(formatValue(8500, 'USD/person')).toBe('8.500 USD/người');
    expect(formatValue(185_000_000, 'tonne')).toBe('185.000.000 tấn');
    expect(formatValue(36.5, 'm2/person')).toBe('36,5 m²/người');
    expect(formatValue(9200, 'count')).toBe('9.200');
    expect(formatValue(5_000_000_000, 'USD')).toBe('5.000.000.000 USD');
    expect(formatValue(95.5, '%')).toBe('95,5%');
    expect(formatNumber(Number.NaN)).toBe('—');
  });

  it.each([
    ['2025-08-20', '20/8/2025'],
    ['2025-07-09', '9/7/2025'],
    ['2025-12-31', '31/12/2025'],
    ['not a date', 'not a date'],
  ])('formatDateVi(%s) = %s', (d, out) => expect(formatDateVi(d)).toBe(out));

  it('long date', () => expect(formatDateLongVi('2025-08-20')).toBe('ngày 20 tháng 8 năm 2025'));
});
