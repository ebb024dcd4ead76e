import { describe, expect, it } from 'vitest';
import { clockDateTimeEn, clockDateTimeVi, clockTimeVi } from './clock.ts';

describe('the hall clock (UTC+7)', () => {
  it.each([
    ['2025-09-27T00:30:00Z', '07:30', '07:30 ngày 27/9/2025', '07:30 on 2025-09-27'],
    ['2025-09-27T07:30:00+07:00', '07:30', '07:30 ngày 27/9/2025', '07:30 on 2025-09-27'],
    // Late evening UTC is the next morning in Hà Nội / Hải Phòng.
    ['2025-09-26T23:05:00Z', '06:05', '06:05 ngày 27/9/2025', '06:05 on 2025-09-27'],
    ['2025-12-31T17:00:00Z', '00:00', '00:00 ngày 1/1/2026', '00:00 on 2026-01-01'],
  ])('%s → %s', (instant, time, full, english) => {
    expect(clockTimeVi(instant)).toBe(time);
    expect(clockDateTimeVi(instant)).toBe(full);
    expect(clockDateTimeEn(instant)).toBe(english);
  });
});
