// The period a review looks ahead to ("phương hướng nhiệm vụ quý IV"), and the same period a year before.
import { addDays, parseDate, formatDate, lastDayOfMonth } from './calendar.ts';
import { periodBetween, type Period } from './period.ts';

function monthsAfter(date: string, months: number): { y: number; m: number } {
  const d = parseDate(date)!;
  const idx = d.year * 12 + (d.month - 1) + months;
  return { y: Math.floor(idx / 12), m: (idx % 12) + 1 };
}

/**
 * Quarter → next quarter, half → next half, year → next year; a run of months from January
 * ("9 tháng") → the rest of that year; anything else → the same number of months after it.
 */
export function nextPeriod(p: Period): Period {
  const start = addDays(p.end, 1);
  const s = parseDate(p.start)!;
  const e = parseDate(p.end)!;
  if (p.kind === 'months' && s.month === 1 && e.year === s.year && e.month < 12) {
    return periodBetween(start, `${e.year}-12-31`)!;
  }
  const length = (e.year - s.year) * 12 + (e.month - s.month) + 1;
  const last = monthsAfter(p.end, length);
  return periodBetween(start, lastDayOfMonth(last.y, last.m))!;
}

/** The same months one year earlier ("cùng kỳ năm trước"). */
export function samePeriodLastYear(p: Period): Period {
  const s = parseDate(p.start)!;
  const e = parseDate(p.end)!;
  return periodBetween(formatDate(s.year - 1, s.month, 1), lastDayOfMonth(e.year - 1, e.month))!;
}
