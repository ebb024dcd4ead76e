// Kỳ (periods) of targets and figures: parse the codes, compare them, label them in Vietnamese,
// and measure how much of a period has elapsed for trajectories.
import { addDays, daysInMonth, formatDate, lastDayOfMonth, parseDate } from './calendar.ts';

export type PeriodKind = 'day' | 'month' | 'quarter' | 'half' | 'months' | 'year' | 'years';

export interface Period {
  /** Canonical code: the shortest form that names the same months (see parsePeriod). */
  code: string;
  kind: PeriodKind;
  /** First and last calendar day, both inclusive. */
  start: string;
  end: string;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/**
 * A run of whole months from (y1, m1) to (y2, m2), named by its canonical code. Canonical forms are
 * chosen so that the same months always get the same code (official and estimated figures for
 * `2025-01/2025-03` and `2025-Q1` are the same period): a single month `YYYY-MM`, a calendar quarter
 * `YYYY-Qn`, a half `YYYY-Hn`, a whole year `YYYY`, whole years `YYYY/YYYY`, else `YYYY-MM/YYYY-MM`.
 */
function monthRun(y1: number, m1: number, y2: number, m2: number): Period | null {
  if (m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12 || y1 < 1) return null;
  if (y1 * 12 + m1 > y2 * 12 + m2) return null;
  const start = formatDate(y1, m1, 1);
  const end = lastDayOfMonth(y2, m2);
  if (y1 === y2) {
    if (m1 === m2) return { code: `${y1}-${pad2(m1)}`, kind: 'month', start, end };
    if (m1 === 1 && m2 === 12) return { code: `${y1}`, kind: 'year', start, end };
    if (m1 % 3 === 1 && m2 === m1 + 2) return { code: `${y1}-Q${(m1 + 2) / 3}`, kind: 'quarter', start, end };
    if ((m1 === 1 || m1 === 7) && m2 === m1 + 5) return { code: `${y1}-H${m1 === 1 ? 1 : 2}`, kind: 'half', start, end };
  } else if (m1 === 1 && m2 === 12) {
    return { code: `${y1}/${y2}`, kind: 'years', start, end };
  }
  return { code: `${y1}-${pad2(m1)}/${y2}-${pad2(m2)}`, kind: 'months', start, end };
}

const PATTERNS: Array<[RegExp, (m: RegExpExecArray) => Period | null]> = [
  // 2025-07-09: a stock measured at one day (start = end)
  [/^(\d{4})-(\d{2})-(\d{2})$/, (m) => {
    const d = parseDate(m[0]);
    return d ? { code: m[0], kind: 'day', start: m[0], end: m[0] } : null;
  }],
  // 2025-07
  [/^(\d{4})-(\d{2})$/, (m) => monthRun(+m[1]!, +m[2]!, +m[1]!, +m[2]!)],
  // 2024-Q1
  [/^(\d{4})-Q([1-4])$/, (m) => monthRun(+m[1]!, +m[2]! * 3 - 2, +m[1]!, +m[2]! * 3)],
  // 2025-H1
  [/^(\d{4})-H([12])$/, (m) => monthRun(+m[1]!, +m[2]! * 6 - 5, +m[1]!, +m[2]! * 6)],
  // 2025-01/2025-09
  [/^(\d{4})-(\d{2})\/(\d{4})-(\d{2})$/, (m) => monthRun(+m[1]!, +m[2]!, +m[3]!, +m[4]!)],
  // 2025
  [/^(\d{4})$/, (m) => monthRun(+m[1]!, 1, +m[1]!, 12)],
  // 2026/2030
  [/^(\d{4})\/(\d{4})$/, (m) => (+m[1]! <= +m[2]! ? monthRun(+m[1]!, 1, +m[2]!, 12) : null)],
];

/**
 * Codes parsed so far: a province's targets are assessed from the same few hundred period codes over
 * and over (at national size, parsing was a third of assessing 9.000 targets for a new day). The
 * periods are frozen, so no caller can change another's. Emptied when it grows past PARSED_KEPT.
 */
const parsed = new Map<string, Period | null>();
const PARSED_KEPT = 20_000;

/** Parses a period code; null when it is malformed or names no real period (2025-13, 2030/2026). */
export function parsePeriod(code: string): Period | null {
  const kept = parsed.get(code);
  if (kept !== undefined) return kept;
  const p = parseAnew(code);
  if (parsed.size >= PARSED_KEPT) parsed.clear();
  parsed.set(code, p && Object.freeze(p));
  return p;
}

function parseAnew(code: string): Period | null {
  const text = code.trim().toUpperCase();
  for (const [re, build] of PATTERNS) {
    const m = re.exec(text);
    if (m) return build(m);
  }
  return null;
}

export function isValidPeriod(code: string): boolean {
  return parsePeriod(code) !== null;
}

/** The canonical code of a period code, or null when it does not parse. */
export function canonicalPeriod(code: string): string | null {
  return parsePeriod(code)?.code ?? null;
}

/** Chronological order: by end day, then the longer period first, so a year precedes its Q4. */
export function comparePeriods(a: Period, b: Period): number {
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  return 0;
}

/** True when `inner` lies wholly within `outer` (a period contains itself). */
export function periodContains(outer: Period, inner: Period): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function periodIncludesDate(period: Period, date: string): boolean {
  return period.start <= date && date <= period.end;
}

/** 9 → "9/7/2025": Vietnamese writes days and months without leading zeros. */
function dayMonthYear(date: string): string {
  const [y, m, d] = date.split('-');
  return `${Number(d)}/${Number(m)}/${y}`;
}

/** How a Vietnamese report names the period: "quý I/2026", "9 tháng năm 2025", "giai đoạn 2026 - 2030". */
export function periodLabelVi(p: Period): string {
  const y1 = Number(p.start.slice(0, 4));
  const m1 = Number(p.start.slice(5, 7));
  const y2 = Number(p.end.slice(0, 4));
  const m2 = Number(p.end.slice(5, 7));
  switch (p.kind) {
    case 'day':
      return `ngày ${dayMonthYear(p.start)}`;
    case 'month':
      return `tháng ${m1}/${y1}`;
    case 'quarter':
      return `quý ${ROMAN[(m1 - 1) / 3]}/${y1}`;
    case 'half':
      return m1 === 1 ? `6 tháng đầu năm ${y1}` : `6 tháng cuối năm ${y1}`;
    case 'year':
      return `năm ${y1}`;
    case 'years':
      return `giai đoạn ${y1} - ${y2}`;
    case 'months':
      // Year-to-date runs are how reports count ("9 tháng năm 2025"); other runs name both ends.
      if (y1 === y2 && m1 === 1) return `${m2} tháng năm ${y1}`;
      if (y1 === y2) return `từ tháng ${m1} đến tháng ${m2}/${y1}`;
      return `từ tháng ${m1}/${y1} đến tháng ${m2}/${y2}`;
  }
}

/**
 * A day's position in months since year 0 at the START of that day. Years are counted in months,
 * not days, so that every year is a whole year (2024 with 366 days is still 1 year) and a quarter
 * is exactly a quarter of one.
 */
function monthPosition(date: string): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return y * 12 + (m - 1) + (d - 1) / daysInMonth(y, m);
}

/** Position at the END of a day (the start of the next one). */
const endPosition = (date: string): number => monthPosition(addDays(date, 1));

/** Length of a period in years (2026/2030 → 5, 2025-Q1 → 0.25). */
export function periodYears(p: Period): number {
  return (endPosition(p.end) - monthPosition(p.start)) / 12;
}

/**
 * Years from the end of `from` to the end of `to`, each a period or a `YYYY-MM-DD` day (read as
 * the end of that day): from baseline 2025 to target 2030 is 5; negative when `to` is earlier.
 */
export function yearsBetween(from: Period | string, to: Period | string): number {
  const a = typeof from === 'string' ? from : from.end;
  const b = typeof to === 'string' ? to : to.end;
  return (endPosition(b) - endPosition(a)) / 12;
}

/**
 * Share of `target` elapsed at the end of `at`, between 0 and 1: at the end of 2027-Q3 of
 * 2026/2030, 21 of 60 months, 0.35. Months are whole units, so leap days do not bend the path.
 */
export function periodFraction(target: Period, at: Period): number {
  const total = endPosition(target.end) - monthPosition(target.start);
  const elapsed = endPosition(at.end) - monthPosition(target.start);
  if (total <= 0) return 1;
  return Math.min(1, Math.max(0, elapsed / total));
}

/** A period from one day to another, for paths that start after a baseline (kind by its months). */
export function periodBetween(start: string, end: string): Period | null {
  const s = parseDate(start);
  const e = parseDate(end);
  if (!s || !e || start > end) return null;
  if (s.day === 1 && end === lastDayOfMonth(e.year, e.month)) return monthRun(s.year, s.month, e.year, e.month);
  if (start === end) return { code: start, kind: 'day', start, end };
  // Not a whole run of months: no code of the contract names it, so it keeps both days.
  return { code: `${start}/${end}`, kind: 'months', start, end };
}
