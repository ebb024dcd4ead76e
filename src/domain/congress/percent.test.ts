// Rounding of the congress percentages: one decimal, half up on the exact value.
import { describe, expect, it } from 'vitest';
import { percentOf, percentVi } from './percent.ts';

describe('percentOf', () => {
  it.each([
    [1, 3, 33.3],
    [2, 3, 66.7],
    [1, 2000, 0.1], // 0.05 % exactly: half up
    [1, 2001, 0], // 0.04998 %
    [1, 8, 12.5],
    [1, 16, 6.3], // 6.25 %: half up, not banker's
    [3, 16, 18.8], // 18.75 %
    [351, 445, 78.9],
    [94, 445, 21.1],
    [445, 446, 99.8],
    [1, 446, 0.2],
    [14, 445, 3.1], // the seed prints 3,15 % to make 100; one decimal is 3,1
    [0, 445, 0],
    [5, 0, 0],
    [7, 7, 100],
  ])('%i / %i = %d', (count, total, expected) => {
    expect(percentOf(count, total)).toBe(expected);
  });
});

describe('percentVi', () => {
  it.each([
    [78.9, '78,9%'],
    [0, '0%'],
    [100, '100%'],
    [0.2, '0,2%'],
    [52.4, '52,4%'],
  ])('%d → %s', (p, s) => expect(percentVi(p)).toBe(s));
});
