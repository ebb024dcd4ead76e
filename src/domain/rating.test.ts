import { AppError } from './errors.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adjustRating, rateUnit, type RatingInput } from './rating.ts';
import { parseRatingRules, type RatingRules, type ReportOutcome } from './rating-rules.ts';
import { TARGET_STATUS_LABELS, type TargetAssessment, type TargetStatusKind } from './target-status.ts';
import type { ReportKind, Task, TaskReport } from './task.ts';

/** The English wording of the refusal a call throws (the Vietnamese one is checked at the edge). */
function english(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof AppError) return e.text?.en ?? e.message;
    throw e;
  }
  throw new Error('did not throw');
}

const rules: RatingRules = parseRatingRules(JSON.parse(readFileSync(new URL('../../rules/rating-2026.json', import.meta.url), 'utf8')));

const task = (id: string, over: Partial<Task> = {}): Task => ({
  id, title: `Nhiệm vụ ${id}`, leadUnitId: 'u1', coUnitIds: [], personInCharge: null, authority: null, product: null,
  assignedOn: '2025-12-01', deadline: '2026-02-15', latest: null, recurring: false, parentId: null, targetIds: [],
  source: { documentId: null, span: null, quote: null }, visibility: 'internal', version: 1, ...over,
});
let seq = 0;
const rep = (taskId: string, kind: ReportKind, reportedOn: string, over: Partial<TaskReport> = {}): TaskReport => ({
  id: `r${++seq}`, taskId, kind, reportedOn, progress: null, text: '', newDeadline: null, approved: kind === 'complete' ? true : null, authorId: null, ...over,
});
const target = (targetId: string, status: TargetStatusKind) => ({
  targetId, label: `Chỉ tiêu ${targetId}`,
  assessment: { status, labelVi: TARGET_STATUS_LABELS[status] } as TargetAssessment,
});

const input = (over: Partial<RatingInput> = {}): RatingInput => ({
  unitCode: 'P01', unitName: 'Phường Một', quarter: '2026-Q1', general: 30,
  tasks: [task('t1')], taskReports: [rep('t1', 'complete', '2026-02-10')],
  targets: [target('c1', 'achieved')], report: 'accepted_on_time', ...over,
});

describe('rateUnit: the edge of each threshold', () => {
  // Data part: all on time = 70; report missing = 60; one task overdue = 20.
  const cases: Array<[number, Partial<RatingInput>, number, string]> = [
    [20, {}, 90, 'excellent'],
    [19.99, {}, 89.99, 'good'],
    [10, { report: 'missing' }, 70, 'good'],
    [9.99, { report: 'missing' }, 69.99, 'done'],
    [30, { taskReports: [] }, 50, 'done'],
    [29.99, { taskReports: [] }, 49.99, 'not_done'],
  ];
  it.each(cases)('general %s → %s points', (general, over, score, level) => {
    const r = rateUnit(input({ general, ...over }), rules);
    expect(r.score).toBe(score);
    expect(r.level).toBe(level);
    expect(r.provisional).toBe(false);
  });
  it('a sum a hair under 90 by floating point is rounded before the level is read', () => {
    // 3 tasks of 16,666… points each add up to 49,999…; shown as 50 and rated on 90.
    const three = ['a', 'b', 'c'].map((id) => task(id));
    const r = rateUnit(input({ general: 20, tasks: three, taskReports: three.map((t) => rep(t.id, 'complete', '2026-02-01')) }), rules);
    expect(r.score).toBe(90);
    expect(r.level).toBe('excellent');
  });
});

describe('rateUnit: each deduction (one task, deadline 15/2/2026, 50 points)', () => {
  const cases: Array<[string, Partial<Task>, TaskReport[], string, number, string]> = [
    ['completed before the deadline', {}, [rep('t1', 'complete', '2026-02-10')], 'done_on_time', 50, 'đủ điểm'],
    ['completed on the deadline day', {}, [rep('t1', 'complete', '2026-02-15')], 'done_on_time', 50, 'đủ điểm'],
    ['completed late', {}, [rep('t1', 'complete', '2026-02-20')], 'done_late', 35, 'quá hạn 5 ngày (hạn 15/2/2026): trừ 30%'],
    ['returned, then completed on time', {}, [rep('t1', 'complete', '2026-02-01'), rep('t1', 'return', '2026-02-05'), rep('t1', 'complete', '2026-02-12')],
      'done_on_time', 25, 'bị trả lại vì không đạt yêu cầu: trừ 50%'],
    ['returned and late: the larger deduction, not the sum', {}, [rep('t1', 'return', '2026-02-05'), rep('t1', 'return', '2026-02-08'), rep('t1', 'complete', '2026-03-01')],
      'done_late', 25, 'bị trả lại vì không đạt yêu cầu 2 lần: trừ 50% (lấy mức trừ cao nhất)'],
    ['open past the deadline', {}, [rep('t1', 'progress', '2026-02-01', { progress: 80 })], 'in_progress_overdue', 0, 'chưa hoàn thành đến hết quý, quá hạn (hạn 15/2/2026): trừ 100%'],
    ['returned and still open', {}, [rep('t1', 'complete', '2026-02-10'), rep('t1', 'return', '2026-02-20')], 'in_progress_overdue', 0, 'trừ 100%'],
    ['open at the end of the deadline day, the quarter\'s last', { deadline: '2026-03-31' }, [], 'in_progress_overdue', 0, 'quá hạn (hạn 31/3/2026)'],
    ['due last quarter, completed in this one', { deadline: '2025-12-15' }, [rep('t1', 'complete', '2026-01-14')], 'done_late', 35, 'quá hạn 30 ngày'],
    ['standing task completed in the quarter', { deadline: null, recurring: true }, [rep('t1', 'complete', '2026-03-01')], 'done_no_deadline', 50, 'đủ điểm'],
    ['completed early, due next quarter', { deadline: '2026-05-30' }, [rep('t1', 'complete', '2026-03-01')], 'done_on_time', 50, 'đủ điểm'],
  ];
  it.each(cases)('%s', (_name, over, reports, status, points, reason) => {
    const r = rateUnit(input({ tasks: [task('t1', over)], taskReports: reports }), rules);
    expect(r.tasks.items).toHaveLength(1);
    const item = r.tasks.items[0]!;
    expect(item).toMatchObject({ taskId: 't1', status, max: 50 });
    expect(item.points).toBeCloseTo(points, 9);
    expect(item.deduction).toBeCloseTo(50 - points, 9);
    expect(item.reason).toContain(reason);
    expect(r.working.some((l) => l.includes('Nhiệm vụ t1') && l.includes(reason))).toBe(true);
  });

  const notRated: Array<[string, Partial<Task>, TaskReport[]]> = [
    ['completed in the quarter before', {}, [rep('t1', 'complete', '2025-12-20')]],
    ['extended into the next quarter', {}, [rep('t1', 'extension_decision', '2026-02-10', { approved: true, newDeadline: '2026-04-30' })]],
    ['open, due next quarter', { deadline: '2026-04-15' }, []],
    ['assigned after the quarter', { assignedOn: '2026-04-02', deadline: '2026-03-31' }, []],
    ['overdue since last quarter (carryOverdue off)', { deadline: '2025-12-15' }, []],
    ['standing task still open', { deadline: null, recurring: true }, []],
  ];
  it.each(notRated)('not rated: %s', (_name, over, reports) => {
    const r = rateUnit(input({ tasks: [task('t1', over)], taskReports: reports }), rules);
    expect(r.tasks.items).toEqual([]);
    expect(r.tasks.leftOut).toEqual([]);
  });

  it('reports dated after the quarter do not count', () => {
    const r = rateUnit(input({ taskReports: [rep('t1', 'complete', '2026-02-10'), rep('t1', 'return', '2026-04-03')] }), rules);
    expect(r.tasks.items[0]).toMatchObject({ status: 'done_on_time', points: 50, returned: false });
  });

  it('a paused task is left out, and says so', () => {
    const r = rateUnit(input({ tasks: [task('t1'), task('t2')], taskReports: [rep('t1', 'complete', '2026-01-20'), rep('t2', 'pause', '2026-01-10')] }), rules);
    expect(r.tasks.items.map((t) => t.taskId)).toEqual(['t1']);
    expect(r.tasks.leftOut).toEqual([{ id: 't2', label: 'Nhiệm vụ t2', reason: 'tạm dừng (hạn 15/2/2026): không tính' }]);
    expect(r.tasks.points).toBe(50);
  });

  it('carryOverdue rates an open task from an earlier quarter again', () => {
    const carry = { ...rules, tasks: { ...rules.tasks, carryOverdue: true } };
    const r = rateUnit(input({ tasks: [task('t1', { deadline: '2025-12-15' }), task('t2')], taskReports: [rep('t2', 'complete', '2026-02-01')] }), carry);
    expect(r.tasks.items.map((t) => [t.taskId, t.points])).toEqual([['t1', 0], ['t2', 25]]);
    expect(r.tasks.items[0]!.reason).toContain('(hạn 15/12/2025, từ quý trước)');
  });

  it('tasks share the part equally', () => {
    const tasks = ['a', 'b', 'c', 'd'].map((id) => task(id));
    const reports = [rep('a', 'complete', '2026-02-01'), rep('b', 'complete', '2026-02-20'), rep('c', 'complete', '2026-02-14')];
    const r = rateUnit(input({ tasks, taskReports: reports }), rules);
    expect(r.tasks.items.map((t) => t.points)).toEqual([12.5, 8.75, 12.5, 0]);
    expect(r.tasks.points).toBe(33.75);
    expect(r.score).toBe(30 + 33.75 + 10 + 10);
    expect(r.working).toContain('  Cộng nhiệm vụ: 33,75/50 điểm.');
  });
});

describe('rateUnit: targets, report, nothing to rate', () => {
  it('targets by status; no data is left out', () => {
    const targets = [target('a', 'achieved'), target('b', 'on_track'), target('c', 'at_risk'), target('d', 'off_track'), target('e', 'no_data')];
    const r = rateUnit(input({ targets }), rules);
    expect(r.targets.items.map((t) => t.points)).toEqual([2.5, 2.5, 1.25, 0]);
    expect(r.targets.points).toBe(6.25);
    expect(r.targets.leftOut).toEqual([{ id: 'e', label: 'Chỉ tiêu e', reason: 'Chưa có số liệu: không tính vào xếp loại' }]);
  });

  it.each([['accepted_on_time', 10], ['accepted_late', 5], ['returned', 2.5], ['missing', 0]] as Array<[ReportOutcome, number]>)(
    'report %s → %s points', (report, points) => expect(rateUnit(input({ report }), rules).report.points).toBe(points));

  it('no task due, prorate: the 50 points are shared out over targets and report (× 3,5)', () => {
    const r = rateUnit(input({ tasks: [], taskReports: [], targets: [target('a', 'achieved'), target('b', 'off_track')], report: 'accepted_late' }), rules);
    expect(r.tasks).toMatchObject({ points: 0, max: 0, items: [] });
    expect(r.targets.max).toBeCloseTo(35, 9);
    expect(r.report.max).toBeCloseTo(35, 9);
    expect(r.score).toBe(30 + 17.5 + 17.5);
    expect(r.working.some((l) => l.includes('chia lại cho các phần dữ liệu còn lại (nhân 3,5)'))).toBe(true);
  });

  it('no task and no target, prorate: the report carries the 70', () => {
    const r = rateUnit(input({ tasks: [], taskReports: [], targets: [], report: 'accepted_on_time' }), rules);
    expect(r.report.max).toBe(70);
    expect(r.score).toBe(100);
  });

  it('no task due, full: the task part counts in full', () => {
    const r = rateUnit(input({ tasks: [], taskReports: [] }), { ...rules, whenNothingToRate: 'full' });
    expect(r.tasks).toMatchObject({ points: 50, max: 50 });
    expect(r.score).toBe(100);
    expect(r.working.some((l) => l.endsWith('tính đủ 50 điểm.'))).toBe(true);
  });
});

describe('rateUnit: provisional until the general points are in', () => {
  it('says so, and gives no level while the range spans two', () => {
    const r = rateUnit(input({ general: null }), rules);
    expect(r).toMatchObject({ provisional: true, score: 70, scoreRange: { min: 70, max: 100 }, level: null });
    expect(r.general).toEqual({ points: null, max: 30 });
    expect(r.levelLabel).toBe('Tạm tính: từ Hoàn thành tốt nhiệm vụ đến Hoàn thành xuất sắc nhiệm vụ (chưa nhập điểm tiêu chí chung)');
    expect(r.working[1]).toContain('TẠM TÍNH');
  });
  it('gives the level when every outcome lands in it', () => {
    const r = rateUnit(input({ general: null, taskReports: [], report: 'missing', targets: [target('a', 'off_track')] }), rules);
    expect(r).toMatchObject({ score: 0, scoreRange: { min: 0, max: 30 }, level: 'not_done', levelLabel: 'Không hoàn thành nhiệm vụ (tạm tính)' });
  });
});

describe('rateUnit: bad input', () => {
  it.each([
    [{ quarter: '2026-H1' }, 'quarter: expected a quarter'],
    [{ quarter: '2025-Q4' }, "quarter: 2025-Q4 is not in the rules' year 2026"],
    [{ general: 31 }, 'general: must be between 0 and 30'],
    [{ general: -1 }, 'general: must be between 0 and 30'],
    [{ general: Number.NaN }, 'general: must be between 0 and 30'],
  ] as Array<[Partial<RatingInput>, string]>)('%j', (over, message) => expect(english(() => rateUnit(input(over), rules))).toContain(message));
});

describe('adjustRating', () => {
  const base = rateUnit(input({ general: 25 }), rules); // 95
  it.each(['', '   '])('refuses an empty reason (%j)', (reason) =>
    expect(english(() => adjustRating(base, { score: 85, reason, by: 'Bí thư' }))).toContain('reason: a written reason is required'));
  it.each([
    [{ reason: 'x', by: '' }, 'by: say who'],
    [{ reason: 'x', by: 'B' }, 'score: give either'],
    [{ score: 80, level: 'good', reason: 'x', by: 'B' }, 'score: give either'],
    [{ score: 120, reason: 'x', by: 'B' }, 'score: must be between 0 and 100'],
  ] as const)('refuses %j', (req, message) => expect(english(() => adjustRating(base, req))).toContain(message));
  it('refuses to adjust a provisional rating', () =>
    expect(english(() => adjustRating(rateUnit(input({ general: null }), rules), { score: 80, reason: 'x', by: 'B' }))).toContain('general: enter'));

  it('a new score brings its level, and the adjustment is recorded', () => {
    const r = adjustRating(base, { score: 85, reason: ' Chậm khắc phục sau kiểm tra ', by: 'Bí thư Thành ủy' });
    expect(r).toMatchObject({ score: 85, level: 'good', levelLabel: 'Hoàn thành tốt nhiệm vụ' });
    expect(r.adjustments).toEqual([{ from: { score: 95, level: 'excellent' }, to: { score: 85, level: 'good' }, reason: 'Chậm khắc phục sau kiểm tra', by: 'Bí thư Thành ủy' }]);
    expect(r.working.at(-1)).toBe('Điều chỉnh (Bí thư Thành ủy): 95 điểm, Hoàn thành xuất sắc nhiệm vụ → 85 điểm, Hoàn thành tốt nhiệm vụ. Lý do: Chậm khắc phục sau kiểm tra');
    expect(base.adjustments).toEqual([]); // the original is left as it was
  });
  it('a new level keeps the score; adjustments pile up', () => {
    const r = adjustRating(adjustRating(base, { level: 'good', reason: 'a', by: 'B' }), { level: 'done', reason: 'b', by: 'C' });
    expect(r).toMatchObject({ score: 95, level: 'done' });
    expect(r.adjustments.map((a) => a.to.level)).toEqual(['good', 'done']);
  });
});

describe('rateUnit in the middle of the quarter', () => {
  const open = {
    tasks: [task('done', { deadline: '2026-02-20' }), task('due-later', { deadline: '2026-02-15' }), task('due-before', { deadline: '2026-02-01' })],
    taskReports: [rep('done', 'complete', '2026-02-05')],
  };

  it('does not count a task due after the day asked as overdue; one due before it is', () => {
    const mid = rateUnit(input({ ...open, asOf: '2026-02-10' }), rules);
    expect(mid.tasks.items.map((t) => t.taskId).sort()).toEqual(['done', 'due-before']);
    expect(mid.tasks.items.find((t) => t.taskId === 'due-before')!.status).toBe('in_progress_overdue');
    expect(mid.working.join('\n')).toContain('Tạm tính đến ngày 10/2/2026 (quý chưa kết thúc)');
    // The same data at the quarter's end: both are late.
    const end = rateUnit(input(open), rules);
    expect(end.tasks.items.map((t) => t.taskId).sort()).toEqual(['done', 'due-before', 'due-later']);
    expect(end.tasks.points).toBeLessThan(mid.tasks.points);
  });

  it('rates a day after the quarter as its last day', () => {
    expect(rateUnit(input({ ...open, asOf: '2026-05-01' }), rules)).toEqual(rateUnit(input(open), rules));
  });
});
