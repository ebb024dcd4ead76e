import { describe, expect, it } from 'vitest';
import type { ReportKind, Task, TaskReport } from './task.ts';
import { deriveTaskState, evaluateTask, TASK_STATUS_LABELS, TASK_STATUSES, taskStatus } from './task-status.ts';

const task = (over: Partial<Task> = {}): Task => ({
  id: 't1', title: 'Xây dựng đề án', leadUnitId: null, coUnitIds: [], personInCharge: null, authority: null,
  product: null, assignedOn: '2025-07-01', deadline: '2025-09-30', latest: null, recurring: false,
  parentId: null, targetIds: [], source: { documentId: null, span: null, quote: null }, visibility: 'internal', version: 1, ...over,
});

let seq = 0;
// A completion in these tables is recorded by the assigning side (approved) unless it says otherwise.
const rep = (kind: ReportKind, reportedOn: string, over: Partial<TaskReport> = {}): TaskReport => ({
  id: `r${++seq}`, taskId: 't1', kind, reportedOn, progress: null, text: '', newDeadline: null, approved: kind === 'complete' ? true : null,
  authorId: null, ...over,
});
/** A unit's completion: it waits for the assigning side. */
const claimed = (reportedOn: string) => rep('complete', reportedOn, { approved: null });

describe('a unit\'s completion waits for acceptance (deadline 2025-09-30)', () => {
  it.each<[string, TaskReport[], string, string]>([
    ['reported, not yet accepted: still open', [claimed('2025-09-28')], '2025-09-29', 'due_soon'],
    ['reported on time, not accepted, deadline passed: overdue', [claimed('2025-09-28')], '2025-10-05', 'in_progress_overdue'],
    ['accepted later: done on time, judged by the day it was reported', [claimed('2025-09-28'), rep('accept', '2025-10-03')], '2025-10-05', 'done_on_time'],
    ['as of a day before the acceptance the task was still open', [claimed('2025-09-28'), rep('accept', '2025-10-03')], '2025-10-02', 'in_progress_overdue'],
    ['reported late, accepted: done late', [claimed('2025-10-02'), rep('accept', '2025-10-03')], '2025-10-05', 'done_late'],
    ['returned instead: open again', [claimed('2025-09-28'), rep('return', '2025-10-01')], '2025-10-05', 'in_progress_overdue'],
    ['an acceptance with nothing waiting changes nothing', [rep('accept', '2025-09-01')], '2025-09-10', 'in_progress'],
  ])('%s', (_name, reports, asOf, status) => expect(taskStatus(task(), reports, asOf)).toBe(status));

  it('says since when a completion waits', () => {
    expect(deriveTaskState(task(), [claimed('2025-09-28')], '2025-09-29')).toMatchObject({ awaitingAcceptanceSince: '2025-09-28', completedOn: null, progress: 100 });
    expect(deriveTaskState(task(), [claimed('2025-09-28'), rep('accept', '2025-10-03')], '2025-10-03')).toMatchObject({ awaitingAcceptanceSince: null, completedOn: '2025-09-28' });
  });
});

describe('taskStatus: the edge days (deadline 2025-09-30)', () => {
  it.each([
    ['2025-09-22', 'in_progress'], // 8 days before
    ['2025-09-23', 'due_soon'], // 7 days before: inside the window
    ['2025-09-30', 'due_soon'], // the deadline day itself is still on time
    ['2025-10-01', 'in_progress_overdue'], // overdue from the day after
  ])('open on %s → %s', (asOf, status) => expect(taskStatus(task(), [], asOf)).toBe(status));

  it.each([
    ['2025-09-30', 'done_on_time'], // completed on the deadline day
    ['2025-09-29', 'done_on_time'],
    ['2025-10-01', 'done_late'],
  ])('completed on %s → %s', (day, status) =>
    expect(taskStatus(task(), [rep('complete', day)], '2025-12-31')).toBe(status));

  it('dueSoonDays is configurable', () => {
    expect(taskStatus(task(), [], '2025-09-20', { dueSoonDays: 10 })).toBe('due_soon');
    expect(taskStatus(task(), [], '2025-09-29', { dueSoonDays: 0 })).toBe('in_progress');
    expect(taskStatus(task(), [], '2025-09-30', { dueSoonDays: 0 })).toBe('due_soon');
  });
});

describe('taskStatus: reports fold as of the day', () => {
  const cases: Array<[string, Partial<Task>, TaskReport[], string, string]> = [
    ['recurring task, open', { recurring: true, deadline: null }, [], '2030-01-01', 'in_progress'],
    ['recurring task ignores a stray deadline', { recurring: true }, [], '2026-01-01', 'in_progress'],
    ['recurring task, completed', { recurring: true, deadline: null }, [rep('complete', '2025-08-01')], '2025-09-01', 'done_no_deadline'],
    ['no deadline, not recurring', { deadline: null }, [], '2026-01-01', 'in_progress'],
    ['completion after asOf is not seen yet', {}, [rep('complete', '2025-09-28')], '2025-09-25', 'due_soon'],
    ['returned task reopens', {}, [rep('complete', '2025-09-15'), rep('return', '2025-09-20')], '2025-10-05', 'in_progress_overdue'],
    ['returned then completed late', {}, [rep('complete', '2025-09-15'), rep('return', '2025-09-20'), rep('complete', '2025-10-03')], '2025-10-05', 'done_late'],
    ['approved extension moves the deadline', {}, [rep('extension_decision', '2025-09-25', { approved: true, newDeadline: '2025-11-30' })], '2025-10-05', 'in_progress'],
    ['completion within the extension is on time', {}, [rep('extension_decision', '2025-09-25', { approved: true, newDeadline: '2025-11-30' }), rep('complete', '2025-11-30')], '2025-12-01', 'done_on_time'],
    ['refused extension changes nothing', {}, [rep('extension_decision', '2025-09-25', { approved: false, newDeadline: '2025-11-30' })], '2025-10-05', 'in_progress_overdue'],
    ['a request alone changes nothing', {}, [rep('extension_request', '2025-09-25', { newDeadline: '2025-11-30' })], '2025-10-05', 'in_progress_overdue'],
    ['extension decided after asOf is not seen', {}, [rep('extension_decision', '2025-10-10', { approved: true, newDeadline: '2025-11-30' })], '2025-10-05', 'in_progress_overdue'],
    ['paused is not overdue', {}, [rep('pause', '2025-09-01')], '2025-10-05', 'paused'],
    ['resumed after the deadline is overdue', {}, [rep('pause', '2025-09-01'), rep('resume', '2025-10-02')], '2025-10-05', 'in_progress_overdue'],
    ['reports of another task are ignored', {}, [rep('complete', '2025-09-01', { taskId: 'other' })], '2025-10-05', 'in_progress_overdue'],
    ['same-day complete then return keeps input order', {}, [rep('complete', '2025-09-10'), rep('return', '2025-09-10')], '2025-09-12', 'in_progress'],
  ];
  it.each(cases)('%s', (_name, over, reports, asOf, status) => expect(taskStatus(task(over), reports, asOf)).toBe(status));

  it('sorts reports by date whatever the input order', () => {
    const reports = [rep('return', '2025-09-20'), rep('complete', '2025-09-15')];
    expect(taskStatus(task(), reports, '2025-10-05')).toBe('in_progress_overdue');
  });
});

describe('deriveTaskState', () => {
  it('tracks progress, completion and return', () => {
    const reports = [
      rep('progress', '2025-07-15', { progress: 30 }),
      rep('progress', '2025-08-15', { progress: 60 }),
      rep('complete', '2025-09-10'),
      rep('return', '2025-09-12'),
    ];
    expect(deriveTaskState(task(), reports, '2025-08-31')).toMatchObject({ progress: 60, completedOn: null });
    expect(deriveTaskState(task(), reports, '2025-09-10')).toMatchObject({ progress: 100, completedOn: '2025-09-10' });
    expect(deriveTaskState(task(), reports, '2025-09-12')).toMatchObject({ progress: 60, completedOn: null });
  });
  it('counts approved extensions and moves the hard limit past them', () => {
    const t = task({ latest: '2025-10-15' });
    const reports = [rep('extension_decision', '2025-09-20', { approved: true, newDeadline: '2025-12-31' })];
    expect(deriveTaskState(t, reports, '2025-10-01')).toMatchObject({ deadline: '2025-12-31', latest: '2025-12-31', extensions: 1 });
  });
  it('clamps progress', () => {
    expect(deriveTaskState(task(), [rep('progress', '2025-08-01', { progress: 140 })], '2025-08-02').progress).toBe(100);
  });
});

describe('evaluateTask', () => {
  it('gives days overdue and the deadline denominator', () => {
    expect(evaluateTask(task(), [], '2025-10-05')).toMatchObject({ status: 'in_progress_overdue', hasDeadline: true, daysOverdue: 5 });
    expect(evaluateTask(task(), [rep('complete', '2025-10-02')], '2025-10-05')).toMatchObject({ status: 'done_late', daysOverdue: 2 });
    expect(evaluateTask(task({ recurring: true }), [], '2025-10-05')).toMatchObject({ hasDeadline: false, daysOverdue: 0 });
  });
});

it('has a Vietnamese label for every status', () => {
  for (const s of TASK_STATUSES) expect(TASK_STATUS_LABELS[s]).toMatch(/\p{L}/u);
  expect(TASK_STATUS_LABELS.in_progress_overdue).toBe('Đang thực hiện quá hạn');
});
