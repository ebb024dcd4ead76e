// A reporting period chosen as a kind (quarter, half-year, 9 months, year) and a year, as the API's code.
import { addDays } from '../../../../src/domain/calendar.ts';
import { parsePeriod, periodLabelVi } from '../../../../src/domain/period.ts';

export type PeriodKindChoice = 'quarter' | 'half' | '9m' | 'year';

export function periodCode(kind: PeriodKindChoice, year: number, which: number): string {
  switch (kind) {
    case 'quarter':
      return `${year}-Q${which}`;
    case 'half':
      return `${year}-H${which}`;
    case '9m':
      return `${year}-01/${year}-09`;
    case 'year':
      return `${year}`;
  }
}

/** "Báo cáo quý III/2025": the title a period usually carries. */
export function defaultTitle(code: string): string {
  const p = parsePeriod(code);
  return p ? `Báo cáo ${periodLabelVi(p)}` : `Báo cáo ${code}`;
}

/** Reports are usually due a few days after the period ends. */
export function defaultDue(code: string): string {
  const p = parsePeriod(code);
  return p ? addDays(p.end, 5) : '';
}

export function periodText(code: string, lang: 'vi' | 'en'): string {
  const p = parsePeriod(code);
  if (!p) return code;
  if (lang === 'en') return p.code;
  const s = periodLabelVi(p);
  return s[0]!.toLocaleUpperCase('vi') + s.slice(1);
}

/** The quarter a day falls in, `2025-Q3`. */
export function quarterOf(day: string): string {
  const m = Number(day.slice(5, 7));
  return `${day.slice(0, 4)}-Q${Math.floor((m - 1) / 3) + 1}`;
}

export function todayVn(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
