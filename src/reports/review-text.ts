// The sentences and cell texts of the review report, shared by the DOCX and XLSX writers so both
// say the same thing in the same words.
import { formatDateVi, formatNumber, formatRatio, formatScaled } from '../domain/format.ts';
import type { ReviewReportData, ReviewTaskRow } from '../domain/review.ts';
import type { TaskSummary } from '../domain/summary.ts';

export const DASH = '—';

/** A figure or a dash: a blank cell reads as "forgotten", a dash as "no figure". */
export const figure = (v: number | null): string => (v === null ? DASH : formatNumber(v));
/** A target's figure beside its unit column, large ones in scale words as its target is written: 26.000 tỷ (đồng). */
export const amountCell = (v: number | null): string => (v === null ? DASH : formatScaled(v));
export const ratio = (v: number | null): string => (v === null ? DASH : formatRatio(v));
export const day = (d: string | null): string => (d === null ? DASH : formatDateVi(d));

/**
 * The date line of the heading. Nghị định 30/2020 (and Hướng dẫn 36-HD/VPTW) write days below 10
 * and months below 3 with a leading zero ("ngày 05 tháng 02 năm 2025") so nobody can add a digit;
 * this is the one place the report departs from format.ts's no-leading-zero dates.
 */
export function dateLineVi(place: string, date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (!y || !m || !d) return `${place}, ngày … tháng … năm …`;
  const dd = d < 10 ? `0${d}` : String(d);
  const mm = m < 3 ? `0${m}` : String(m);
  return `${place}, ngày ${dd} tháng ${mm} năm ${y}`;
}

/** "Số: 45-BC/TU", or a gap for the clerk who numbers the document when it is signed. */
export function numberLine(data: Pick<ReviewReportData, 'number' | 'symbolSuffix'>): string {
  if (data.number) return `Số: ${data.number}`;
  // Party symbols follow the number with a dash (45-BC/TU), government ones with a slash (12/BC-UBND).
  const suffix = /^[-/]/u.test(data.symbolSuffix) ? data.symbolSuffix : `-${data.symbolSuffix}`;
  return `Số:       ${suffix}`;
}

/**
 * The tasks paragraph against both denominators, as follow-up reports write it: all tasks first,
 * then the tasks that had a deadline (standing tasks cannot be late, so rates of lateness use
 * only those).
 */
export function taskSentences(s: TaskSummary): string[] {
  const c = s.counts;
  const doneWithDeadline = c.done_on_time + c.done_late;
  const standing = s.total - s.withDeadline;
  const first =
    `Tổng số ${s.total} nhiệm vụ, đã hoàn thành ${s.done} (${ratio(s.doneRate)}), ` +
    `trong đó đúng hạn ${c.done_on_time}, quá hạn ${c.done_late}` +
    (c.done_no_deadline > 0 ? `, không có thời hạn ${c.done_no_deadline}` : '') +
    `; đang thực hiện ${s.open}, trong đó quá hạn ${s.overdue}` +
    (c.paused > 0 ? `, tạm dừng ${c.paused}` : '') +
    '.';
  const second =
    `Trong ${s.withDeadline} nhiệm vụ có thời hạn` +
    (standing > 0 ? ` (không kể ${standing} nhiệm vụ thường xuyên)` : '') +
    `, đã hoàn thành ${doneWithDeadline} (${ratio(s.doneRateWithDeadline)}); ` +
    `tỷ lệ hoàn thành đúng hạn trên số đã hoàn thành là ${ratio(s.onTimeRate)}; ` +
    `số nhiệm vụ chậm (đang quá hạn hoặc hoàn thành quá hạn) là ${s.late} (${ratio(s.lateRate)}).`;
  return [first, second];
}

/** One line of a task list: the title, then who and when, in brackets. */
export function taskLine(t: ReviewTaskRow, kind: 'onTime' | 'late' | 'overdue' | 'next'): string {
  const who = t.unitName ?? 'chưa giao đơn vị';
  switch (kind) {
    case 'onTime':
      return `${t.title} (${who}; hoàn thành ${day(t.completedOn)}).`;
    case 'late':
      return `${t.title} (${who}; thời hạn ${day(t.deadline)}, hoàn thành ${day(t.completedOn)}, chậm ${t.daysOverdue} ngày).`;
    case 'overdue':
      return `${t.title} (${who}; thời hạn ${day(t.deadline)}, quá hạn ${t.daysOverdue} ngày).`;
    case 'next':
      return `${t.title} (${who}; thời hạn ${day(t.deadline)}).`;
  }
}

/** The "x/y chỉ tiêu đạt" sentence, with the targets the headline leaves out said aloud. */
export function targetSentence(t: ReviewReportData['targets'], periodLabel: string): string {
  const missing = t.total - t.assessed;
  return (
    `Trong ${periodLabel}, ${t.achieved}/${t.assessed} chỉ tiêu có số liệu đạt và vượt kế hoạch` +
    (missing > 0 ? `; ${missing}/${t.total} chỉ tiêu chưa có số liệu để đánh giá` : '') +
    '.'
  );
}
