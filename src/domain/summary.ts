// Tổng hợp: the counts a dashboard and a review report show, from statuses already derived.
import { TARGET_STATUSES, type TargetStatusKind } from './target-status.ts';
import { TASK_STATUSES, type TaskStatus } from './task-status.ts';

/** A task's status and whether it has a deadline (evaluateTask returns both). */
export interface TaskStatusEntry {
  status: TaskStatus;
  hasDeadline: boolean;
}

export interface TaskSummary {
  counts: Record<TaskStatus, number>;
  /** Denominator 1: all tasks. */
  total: number;
  /** Denominator 2: tasks with a deadline (standing tasks excluded). */
  withDeadline: number;
  done: number;
  /** Open tasks, paused ones included. */
  open: number;
  /** Open past the deadline (đang thực hiện quá hạn). */
  overdue: number;
  /** Late in any way: open past the deadline or finished after it. */
  late: number;
  /** Of the tasks finished that had a deadline, the share finished on time; null when none. */
  onTimeRate: number | null;
  /** Finished ÷ all tasks. */
  doneRate: number | null;
  /** Finished with a deadline ÷ tasks with a deadline. */
  doneRateWithDeadline: number | null;
  /** Late (open or finished) ÷ tasks with a deadline. */
  lateRate: number | null;
}

const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

// Statuses that say by themselves whether the task has a deadline; in_progress and paused do not.
const IMPLIED_DEADLINE: Partial<Record<TaskStatus, boolean>> = {
  done_on_time: true,
  done_late: true,
  done_no_deadline: false,
  due_soon: true,
  in_progress_overdue: true,
};

/**
 * Counts tasks by status against both denominators, as follow-up reports do ("hoàn thành x/y
 * nhiệm vụ; trong đó x1/y1 nhiệm vụ có thời hạn, đúng hạn …"). Pass entries with `hasDeadline`
 * for exact figures; a bare 'in_progress' or 'paused' is counted as having no deadline.
 */
export function summarizeTasks(items: ReadonlyArray<TaskStatus | TaskStatusEntry>): TaskSummary {
  return summarizeTaskCounts(
    items.map((item) => (typeof item === 'string' ? { status: item, hasDeadline: IMPLIED_DEADLINE[item] ?? false, n: 1 } : { ...item, n: 1 })),
  );
}

/** The same summary from counts already grouped (by SQL): n tasks of a status, with or without a deadline. */
export function summarizeTaskCounts(rows: ReadonlyArray<TaskStatusEntry & { n: number }>): TaskSummary {
  const counts = Object.fromEntries(TASK_STATUSES.map((s) => [s, 0])) as Record<TaskStatus, number>;
  let withDeadline = 0;
  let total = 0;
  for (const r of rows) {
    counts[r.status] += r.n;
    total += r.n;
    if (r.hasDeadline) withDeadline += r.n;
  }
  const doneWithDeadline = counts.done_on_time + counts.done_late;
  const done = doneWithDeadline + counts.done_no_deadline;
  const late = counts.in_progress_overdue + counts.done_late;
  return {
    counts,
    total,
    withDeadline,
    done,
    open: total - done,
    overdue: counts.in_progress_overdue,
    late,
    onTimeRate: share(counts.done_on_time, doneWithDeadline),
    doneRate: share(done, total),
    doneRateWithDeadline: share(doneWithDeadline, withDeadline),
    lateRate: share(late, withDeadline),
  };
}

/**
 * The ranking of units on the dashboard: on-time completion first (none yet: last), then fewer
 * overdue tasks, then more done, then the id in code-unit order — the order SQL's COLLATE "C" gives,
 * so db/task-tally.ts can choose the first units in SQL by the same rule.
 */
export function compareUnits(a: { unitId: string | null } & Pick<TaskSummary, 'onTimeRate' | 'overdue' | 'done'>, b: typeof a): number {
  const ida = a.unitId ?? '';
  const idb = b.unitId ?? '';
  return (b.onTimeRate ?? -1) - (a.onTimeRate ?? -1) || a.overdue - b.overdue || b.done - a.done || (ida < idb ? -1 : ida > idb ? 1 : 0);
}

export interface TargetSummary {
  counts: Record<TargetStatusKind, number>;
  total: number;
  /** Targets with at least one usable figure: the denominator of the headline. */
  assessed: number;
  achieved: number;
  /** achieved ÷ assessed; null when nothing is assessed yet. */
  achievedRate: number | null;
  /** "12/18 chỉ tiêu đạt" (x achieved over y assessed). */
  headlineVi: string;
  /** The headline with what it leaves out: "12/18 chỉ tiêu đạt (20 chỉ tiêu, 2 chưa có số liệu)". */
  detailVi: string;
}

/**
 * Counts targets by status. The headline divides the targets achieved by the targets assessed
 * (those with figures), as review reports count "x/y chỉ tiêu đạt và vượt"; targets without figures
 * are reported beside it so the headline never hides them.
 */
export function summarizeTargets(items: ReadonlyArray<TargetStatusKind | { status: TargetStatusKind }>): TargetSummary {
  const counts = Object.fromEntries(TARGET_STATUSES.map((s) => [s, 0])) as Record<TargetStatusKind, number>;
  for (const item of items) counts[typeof item === 'string' ? item : item.status] += 1;
  const total = items.length;
  const assessed = total - counts.no_data;
  const achieved = counts.achieved;
  const headlineVi = `${achieved}/${assessed} chỉ tiêu đạt`;
  const detailVi = counts.no_data > 0 ? `${headlineVi} (${total} chỉ tiêu, ${counts.no_data} chưa có số liệu)` : headlineVi;
  return { counts, total, assessed, achieved, achievedRate: share(achieved, assessed), headlineVi, detailVi };
}
