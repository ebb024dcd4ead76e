// Time limits of directives: "trước ngày 20/8", "chậm nhất ngày 31/8/2025", "trong tháng 7/2025", "trong quý 3/2025",
// "trong năm 2026", "đến năm 2030". Built on dates.ts and periods.ts: a limit is a date or period with a cue before it.
import { type CalendarDate, type DateMention, daysInMonth, isoDate } from './dates.ts';
import type { PeriodMention } from './periods.ts';
import { TIME_LABEL } from './fields.ts';

export interface Deadline {
  /** Offsets of the limit with its cue words. */
  start: number;
  end: number;
  /** YYYY-MM-DD */
  date: string;
  /** "chậm nhất": a harder limit than a "trước" given next to it. */
  latest: boolean;
  /** The year was taken from the document (see YearRule in dates.ts). */
  implied: boolean;
  /** "đến năm 2030", "trong năm 2026": a year-long horizon, which targets share with tasks. */
  horizon: boolean;
  /** "đến năm 2030" (not "trong năm 2026"): a year to be reached, said of goals as much as of directives. */
  reach?: boolean;
  /** "- Thời gian hoàn thành: Quý II/2025.": the limit of a plan's item, stated on a line of its own below it. */
  field?: boolean;
}

// A plan's item fields: "- Thời gian hoàn thành: Quý II/2025", "Thời hạn: trước ngày 30/6/2025", "Tiến độ: năm 2025".
const FIELD_LABEL = new RegExp(`^[\\s\\-–•*+]*(?:${TIME_LABEL})(?:\\s+(?:hoàn\\s+thành|thực\\s+hiện|hoàn\\s+thành\\s+dự\\s+kiến))?\\s*:\\s*(?<rest>.*)$`, 'iu');
// What may stand between the label and a period: "Thời gian hoàn thành: Quý II/2025", "…: hoàn thành trong năm 2025".
const FIELD_PERIOD_CUE = /^(?:(?:hoàn\s+thành|xong)\s+)?(?:trong\s+|vào\s+)?$/iu;

/** The words of a field line before `at` after its label ("" right after it), or null when `at` is on no field line. */
function fieldPrefix(text: string, at: number): string | null {
  // Only the last 80 characters are searched for the line's start: a megabyte on one line stays linear.
  const from = Math.max(0, at - 80);
  const head = text.slice(from, at);
  const nl = head.lastIndexOf('\n');
  if (nl < 0 && from > 0) return null;
  return FIELD_LABEL.exec(head.slice(nl + 1))?.groups?.rest ?? null;
}

// "Quy hoạch chung đô thị Thanh Hóa đến năm 2045", "Chiến lược phát triển … đến năm 2030": the title of a plan.
const TITLE_BEFORE = /(?:Quy\s+hoạch|Chiến\s+lược|Đề\s+án|Chương\s+trình|Kế\s+hoạch|Nghị\s+quyết|Định\s+hướng)(?:\s+[^\s,;:.()]+){0,10}\s+$/u;

// Example: "trước ngày 20/8", "hạn chót ngày 5/9", "xong trước 30.11.2025", "vào ngày 13-12"
// "thông xe kỹ thuật vào ngày 13-12": the day itself.
const DAY_BY = /(?:trước|hạn\s+chót|hạn|vào\s{1,3}ngày)\s{1,3}(?:ngày\s{1,3})?$/iu;
// Example: "chậm nhất ngày 31/8/2025", "chậm nhất là ngày 13-10"
const DAY_LATEST = /chậm\s+nhất\s{1,3}(?:là\s{1,3})?(?:vào\s{1,3}|đến\s{1,3})?(?:ngày\s{1,3})?$/iu;
// Example: "trong tháng 7/2025", "trong quý 3/2025", "trong năm 2025", "ngay trong quý I/2026", "trước quý IV/2025"
const PERIOD_IN = /(?:(?<![\p{L}\p{N}])trong|vào|xong\s{1,3}trong|(?<before>(?<![\p{L}\p{N}])trước)|(?<latest>chậm\s+nhất(?:\s{1,3}là)?(?:\s{1,3}(?:trong|vào))?))\s{1,3}$/iu;
// "tính đến năm 2023", "tầm nhìn đến năm 2050": a horizon that is no time limit.
const NOT_A_LIMIT_BEFORE = /(?:tính|tầm\s+nhìn|lũy\s+kế|kể\s+từ)\s{0,3}$/iu;
const VISION_AFTER = /^\s{0,2},?\s{0,2}tầm\s+nhìn/iu;

const FROM_NOW_BEFORE = /(?<![\p{L}\p{N}])từ\s+(?:nay|bây\s+giờ)\s*$/iu;

function endOf(p: PeriodMention): { y: number; m: number; d: number } | null {
  const months = /^(\d{4})-(\d{2})\/(\d{4})-(\d{2})$/u.exec(p.value);
  if (months) {
    const y = Number(months[3]);
    const m = Number(months[4]);
    return { y, m, d: daysInMonth(y, m) };
  }
  if (/^\d{4}$/u.test(p.value)) return { y: Number(p.value), m: 12, d: 31 };
  return null;
}

function dayBefore(p: PeriodMention): { y: number; m: number; d: number } | null {
  const first = /^(\d{4})(?:-(\d{2}))?/u.exec(p.value);
  if (!first) return null;
  const t = Date.UTC(Number(first[1]), first[2] ? Number(first[2]) - 1 : 0, 1) - 86_400_000;
  const d = new Date(t);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}

export function findDeadlines(text: string, dates: DateMention[], periods: PeriodMention[]): Deadline[] {
  const out: Deadline[] = [];
  const implied = (d: CalendarDate) => d.yearRule !== 'stated';
  for (const d of dates) {
    const before = text.slice(Math.max(0, d.start - 30), d.start);
    const latest = DAY_LATEST.exec(before);
    const by = latest ? null : DAY_BY.exec(before);
    const cue = latest ?? by;
    if (!cue) continue;
    const field = fieldPrefix(text, d.start) !== null;
    out.push({ start: d.start - cue[0].length, end: d.end, date: isoDate(d.date), latest: !!latest, implied: implied(d.date), horizon: false, field });
  }
  for (const p of periods) {
    if (p.kind === 'horizon') {
      if (NOT_A_LIMIT_BEFORE.test(text.slice(Math.max(0, p.start - 15), p.start)) || VISION_AFTER.test(text.slice(p.end, p.end + 15))) continue;
      if (TITLE_BEFORE.test(text.slice(Math.max(0, p.start - 90), p.start))) continue;
      out.push({ start: p.start, end: p.end, date: `${p.lastYear}-12-31`, latest: false, implied: p.implied, horizon: true, reach: true });
      continue;
    }
    // "từ nay đến hết tháng 5/2025", "từ nay đến ngày 30/6": the end of a stretch that starts now is a time limit.
    if (p.kind === 'point') {
      if (FROM_NOW_BEFORE.test(text.slice(Math.max(0, p.start - 12), p.start))) {
        out.push({ start: p.start, end: p.end, date: p.value, latest: false, implied: p.implied, horizon: false });
      }
      continue;
    }
    // "trong 3 tháng" is a length of time, not a time limit.
    if ((p.kind !== 'months' && p.kind !== 'year') || p.elapsed) continue;
    const prefix = fieldPrefix(text, p.start);
    const cue = PERIOD_IN.exec(text.slice(Math.max(0, p.start - 25), p.start));
    if (!cue && !(prefix !== null && FIELD_PERIOD_CUE.test(prefix))) continue;
    const day = cue?.groups?.before ? dayBefore(p) : endOf(p);
    if (!day) continue;
    const field = prefix !== null;
    out.push({ start: p.start - (cue?.[0].length ?? 0), end: p.end, date: isoDate(day), latest: !!cue?.groups?.latest, implied: p.implied, horizon: p.kind === 'year' && !field, field });
  }
  return out.sort((a, b) => a.start - b.start);
}
