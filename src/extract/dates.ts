// Calendar dates in Vietnamese text (27/6/2025, 30.11.2025, ngày 05 tháng 01 năm 2020, sáng 12/7)
// and the document's own date and year, which dates without a year borrow.

import { Taken } from './ranges.ts';
import { boundaryMatches, wordBefore } from './scan.ts';

/** How the year of a date was chosen; results keep it so that a reader can see what was implied. */
export type YearRule =
  | 'stated' // the year is written next to the day and month
  | 'document-date' // no year: the year of the document's date (metadata line, --date or dateline)
  | 'document-main-year'; // no year and no document date: the year the text reports on (see reportYear)

export interface CalendarDate {
  y: number;
  m: number;
  d: number;
  yearRule: YearRule;
}

export interface DateMention {
  start: number;
  end: number;
  date: CalendarDate;
}

export interface DocYear {
  year: number;
  rule: Exclude<YearRule, 'stated'>;
}

export const pad = (n: number): string => String(n).padStart(2, '0');
export const isoDate = (d: { y: number; m: number; d: number }): string => `${d.y}-${pad(d.m)}-${pad(d.d)}`;
export const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
export const validDayMonth = (d: number, m: number, y = 2024): boolean => m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);

interface DatePattern {
  name: string;
  re: RegExp;
  /** Name of the group where the date itself starts (a cue word before it is not part of the date). */
  from: string;
  /** What may not stand just before a match; by default a letter or digit. */
  blocked?: (text: string, i: number) => boolean;
}

// The word boundary before a pattern is tested by boundaryMatches (scan.ts), not by a leading lookbehind.
const B = '';
const YEAR = '(?<y>(?:19|20)\\d{2})';

const PATTERNS: DatePattern[] = [
  // Example: "ngày 05 tháng 01 năm 2020", "ngày 20 tháng 8"
  { name: 'words', from: 'all', re: new RegExp(`${B}(?<all>ngày\\s{1,3}(?<d>\\d{1,2})\\s{1,3}tháng\\s{1,3}(?<m>\\d{1,2})(?:\\s{1,3}năm\\s{1,3}${YEAR})?)(?![\\p{N}])`, 'gdiu') },
  // Example: "27/6/2025", "30.11.2025", "13-10-2024"
  { name: 'numeric', from: 'all', blocked: (t, i) => wordBefore(t, i) || '/.,-'.includes(t[i - 1] ?? 'x'), re: new RegExp(`(?<all>(?<d>\\d{1,2})(?<sep>[/.-])(?<m>\\d{1,2})\\k<sep>${YEAR})(?![\\p{N}]|[.,/]\\p{N})`, 'gdu') },
  // Example: "Sáng 12/7", "Chiều nay, 14/11", "trước ngày 20/8", "đến 20/6": without a year, a day/month needs a cue,
  // or "13/20 chỉ tiêu" would become a date.
  { name: 'cued', from: 'all', re: new RegExp(`${B}(?:ngày|sáng|chiều|tối|trưa|đêm|nay|hôm|đến|tới|trước|sau|từ|nhất|hạn|là)[\\s,]{1,3}(?<all>(?<d>\\d{1,2})\\/(?<m>\\d{1,2}))(?![\\p{N}/]|[.,]\\p{N}|\\s?%)`, 'gdiu') },
  // Example: "ngày 13-10"
  { name: 'dashed', from: 'all', re: new RegExp(`${B}ngày\\s{1,3}(?<all>(?<d>\\d{1,2})-(?<m>\\d{1,2}))(?![\\p{N}-])`, 'gdiu') },
];

/** All dates of the text, leftmost first; where two overlap the earlier pattern wins. */
export function findDates(text: string, docYear: DocYear): DateMention[] {
  const out: DateMention[] = [];
  const taken = new Taken(text.length);
  for (const p of PATTERNS) {
    for (const m of boundaryMatches(p.re, text, p.blocked)) {
      const g = m.groups ?? {};
      const idx = m.indices?.groups?.[p.from];
      if (!idx) continue;
      const d = Number(g.d);
      const mo = Number(g.m);
      const y = g.y ? Number(g.y) : docYear.year;
      if (!validDayMonth(d, mo, y)) continue;
      if (taken.overlaps(idx[0], idx[1])) continue;
      taken.take(idx[0], idx[1]);
      out.push({ start: idx[0], end: idx[1], date: { y, m: mo, d, yearRule: g.y ? 'stated' : docYear.rule } });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

// Example first line: " date 2025-11-29"
const META_DATE = /^\s?date\s+(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})\s*(?:\n|$)/u;

/** Length of a leading metadata line, which is not part of the document's prose. */
export function metadataLength(text: string): number {
  return META_DATE.exec(text)?.[0].length ?? 0;
}

// Years of the text in full dates, months and named years; used when the document has no date of its own.
// Horizons and range ends ("đến năm 2030", "2025 - 2030", "tầm nhìn 2045") speak of the future, not of when the
// document was written, so they do not vote.
const YEAR_NUMBER = /(?<![\p{L}\p{N}])((?:19|20)\d{2})(?![\p{N}])/gu;
const FUTURE_BEFORE = /(?:đến|tới|vào|tầm\s+nhìn|hết)(?:\s+(?:hết|cuối))?(?:\s+năm)?\s*$|(?:19|20)\d{2}\s*[-–—]\s*$/iu;

function modeYear(text: string): number | null {
  const counts = new Map<number, number>();
  for (const m of text.matchAll(YEAR_NUMBER)) {
    if (FUTURE_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  }
  let best: number | null = null;
  let bestCount = 0;
  for (const [y, c] of counts) if (c > bestCount || (c === bestCount && best !== null && y > best)) [best, bestCount] = [y, c];
  return best;
}

/**
 * The document's date: the --date option, else a ` date YYYY-MM-DD` first line, else the dateline (the first
 * date in the opening lines; for "từ ngày A đến ngày B" the end B). Its year is what yearless dates take.
 */
// "9 tháng năm 2025", "11 tháng đầu năm 2024", "ước cả năm 2024", "năm 2025 ước đạt": the months elapsed and the
// estimates of a report are those of the year it is written in. A December plan names next year more often
// than this one ("kế hoạch năm 2026", "năm 2026 phấn đấu"), so the most named year would be a year too late.
// Without a leading lookbehind (the boundary is tested by boundaryMatches): V8 can then skip to each first letter.
const ELAPSED_YEAR = /(?:\d{1,2}\s{1,3}tháng\s{1,3}(?:đầu\s{1,3})?năm|ước(?:\s{1,3}(?:tính|đạt|thực\s{1,3}hiện))?(?:\s{1,3}cả)?\s{1,3}năm)\s{1,3}((?:19|20)\d{2})(?![\p{N}])|(?:cả\s{1,3})?năm\s{1,3}((?:19|20)\d{2})\s{1,3}ước(?![\p{L}\p{N}])/giu;

/** The year the document reports on: the latest year of its elapsed months and estimates, else the most named. */
function reportYear(text: string): number | null {
  let latest: number | null = null;
  for (const m of boundaryMatches(ELAPSED_YEAR, text)) {
    const y = Number(m[1] ?? m[2]);
    if (latest === null || y > latest) latest = y;
  }
  return latest ?? modeYear(text);
}

export function documentDate(text: string, option?: string): { date: CalendarDate | null; year: DocYear } {
  const mainYear = reportYear(text) ?? new Date().getUTCFullYear();
  const fromIso = (s: string | undefined): CalendarDate | null => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(s ?? '');
    if (!m) return null;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return validDayMonth(d, mo, y) ? { y, m: mo, d, yearRule: 'stated' } : null;
  };
  const meta = META_DATE.exec(text)?.groups;
  const given = fromIso(option) ?? (meta ? fromIso(`${meta.y}-${meta.m}-${meta.d}`) : null);
  if (given) return { date: given, year: { year: given.y, rule: 'document-date' } };
  const head = text.slice(0, 600);
  const dates = findDates(head, { year: mainYear, rule: 'document-main-year' });
  const first = dates[0];
  if (!first) return { date: null, year: { year: mainYear, rule: 'document-main-year' } };
  let chosen = first;
  const next = dates[1];
  // "họp từ ngày 26/9/2025 đến ngày 27/9/2025": the document is written when the event ends.
  if (next && /^\s*(?:đến|tới|-|–)\s*(?:ngày\s*)?$/iu.test(head.slice(first.end, next.start))) chosen = next;
  return { date: chosen.date, year: { year: chosen.date.y, rule: 'document-date' } };
}
