import { describe, expect, it } from 'vitest';
import { clockDateTimeVi, clockTimeVi } from './clock.ts';

describe('the hall clock (UTC+7)', () => {
  it.each([
    ['2025-09-27T00:30:00Z', '07:30', '07:30 ngày 27/9/2025'],
    ['2025-09-27T07:30:00+07:00', '07:30', '07:30 ngày 27/9/2025'],
    // Late evening UTC is the next morning in Hà Nội / Hải Phòng.
    ['2025-09-26T23:05:00Z', '06:05', '06:05 ngày 27/9/2025'],
    ['2025-12-31T17:00:00Z', '00:00', '00:00 ngày 1/1/2026'],
  ])('%s → %s', (instant, time, full) => {
    expect(clockTimeVi(instant)).toBe(time);
    expect(clockDateTimeVi(instant)).toBe(full);
  });
});
