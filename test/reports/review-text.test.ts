// The sentences of the review report: the date line, the number line, the two-denominator paragraph.
import { describe, expect, it } from 'vitest';
import { summarizeTaskCounts } from '../../src/domain/summary.ts';
import { dateLineVi, numberLine, taskSentences } from '../../src/reports/review-text.ts';

describe('dateLineVi', () => {
  it.each([
    ['2025-10-05', 'Hải Phòng, ngày 05 tháng 10 năm 2025'],
    ['2025-02-03', 'Hải Phòng, ngày 03 tháng 02 năm 2025'],
    ['2025-03-15', 'Hải Phòng, ngày 15 tháng 3 năm 2025'],
    ['2025-12-31', 'Hải Phòng, ngày 31 tháng 12 năm 2025'],
    ['', 'Hải Phòng, ngày … tháng … năm …'],
  ])('%s → %s', (date, line) => expect(dateLineVi('Hải Phòng', date)).toBe(line));
});

describe('numberLine', () => {
  it.each([
    [{ number: '45-BC/TU', symbolSuffix: '-BC/TU' }, 'Số: 45-BC/TU'],
    [{ number: null, symbolSuffix: '-BC/TU' }, 'Số:       -BC/TU'],
    [{ number: null, symbolSuffix: 'BC/TU' }, 'Số:       -BC/TU'],
    [{ number: null, symbolSuffix: '/BC-UBND' }, 'Số:       /BC-UBND'],
  ])('%o → %s', (data, line) => expect(numberLine(data)).toBe(line));
});

describe('taskSentences', () => {
  it('120 tasks, 80 done: both denominators as official reports write them', () => {
    const s = summarizeTaskCounts([
      { status: 'done_on_time', hasDeadline: true, n: 70 },
      { status: 'done_late', hasDeadline: true, n: 10 },
      { status: 'in_progress', hasDeadline: true, n: 22 },
      { status: 'in_progress_overdue', hasDeadline: true, n: 8 },
      { status: 'in_progress', hasDeadline: false, n: 10 },
    ]);
    expect(taskSentences(s)).toEqual([
      'Tổng số 120 nhiệm vụ, đã hoàn thành 80 (66,7%), trong đó đúng hạn 70, quá hạn 10; đang thực hiện 40, trong đó quá hạn 8.',
      'Trong 110 nhiệm vụ có thời hạn (không kể 10 nhiệm vụ thường xuyên), đã hoàn thành 80 (72,7%); tỷ lệ hoàn thành đúng hạn trên số đã hoàn thành là 87,5%; số nhiệm vụ chậm (đang quá hạn hoặc hoàn thành quá hạn) là 18 (16,4%).',
    ]);
  });

  it('no tasks: dashes, not NaN', () => {
    const [first, second] = taskSentences(summarizeTaskCounts([]));
    expect(first).toBe('Tổng số 0 nhiệm vụ, đã hoàn thành 0 (—), trong đó đúng hạn 0, quá hạn 0; đang thực hiện 0, trong đó quá hạn 0.');
    expect(second).not.toMatch(/NaN/);
  });
});
