import { describe, expect, it } from 'vitest';
import { termLabelVi, termOf } from './term.ts';

describe('the term a target belongs to', () => {
  it.each([
    ['2020/2025', null, '2020/2025'],
    ['2021/2025', null, '2020/2025'],
    ['2025/2030', '2025-09-27', '2025/2030'],
    ['2026/2030', '2025-09-27', '2025/2030'],
    // The congress's "năm 2030", set in 2025.
    ['2030', '2025-09-27', '2025/2030'],
    // The year's own plan, set during the year: not a term target.
    ['2025', '2025-07-12', null],
    ['2030', null, null],
    ['2030', '2030-02-01', null],
    // Milestones, other spans, quarters.
    ['2027', '2025-09-27', null],
    ['2028', '2025-09-27', null],
    ['2022/2025', null, null],
    ['2024/2026', null, null],
    ['2019/2025', null, null],
    ['2025-Q4', null, null],
    ['2025-01/2025-06', null, null],
  ])('%s set on %s → %s', (period, setOn, term) => expect(termOf(period, setOn)).toBe(term));

  it('names the term', () => expect(termLabelVi('2020/2025')).toBe('Nhiệm kỳ 2020–2025'));
});
