import { describe, expect, it } from 'vitest';
import { parseDateInput, showDateInput } from './date-input.ts';

describe('a date typed the Vietnamese way', () => {
  it.each([
    ['20/8/2025', '2025-08-20'],
    ['20/08/2025', '2025-08-20'],
    ['31/8/2025', '2025-08-31'],
    ['1/1/2026', '2026-01-01'],
    [' 5/1/2026 ', '2026-01-05'],
    ['20.8.2025', '2025-08-20'],
    ['20-8-2025', '2025-08-20'],
    ['20 / 8 / 2025', '2025-08-20'],
    ['29/2/2028', '2028-02-29'],
    ['2025-08-20', '2025-08-20'],
    ['2031-6-30', '2031-06-30'],
    ['', ''],
    ['   ', ''],
  ])('%j → %j', (text, iso) => expect(parseDateInput(text)).toBe(iso));

  it.each([
    '8/20/2025', // month 20: an American order is not guessed at
    '31/9/2025',
    '29/2/2025',
    '0/1/2025',
    '20/8',
    '20/8/202',
    '20/8/25', // on the way to 20/8/2025: not yet a day
    '20/8/20',
    '2025/08/20',
    'hôm nay',
    '20/8/2025 10:00',
    '1/1/1800',
    '12345',
  ])('%j is not a date', (text) => expect(parseDateInput(text)).toBeNull());

  it.each([
    ['2025-08-31', '31/8/2025'],
    ['2026-01-05', '5/1/2026'],
    ['', ''],
  ])('shows %j as %j', (iso, text) => expect(showDateInput(iso)).toBe(text));

  it('reads back what it shows', () => {
    for (const iso of ['2025-08-31', '2026-12-01', '2030-02-28']) expect(parseDateInput(showDateInput(iso))).toBe(iso);
  });
});
