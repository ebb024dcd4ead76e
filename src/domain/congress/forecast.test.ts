import { describe, expect, it } from 'vitest';
import { forecastStanding } from './forecast.ts';

describe('a season forecast against its limits (hoàn thành trước 20/8, chậm nhất 31/8)', () => {
  it.each([
    ['2025-08-02', 'on_time'],
    ['2025-08-20', 'on_time'],
    ['2025-08-21', 'late'],
    ['2025-08-31', 'late'],
    ['2025-09-01', 'too_late'],
    [null, 'unknown'],
  ] as const)('%s → %s', (forecast, standing) => {
    expect(forecastStanding(forecast, '2025-08-20', '2025-08-31')).toBe(standing);
  });
});
