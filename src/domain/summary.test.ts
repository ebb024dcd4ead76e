import { describe, expect, it } from 'vitest';
import { summarizeTargets, summarizeTaskCounts, summarizeTasks, type TaskStatusEntry } from './summary.ts';

describe('summarizeTasks', () => {
  it('counts both denominators', () => {
    const s = summarizeTasks([
      { status: 'done_on_time', hasDeadline: true },
      { status: 'done_on_time', hasDeadline: true },
      { status: 'done_late', hasDeadline: true },
      { status: 'done_no_deadline', hasDeadline: false },
      { status: 'in_progress', hasDeadline: true },
      { status: 'in_progress', hasDeadline: false },
      { status: 'in_progress_overdue', hasDeadline: true },
      { status: 'due_soon', hasDeadline: true },
      { status: 'paused', hasDeadline: true },
    ]);
    expect(s).toMatchObject({ total: 9, withDeadline: 7, done: 4, open: 5, overdue: 1, late: 2 });
    expect(s.counts.done_on_time).toBe(2);
    expect(s.onTimeRate).toBeCloseTo(2 / 3);
    expect(s.doneRate).toBeCloseTo(4 / 9);
    expect(s.doneRateWithDeadline).toBeCloseTo(3 / 7);
    expect(s.lateRate).toBeCloseTo(2 / 7);
  });
  it('accepts bare statuses and gives null rates when empty', () => {
    expect(summarizeTasks([])).toMatchObject({ total: 0, onTimeRate: null, doneRate: null });
    const s = summarizeTasks(['done_late', 'done_no_deadline', 'in_progress']);
    expect(s).toMatchObject({ total: 3, withDeadline: 1, onTimeRate: 0 });
  });
});

describe('summarizeTargets', () => {
  it('headline is achieved over assessed, with the no-data count beside it', () => {
    const s = summarizeTargets(['achieved', 'achieved', 'on_track', 'off_track', 'no_data', { status: 'at_risk' }]);
    expect(s).toMatchObject({ total: 6, assessed: 5, achieved: 2, headlineVi: '2/5 chỉ tiêu đạt' });
    expect(s.detailVi).toBe('2/5 chỉ tiêu đạt (6 chỉ tiêu, 1 chưa có số liệu)');
    expect(s.achievedRate).toBeCloseTo(0.4);
  });
  it('no targets assessed', () => {
    expect(summarizeTargets(['no_data'])).toMatchObject({ headlineVi: '0/0 chỉ tiêu đạt', achievedRate: null });
  });
});

describe('summarizeTaskCounts', () => {
  it('gives what summarizeTasks gives for the same tasks, grouped', () => {
    const entries: TaskStatusEntry[] = [
      { status: 'done_on_time', hasDeadline: true }, { status: 'done_on_time', hasDeadline: true },
      { status: 'done_late', hasDeadline: true }, { status: 'in_progress', hasDeadline: false },
      { status: 'in_progress', hasDeadline: true }, { status: 'in_progress_overdue', hasDeadline: true },
      { status: 'paused', hasDeadline: true }, { status: 'done_no_deadline', hasDeadline: false },
    ];
    const grouped = new Map<string, TaskStatusEntry & { n: number }>();
    for (const e of entries) {
      const k = `${e.status}/${e.hasDeadline}`;
      grouped.set(k, { ...e, n: (grouped.get(k)?.n ?? 0) + 1 });
    }
    expect(summarizeTaskCounts([...grouped.values()])).toEqual(summarizeTasks(entries));
    expect(summarizeTaskCounts([...grouped.values()]).total).toBe(8);
  });
});
