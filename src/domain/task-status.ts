// Tình trạng nhiệm vụ: a task's status as of any day, derived only from its dates and its reports,
// in the categories Vietnamese follow-up reports count.
import { daysBetween } from './calendar.ts';
import type { Task, TaskReport } from './task.ts';

export const TASK_STATUSES = [
  'done_on_time',
  'done_late',
  'done_no_deadline',
  'in_progress',
  'due_soon',
  'in_progress_overdue',
  'paused',
] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  done_on_time: 'Hoàn thành đúng hạn',
  done_late: 'Hoàn thành quá hạn',
  done_no_deadline: 'Hoàn thành (không có thời hạn)',
  in_progress: 'Đang thực hiện trong hạn',
  due_soon: 'Sắp đến hạn',
  in_progress_overdue: 'Đang thực hiện quá hạn',
  paused: 'Tạm dừng',
};

export const DEFAULT_DUE_SOON_DAYS = 7;

export interface TaskState {
  /** Day of the accepted completion still standing (a later return clears it). */
  completedOn: string | null;
  /** Day a unit reported completion that the assigning side has not yet accepted or returned. */
  awaitingAcceptanceSince: string | null;
  /** The deadline in force: the assigned one, or the last approved extension; null for standing tasks. */
  deadline: string | null;
  /** The harder limit ("chậm nhất"), moved out with an approved extension beyond it. */
  latest: string | null;
  /** Latest progress reported, 0–100; 100 once completed; null before any report says. */
  progress: number | null;
  paused: boolean;
  /** How many extensions were approved (reports show "đã gia hạn n lần"). */
  extensions: number;
}

/** What the fold reads of a task (a store can fold without loading the whole task). */
export type TaskFoldInput = Pick<Task, 'id' | 'recurring' | 'deadline' | 'latest'>;

/**
 * Folds the task's reports dated on or before `asOf`, in date order (same-day reports keep the
 * order given, which should be the order they were entered).
 * - complete: done on its date (progress 100 unless it says otherwise) when the assigning side
 *   recorded it (approved = true); a unit's completion (approved = null) waits for
 * - accept (nghiệm thu): the waiting completion counts as done on the day it was reported, so on time
 *   or late by that day; until the acceptance the task stays open (as of any day before it, too);
 * - return (không đạt yêu cầu): reopens (a waiting completion is dropped), progress back to what it
 *   was before the completion;
 * - extension_decision with approved = true and a new deadline: that deadline is in force;
 *   requests and refusals change nothing;
 * - pause / resume: toggles paused.
 * Reports of another task (taskId differs) are ignored, so a caller can pass a mixed list.
 */
export function deriveTaskState(task: TaskFoldInput, reports: readonly TaskReport[], asOf: string): TaskState {
  const mine = reports
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r.taskId === task.id && r.reportedOn <= asOf)
    .sort((a, b) => (a.r.reportedOn < b.r.reportedOn ? -1 : a.r.reportedOn > b.r.reportedOn ? 1 : a.i - b.i));

  const state: TaskState = {
    completedOn: null,
    awaitingAcceptanceSince: null,
    // A standing task (thường xuyên) has no deadline even if one was typed in by mistake.
    deadline: task.recurring ? null : task.deadline,
    latest: task.recurring ? null : task.latest,
    progress: null,
    paused: false,
    extensions: 0,
  };
  let progressBeforeCompletion: number | null = null;

  for (const { r } of mine) {
    switch (r.kind) {
      case 'progress':
        if (r.progress !== null) state.progress = clampProgress(r.progress);
        break;
      case 'complete':
        if (state.completedOn === null && state.awaitingAcceptanceSince === null) progressBeforeCompletion = state.progress;
        if (r.approved === true) {
          state.completedOn = r.reportedOn;
          state.awaitingAcceptanceSince = null;
        } else {
          state.awaitingAcceptanceSince = r.reportedOn;
        }
        state.progress = r.progress !== null ? clampProgress(r.progress) : 100;
        // Completing a paused task ends the pause: it is done (or waiting to be accepted), not paused.
        state.paused = false;
        break;
      case 'accept':
        if (state.awaitingAcceptanceSince !== null) {
          state.completedOn = state.awaitingAcceptanceSince;
          state.awaitingAcceptanceSince = null;
        }
        break;
      case 'return':
        state.completedOn = null;
        state.awaitingAcceptanceSince = null;
        state.progress = r.progress !== null ? clampProgress(r.progress) : progressBeforeCompletion;
        break;
      case 'extension_decision':
        if (r.approved === true && r.newDeadline !== null && !task.recurring) {
          state.deadline = r.newDeadline;
          if (state.latest !== null && state.latest < r.newDeadline) state.latest = r.newDeadline;
          state.extensions += 1;
        }
        if (r.progress !== null) state.progress = clampProgress(r.progress);
        break;
      case 'pause':
        state.paused = true;
        if (r.progress !== null) state.progress = clampProgress(r.progress);
        break;
      case 'resume':
        state.paused = false;
        if (r.progress !== null) state.progress = clampProgress(r.progress);
        break;
      case 'extension_request':
        if (r.progress !== null) state.progress = clampProgress(r.progress);
        break;
    }
  }
  return state;
}

function clampProgress(p: number): number {
  return Math.min(100, Math.max(0, p));
}

export interface TaskStatusOptions {
  /** Days before the deadline from which an open task is "sắp đến hạn" (the deadline day counts). */
  dueSoonDays?: number;
}

/** The status from an already folded state (lets callers fold once and reuse the state). */
export function statusFromState(state: TaskState, asOf: string, options: TaskStatusOptions = {}): TaskStatus {
  const dueSoonDays = options.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS;
  const { completedOn, deadline } = state;
  if (completedOn !== null) {
    if (deadline === null) return 'done_no_deadline';
    // Finishing on the deadline day itself is on time.
    return completedOn <= deadline ? 'done_on_time' : 'done_late';
  }
  // A paused task is not counted as overdue: the pause is a decision, not a delay.
  if (state.paused) return 'paused';
  if (deadline === null) return 'in_progress';
  const daysLeft = daysBetween(asOf, deadline);
  // Overdue from the day after the deadline.
  if (daysLeft < 0) return 'in_progress_overdue';
  if (daysLeft <= dueSoonDays) return 'due_soon';
  return 'in_progress';
}

/** The task's status as of `asOf` (a `YYYY-MM-DD` day in Asia/Ho_Chi_Minh). */
export function taskStatus(
  task: Task,
  reports: readonly TaskReport[],
  asOf: string,
  options: TaskStatusOptions = {},
): TaskStatus {
  return statusFromState(deriveTaskState(task, reports, asOf), asOf, options);
}

export interface TaskEvaluation extends TaskState {
  status: TaskStatus;
  /** Whether the task counts in the "tasks with a deadline" denominator. */
  hasDeadline: boolean;
  /** Days late (after the deadline, for open or late-finished tasks), else 0. */
  daysOverdue: number;
}

/** Status plus what a list or a summary needs beside it, from one fold of the reports. */
export function evaluateTask(
  task: Task,
  reports: readonly TaskReport[],
  asOf: string,
  options: TaskStatusOptions = {},
): TaskEvaluation {
  const state = deriveTaskState(task, reports, asOf);
  const status = statusFromState(state, asOf, options);
  let daysOverdue = 0;
  if (state.deadline !== null) {
    const until = state.completedOn ?? asOf;
    daysOverdue = Math.max(0, daysBetween(state.deadline, until));
  }
  return { ...state, status, hasDeadline: state.deadline !== null, daysOverdue };
}
