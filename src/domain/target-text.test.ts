import { describe, expect, it } from 'vitest';
import { scaled, targetText, unitVi } from './target-text.ts';
import type { Target } from './target.ts';

const t = (over: Partial<Target>): Target => ({
  id: 'x', indicator: 'x', label: 'x', unit: '%', group: 'kinh_te_xa_hoi', direction: 'higher', comparator: '>=', value: 1, max: null,
  period: '2030', baselineValue: null, baselinePeriod: null, measure: 'share', ownerUnitId: null,
  source: { documentId: null, span: null, quote: null }, visibility: 'internal', version: 1, ...over,
});

describe('review report wording', () => {
  it.each([
    [245_500_000_000_000, '245.500 tỷ'],
    [3_500_000_000, '3,5 tỷ'],
    [230_000_000, '230 triệu'],
    [11_247, '11.247'],
    [12.35, '12,35'],
  ])('%s → %s', (v, text) => expect(scaled(v)).toBe(text));

  it.each<[Partial<Target>, string]>([
    [{ value: 12.35 }, '≥ 12,35%'],
    [{ value: 13, max: 14 }, '13 – 14%'],
    [{ value: 245_500e9, unit: 'VND', comparator: '>' }, '> 245.500 tỷ'],
    [{ value: 0, unit: 'count', comparator: '=' }, '0'],
  ])('%j → %s', (over, text) => expect(targetText(t(over))).toBe(text));

  it('names units in Vietnamese', () => {
    expect(['VND', 'USD/person', 'count', 'km'].map(unitVi)).toEqual(['đồng', 'USD/người', '', 'km']);
  });
});
