import { describe, expect, it } from 'vitest';
import { parsePeriod } from './period.ts';
import { nextPeriod, samePeriodLastYear } from './period-next.ts';

describe('nextPeriod', () => {
  it.each([
    ['2025-Q3', '2025-Q4'],
    ['2025-Q4', '2026-Q1'],
    ['2025-H1', '2025-H2'],
    ['2025', '2026'],
    ['2025-01/2025-09', '2025-Q4'],
    ['2025-07', '2025-08'],
    ['2021/2025', '2026/2030'],
  ])('%s → %s', (code, next) => expect(nextPeriod(parsePeriod(code)!).code).toBe(next));
});

describe('samePeriodLastYear', () => {
  it.each([
    ['2025-Q3', '2024-Q3'],
    ['2025-01/2025-09', '2024-01/2024-09'],
    ['2024-02', '2023-02'],
    ['2025', '2024'],
  ])('%s → %s', (code, last) => expect(samePeriodLastYear(parsePeriod(code)!).code).toBe(last));
});
