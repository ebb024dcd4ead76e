import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatClockVi, formatDateLongVi, formatDateVi, formatNumber, formatPercent, formatScaled, formatValue, unitWordVi } from './format.ts';

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
    expect(formatValue(36.5, 'm2/person')).toBe('36,5 m²/người');
    expect(formatValue(9200, 'count')).toBe('9.200');
    expect(formatValue(95.5, '%')).toBe('95,5%');
    expect(formatNumber(Number.NaN)).toBe('—');
  });

  it.each<[string, string]>([
    ['VND', 'đồng'], ['USD', 'USD'], ['VND/ha', 'đồng/ha'], ['VND/person', 'đồng/người'], ['USD/person', 'USD/người'], ['tonne', 'tấn'], ['count', ''], ['km', 'km'],
  ])('the unit %s is written %j', (unit, word) => expect(unitWordVi(unit)).toBe(word));

  // Money and large amounts in the scale words documents use (tỷ, triệu; never "nghìn tỷ").
  it.each<[number, string, string]>([
    [26_000e9, 'VND', '26.000 tỷ đồng'],
    [245_500e9, 'VND', '245.500 tỷ đồng'],
    [13_856e9, 'VND', '13.856 tỷ đồng'],
    [1e9, 'VND', '1 tỷ đồng'],
    [2.5e6, 'VND', '2,5 triệu đồng'],
    [999_999, 'VND', '999.999 đồng'],
    [-3.2e9, 'VND', '-3,2 tỷ đồng'],
    [13.63e9, 'USD', '13,63 tỷ USD'],
    [5e9, 'USD', '5 tỷ USD'],
    [500e6, 'USD', '500 triệu USD'],
    [8500, 'USD/person', '8.500 USD/người'],
    [120e6, 'VND/ha', '120 triệu đồng/ha'],
    [5.68e6, 'visit', '5,68 triệu lượt khách'],
    [185e6, 'tonne', '185 triệu tấn'],
    [1_200_000, 'count', '1,2 triệu'],
    [1_266e6, 'USD', '1,266 tỷ USD'],
    [1_234_567, 'VND', '1,235 triệu đồng'],
  ])('%d %s → %s', (value, unit, text) => expect(formatValue(value, unit)).toBe(text));

  it.each<[number, string]>([[245_500e9, '245.500 tỷ'], [230e6, '230 triệu'], [11_247, '11.247'], [12.35, '12,35']])('%d without its unit → %s', (v, text) => expect(formatScaled(v)).toBe(text));

  it('writes each amount of đồng and USD of the corpus as its document does', () => {
    const dir = new URL('../../../shared/corpus/dev/', import.meta.url);
    const facts = readdirSync(dir).filter((f) => f.endsWith('.gold.jsonl'))
      .flatMap((f) => readFileSync(new URL(f, dir), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { value?: number; unit?: string; note?: string }))
      // Those whose note quotes the amount in a scale word ("13.856 tỷ đồng", "13,63 tỷ USD").
      .filter((x) => (x.unit === 'VND' || x.unit === 'USD') && typeof x.value === 'number' && /\d (tỷ|triệu) (đồng|USD)/u.test(x.note ?? ''));
    expect(facts.length).toBeGreaterThan(10);
    // A document may write a billion in millions ("1.266 triệu USD"): the same amount, the smaller scale.
    const inMillions = (x: { value?: number; unit?: string }) => `${formatNumber(x.value! / 1e6, 3)} triệu ${unitWordVi(x.unit!)}`;
    const differ = facts.filter((x) => !x.note!.includes(formatValue(x.value!, x.unit!)));
    expect(differ.filter((x) => !x.note!.includes(inMillions(x))).map((x) => [formatValue(x.value!, x.unit!), x.note])).toEqual([]);
    expect(differ.length).toBeLessThanOrEqual(facts.length / 10);
  });

  it.each([
    ['2026-12-05T02:12:00Z', '09:12'],
    ['2026-12-04T18:30:00Z', '01:30'],
    ['2026-12-05T16:59:59Z', '23:59'],
  ])('the clock in Vietnam at %s reads %s', (at, text) => expect(formatClockVi(at)).toBe(text));

  it.each([
    ['2025-08-20', '20/8/2025'],
    ['2025-07-09', '9/7/2025'],
    ['2025-12-31', '31/12/2025'],
    ['not a date', 'not a date'],
  ])('formatDateVi(%s) = %s', (d, out) => expect(formatDateVi(d)).toBe(out));

  it('long date', () => expect(formatDateLongVi('2025-08-20')).toBe('ngày 20 tháng 8 năm 2025'));
});
