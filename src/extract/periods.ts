// Reporting periods: quý I/2026, 6 tháng đầu năm 2025, 9 tháng năm 2024, cả năm 2025, giai đoạn 2026 - 2030,
// đến năm 2030, tính đến ngày 9/7, đến nay, hằng năm. Each parser is one pattern; overlaps go to the earlier one.
import { type DateMention, type DocYear, type CalendarDate, daysInMonth, isoDate, pad } from './dates.ts';
import { Taken } from './ranges.ts';
import { boundaryMatches } from './scan.ts';

export type PeriodKind =
  | 'months' // YYYY-MM/YYYY-MM
  | 'year' // YYYY
  | 'horizon' // YYYY reached by a target: "đến năm 2030", "vào năm 2030"
  | 'years' // YYYY/YYYY
  | 'point' // YYYY-MM-DD: a stock, or a flow summed from 1 January up to the day
  | 'annual'; // per year over a term, resolved later from the surrounding multi-year period

export interface PeriodMention {
  start: number;
  end: number;
  kind: PeriodKind;
  /** Contract value; '' for `annual` until resolved. */
  value: string;
  lastYear: number;
  /** A year in it was taken from the document (see YearRule in dates.ts). */
  implied: boolean;
  /** Stated as the base of a comparison ("so với cùng kỳ 2023", "gấp 1,89 lần giai đoạn 2016-2020"). */
  base: boolean;
  /** "9 tháng", "trong 6 tháng": months counted from January, which as a time limit would be a duration. */
  elapsed: boolean;
  /** "5 năm": the number of years of a span, which ends with the term it is resolved to. */
  span?: number;
}

// The word boundary before each pattern is tested by boundaryMatches (scan.ts), not by a leading lookbehind.
const B = '';
const E = '(?![\\p{L}\\p{N}])';
const Y = '(?:19|20)\\d{2}';
const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

interface Parser {
  name: string;
  re: RegExp;
  make(g: Record<string, string | undefined>, doc: DocYear, docDate: CalendarDate | null): (Omit<PeriodMention, 'start' | 'end' | 'base' | 'elapsed' | 'span'> & { elapsed?: boolean; span?: number }) | null;
}

const months = (y: number, a: number, b: number) => `${y}-${pad(a)}/${y}-${pad(b)}`;
const yearOf = (g: string | undefined, doc: DocYear) => (g && /^\d{4}$/u.test(g) ? { y: Number(g), implied: false } : { y: doc.year, implied: true });

const PARSERS: Parser[] = [
  {
    // Example: "quý 1/2024", "quý I/2026", "quý III-2024", "quý IV năm 2025"
    name: 'quarter',
    re: new RegExp(`${B}quý\\s{1,3}(?<q>IV|I{1,3}|[1-4])${E}(?:\\s{0,2}(?:[/-]|năm)\\s{0,2}(?<y>${Y}))?`, 'giu'),
    make: (g, doc) => {
      const q = ROMAN[(g.q ?? '').toUpperCase()];
      if (!q) return null;
      const { y, implied } = yearOf(g.y, doc);
      return { kind: 'months', value: months(y, q * 3 - 2, q * 3), lastYear: y, implied };
    },
  },
  {
    // Example: "quý đầu năm", "nửa đầu năm 2025", "nửa cuối năm nay", "quý cuối năm": a quarter or half named in words
    name: 'named-part',
    re: new RegExp(`${B}(?<part>quý|nửa)\\s{1,3}(?<side>đầu|cuối)\\s{1,3}năm(?:\\s{1,3}(?:nay|(?<y>${Y})))?${E}`, 'giu'),
    make: (g, doc) => {
      const { y, implied } = yearOf(g.y, doc);
      const n = (g.part ?? '').toLowerCase() === 'quý' ? 3 : 6;
      const first = (g.side ?? '').toLowerCase() === 'đầu';
      return { kind: 'months', value: first ? months(y, 1, n) : months(y, 13 - n, 12), lastYear: y, implied };
    },
  },
  {
    // Example: "6 tháng cuối năm 2025"
    name: 'last-months',
    re: new RegExp(`${B}(?<n>\\d{1,2})\\s{1,3}tháng\\s{1,3}cuối\\s{1,3}năm(?:\\s{1,3}(?:nay|(?<y>${Y})))?${E}`, 'giu'),
    make: (g, doc) => {
      const n = Number(g.n);
      if (n < 1 || n > 12) return null;
      const { y, implied } = yearOf(g.y, doc);
      return { kind: 'months', value: months(y, 13 - n, 12), lastYear: y, implied };
    },
  },
  {
    // Example: "6 tháng đầu năm 2025", "9 tháng năm 2024", "10 tháng đầu năm"
    name: 'first-months',
    re: new RegExp(`${B}(?<n>\\d{1,2})\\s{1,3}tháng\\s{1,3}(?:đầu\\s{1,3})?năm(?:\\s{1,3}(?:nay|(?<y>${Y})))?${E}`, 'giu'),
    make: (g, doc) => {
      const n = Number(g.n);
      if (n < 1 || n > 12) return null;
      const { y, implied } = yearOf(g.y, doc);
      return { kind: 'months', value: months(y, 1, n), lastYear: y, implied };
    },
  },
  {
    // Example: "trong 6 tháng qua" (counted from January of the document's year)
    name: 'past-months',
    re: new RegExp(`${B}(?<n>\\d{1,2})\\s{1,3}tháng\\s{1,3}(?:vừa\\s{1,3})?qua${E}`, 'giu'),
    make: (g, doc) => {
      const n = Number(g.n);
      if (n < 1 || n > 12) return null;
      return { kind: 'months', value: months(doc.year, 1, n), lastYear: doc.year, implied: true };
    },
  },
  {
    // Example: "tính đến cuối tháng 11/2024", "đến hết tháng 9/2025": a stock at the month's last day.
    name: 'month-end',
    re: new RegExp(`${B}(?:(?:tính|lũy\\s{1,3}kế|luỹ\\s{1,3}kế)\\s{1,3})?(?:đến|tới)\\s{1,3}(?:hết|cuối)\\s{1,3}tháng\\s{1,3}(?<m>\\d{1,2})(?:(?:\\s{0,2}[/-]\\s{0,2}|\\s{1,3}năm\\s{1,3})(?<y>${Y}))?(?![\\p{L}\\p{N}/])`, 'giu'),
    make: (g, doc) => {
      const m = Number(g.m);
      if (m < 1 || m > 12) return null;
      const { y, implied } = yearOf(g.y, doc);
      return { kind: 'point', value: `${y}-${pad(m)}-${pad(daysInMonth(y, m))}`, lastYear: y, implied };
    },
  },
  {
    // Example: "Trong 9 tháng, toàn tỉnh …", "IIP 9 tháng tăng 15,7%": a report's months from January of its year.
    // Not "3 tháng tuổi", "6 tháng/lần", "9 tháng 7" (a date), nor a duration ("sau 3 tháng", "trong vòng 6 tháng").
    name: 'elapsed-months',
    re: new RegExp(`${B}(?<n>\\d{1,2})\\s{1,3}tháng(?![\\p{L}\\p{N}/])(?!\\s{0,3}(?:[/-]|\\d)|\\s{1,3}(?:đầu|cuối|năm|qua|vừa|tới|sau|trước|nữa|gần|liên|kể|tuổi|một|lần|trở|thì|là|mới)(?![\\p{L}\\p{N}]))`, 'giu'),
    make: (g, doc) => {
      const n = Number(g.n);
      if (n < 2 || n > 12) return null;
      return { kind: 'months', value: months(doc.year, 1, n), lastYear: doc.year, implied: true, elapsed: true };
    },
  },
  {
    // Example: "tháng 7/2025", "tháng 11 năm 2024", "tháng 7" (year implied)
    name: 'month',
    re: new RegExp(`${B}tháng\\s{1,3}(?<m>\\d{1,2})(?:(?:\\s{0,2}[/-]\\s{0,2}|\\s{1,3}năm\\s{1,3})(?<y>${Y}))?(?![\\p{L}\\p{N}/])`, 'giu'),
    make: (g, doc) => {
      const m = Number(g.m);
      if (m < 1 || m > 12) return null;
      const { y, implied } = yearOf(g.y, doc);
      return { kind: 'months', value: months(y, m, m), lastYear: y, implied };
    },
  },
  {
    // Example: "giai đoạn 2026 - 2030", "nhiệm kỳ 2020 - 2025", "05 năm 2025 - 2030", "2016-2020"
    name: 'years',
    re: new RegExp(`${B}(?:(?:giai\\s{1,3}đoạn|nhiệm\\s{1,3}kỳ|thời\\s{1,3}kỳ|\\d{1,2}\\s{1,3}năm|từ(?:\\s{1,3}năm)?)\\s{1,3})?(?<a>${Y})\\s{0,3}(?:-|–|—|đến|tới)\\s{0,3}(?:năm\\s{1,3})?(?<b>${Y})(?![\\p{N}])`, 'giu'),
    make: (g) => {
      const a = Number(g.a);
      const b = Number(g.b);
      if (!(b > a && b - a <= 30)) return null;
      return { kind: 'years', value: `${a}/${b}`, lastYear: b, implied: false };
    },
  },
  {
    // Example: "đến năm 2030", "đến hết năm 2027", "vào năm 2030", "đến 2030"
    name: 'horizon',
    re: new RegExp(`${B}(?:đến|tới|vào)(?:\\s{1,3}(?:hết|cuối))?(?:\\s{1,3}năm)?\\s{1,3}(?<y>${Y})(?![\\p{N}/-])`, 'giu'),
    make: (g) => ({ kind: 'horizon', value: String(g.y), lastYear: Number(g.y), implied: false }),
  },
  {
    // Example: "năm 2025", "cả năm 2025", "năm nay"
    name: 'year',
    re: new RegExp(`${B}(?:cả\\s{1,3})?năm\\s{1,3}(?:(?<y>${Y})(?![\\p{N}/-])|nay${E})`, 'giu'),
    make: (g, doc) => {
      const { y, implied } = yearOf(g.y, doc);
      return { kind: 'year', value: String(y), lastYear: y, implied };
    },
  },
  {
    // Example: "ước cả năm đạt …", "Trong năm, thành phố …", "mục tiêu tăng trưởng cả năm 10%": the document's own
    // year, unnamed (a year after it is the 'year' parser's; any other number is the figure). Never a time limit
    // ("hoàn thành trong năm" is read only where the year is named): which year is meant is a guess.
    name: 'this-year',
    re: new RegExp(`${B}(?:cả|trong)\\s{1,3}năm(?![\\p{L}\\p{N}])(?!\\s{1,3}(?:(?:19|20)\\d\\d|học|tới|sau|nay|qua|trước|đầu|cuối|mới|thứ|tài|nào|đó|này|kế|hoạch|vừa)(?![\\p{L}\\p{N}]))`, 'giu'),
    make: (_g, doc) => ({ kind: 'year', value: String(doc.year), lastYear: doc.year, implied: true, elapsed: true }),
  },
  {
    // Example: "đến nay", "tới nay", "đến thời điểm hiện tại": a stock at the document's date
    // Also "hiện nay", "hiện tại", and "Hiện toàn tỉnh có …", "hiện có …" (the adverb before the subject or verb).
    name: 'until-now',
    re: new RegExp(`${B}(?:(?:đến|tới)\\s{1,3}(?:nay|thời\\s{1,3}điểm\\s{1,3}(?:này|hiện\\s{1,3}tại|hiện\\s{1,3}nay))|hiện\\s{1,3}(?:nay|tại)|hiện(?=\\s{1,3}(?:toàn|cả|có|còn|trên\\s{1,3}địa)(?![\\p{L}\\p{N}])))${E}`, 'giu'),
    make: (_g, doc, docDate) =>
      docDate ? { kind: 'point', value: isoDate(docDate), lastYear: docDate.y, implied: false } : { kind: 'year', value: String(doc.year), lastYear: doc.year, implied: true },
  },
  {
    // Example: "5 năm", "10 năm liên tiếp", "05 năm qua": a span of years, read as the term in force
    name: 'span-of-years',
    re: new RegExp(`${B}(?<n>\\d{1,2})\\s{1,3}năm(?:\\s{1,3}(?:qua|vừa\\s{1,3}qua|liên\\s{1,3}tiếp|liền))?(?!\\s{0,3}(?:19|20)\\d\\d)${E}`, 'giu'),
    make: (g, doc) => (Number(g.n) >= 2 ? { kind: 'annual', value: '', lastYear: doc.year, implied: true, span: Number(g.n) } : null),
  },
  {
    // Example: "hằng năm", "mỗi năm", "bình quân năm", "trong nhiệm kỳ": per year over the term in force
    name: 'annual',
    re: new RegExp(`${B}(?:(?:hằng|hàng|mỗi)\\s{1,3}năm|bình\\s{1,3}quân\\s{1,3}(?:mỗi\\s{1,3})?năm|(?:trong|cả|toàn)\\s{1,3}nhiệm\\s{1,3}kỳ(?!\\s{1,3}(?:${Y}|tới|sau|mới)))${E}`, 'giu'),
    make: (_g, doc) => ({ kind: 'annual', value: '', lastYear: doc.year, implied: true }),
  },
];

// "tính đến ngày 9/7", "lũy kế đến ngày 21/2", "đến 20/6": the cue before a date makes it a point period.
const AS_OF_CUE = /(?:(?:tính|lũy\s{1,3}kế|luỹ\s{1,3}kế|kể\s{1,3}từ\s{1,3}đầu\s{1,3}năm)\s{1,3})?(?:đến|tới)\s{1,3}(?:hết\s{1,3})?(?:ngày\s{1,3})?$/iu;

// "sau 3 tháng", "trong vòng 6 tháng", "mỗi 3 tháng", "kéo dài 9 tháng": a count of months that is a length of time.
/** "Sau" opening a sentence or clause: with a comma after the months, "Sau 9 tháng," is the months so far. */
const CLAUSE_HEAD_SAU = /(?:^|[.;:!?\n]\s{0,3})sau\s{1,3}$/iu;
const DURATION_BEFORE = /(?:sau|vòng|mỗi|hơn|gần|khoảng|trên|dưới|hạn|dài|gian|từ|đến|tới|mất|chỉ|còn|được|thêm)\s{1,3}$/iu;

// "so với cùng kỳ 2023", "gấp 1,89 lần giai đoạn 2016-2020": a period named only as the base of a comparison.
// "so với ước thực hiện năm 2025", "so với kết quả năm 2024": the base named through what was achieved in it.
// "giảm từ 6,8% năm 2020 xuống còn 1,9% năm 2025": the year of a starting level is a base as well.
const BASE_CUE = /(?:từ\s{1,3}(?:mức\s{1,3})?[\d.,]+\s{0,2}(?:%|\p{L}{1,8}(?:\s{1,3}\p{L}{1,8})?)?|so\s{1,3}với|gấp\s{1,3}[\d.,]+\s{1,3}lần|gấp\s{1,3}(?:đôi|ba)|cùng\s{1,3}kỳ|bằng|hơn)(?:\s{1,3}(?:cùng\s{1,3}kỳ|mức|của|(?:ước\s{1,3})?(?:thực\s{1,3}hiện|kết\s{1,3}quả)|ước))?(?:\s{1,3}năm)?\s*$/iu;

export function findPeriods(text: string, dates: DateMention[], doc: DocYear, docDate: CalendarDate | null): PeriodMention[] {
  const out: PeriodMention[] = [];
  const taken = new Taken(text.length);
  const overlaps = (a: number, b: number) => taken.overlaps(a, b);
  for (const d of dates) {
    const before = text.slice(Math.max(0, d.start - 40), d.start);
    const cue = AS_OF_CUE.exec(before);
    if (!cue) continue;
    const start = d.start - cue[0].length;
    taken.take(start, d.end);
    out.push({ start, end: d.end, kind: 'point', value: isoDate(d.date), lastYear: d.date.y, implied: d.date.yearRule !== 'stated', base: false, elapsed: false });
  }
  for (const p of PARSERS) {
    for (const m of boundaryMatches(p.re, text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlaps(start, end)) continue;
      const made = p.make(m.groups ?? {}, doc, docDate);
      if (!made) continue;
      // "sau 3 tháng triển khai" is a duration; "Sau 9 tháng, mức tăng là 8,86%" opens a clause with the
      // report's elapsed months (the comma closes the phrase: nothing follows that the months would measure).
      const before = text.slice(Math.max(0, start - 16), start);
      if (made.elapsed && DURATION_BEFORE.test(before) && !(CLAUSE_HEAD_SAU.test(before) && /^\s{0,2},/u.test(text.slice(end, end + 3)))) continue;
      taken.take(start, end);
      // Every field named, in one order: a spread of the parsers' differently shaped results costs microseconds each.
      out.push({ start, end, kind: made.kind, value: made.value, lastYear: made.lastYear, implied: made.implied, base: false, elapsed: made.elapsed ?? false, span: made.span });
    }
  }
  for (const p of out) p.base = BASE_CUE.test(text.slice(Math.max(0, p.start - 30), p.start));
  return out.sort((a, b) => a.start - b.start);
}
