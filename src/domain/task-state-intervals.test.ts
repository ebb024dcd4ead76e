// The state stretches of a task: one per change, covering every day, each equal to the fold of its days.
import { describe, expect, it } from 'vitest';
import { stateIntervals } from './task-state-intervals.ts';
import { deriveTaskState } from './task-status.ts';
import type { TaskReport } from './task.ts';

const task = { id: 't', recurring: false, deadline: '2025-02-28', latest: null };
const report = (reportedOn: string, kind: TaskReport['kind'], extra: Partial<TaskReport> = {}): TaskReport => ({
  id: `${reportedOn}-${kind}`, taskId: 't', kind, reportedOn, progress: null, text: '', newDeadline: null, approved: kind === 'complete' ? true : null, authorId: null, ...extra,
});

describe('stateIntervals', () => {
  it('is one open stretch without reports', () => {
    expect(stateIntervals(task, [])).toEqual([{ from: null, to: null, state: deriveTaskState(task, [], '2025-01-01') }]);
  });

  it('starts a stretch on each day that changes the state, and folds same-day reports together', () => {
    const reports = [
      report('2025-03-10', 'progress', { progress: 40 }),
      report('2025-05-01', 'extension_request', { newDeadline: '2025-06-30' }),
      report('2025-05-01', 'extension_decision', { approved: true, newDeadline: '2025-06-30' }),
      report('2025-06-20', 'complete'),
    ];
    const got = stateIntervals(task, reports);
    expect(got.map((i) => [i.from, i.to, i.state.deadline, i.state.progress, i.state.completedOn])).toEqual([
      [null, '2025-03-10', '2025-02-28', null, null],
      ['2025-03-10', '2025-05-01', '2025-02-28', 40, null],
      ['2025-05-01', '2025-06-20', '2025-06-30', 40, null],
      ['2025-06-20', null, '2025-06-30', 100, '2025-06-20'],
    ]);
  });

  it('merges a report day that changes nothing stored (a refused extension)', () => {
    const got = stateIntervals(task, [report('2025-03-01', 'extension_decision', { approved: false })]);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ from: null, to: null });
  });

  it('ignores reports of another task', () => {
    expect(stateIntervals(task, [{ ...report('2025-03-01', 'complete'), taskId: 'other' }])).toHaveLength(1);
  });
});
