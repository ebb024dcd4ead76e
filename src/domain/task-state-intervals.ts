// A task's state as dated stretches between its report days, each folded by deriveTaskState, so a
// store can answer "as of any day" with the domain's own rule instead of a second one in SQL.
import { addDays } from './calendar.ts';
import type { TaskReport } from './task.ts';
import { deriveTaskState, type TaskFoldInput, type TaskState } from './task-status.ts';

export interface TaskStateInterval {
  /** First day the state holds; null: since the beginning (before any report). */
  from: string | null;
  /** First day it no longer holds (exclusive); null: still in force. */
  to: string | null;
  state: TaskState;
}

/** What a store keeps of a state; two stretches that agree on these are one stretch. */
const sameStored = (a: TaskState, b: TaskState) =>
  a.completedOn === b.completedOn && a.deadline === b.deadline && a.paused === b.paused && a.progress === b.progress;

/**
 * The stretches covering every day, in order, without gaps: the state can only change on a day a
 * report is dated, so folding once per report day (all reports up to and including it) gives the
 * state of every day up to the next report day. Neighbours that store the same state are merged.
 */
export function stateIntervals(task: TaskFoldInput, reports: readonly TaskReport[]): TaskStateInterval[] {
  const days = [...new Set(reports.filter((r) => r.taskId === task.id).map((r) => r.reportedOn))].sort();
  const first = days[0];
  const out: TaskStateInterval[] = [
    { from: null, to: first ?? null, state: deriveTaskState(task, reports, first ? addDays(first, -1) : '0001-01-01') },
  ];
  days.forEach((day, i) => {
    const state = deriveTaskState(task, reports, day);
    const last = out[out.length - 1]!;
    if (sameStored(last.state, state)) last.to = days[i + 1] ?? null;
    else out.push({ from: day, to: days[i + 1] ?? null, state });
  });
  return out;
}
