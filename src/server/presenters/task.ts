// What the API shows of a task: the six clears, its stored state and its status as of a day, with labels.
import type { TaskWithState } from '../../db/tasks.ts';
import { TASK_STATUS_LABELS, type TaskEvaluation, type TaskStatus } from '../../domain/task-status.ts';
import type { TaskReport } from '../../domain/task.ts';
import type { ReportItem, TaskDetail, TaskItem } from '../../contract/task.ts';
import type { TaskReminder } from '../../db/task-reminders.ts';
import { presentSource } from './target.ts';
import type { RemindMarks } from '../../queries/task-reminders.ts';

/** `marks`: what this reader may do about reminding it (queries/task-reminders.ts). */
export function presentTask(t: TaskWithState, status: TaskStatus, marks: RemindMarks): TaskItem {
  return {
    id: t.id, title: t.title, leadUnitId: t.leadUnitId, coUnitIds: t.coUnitIds, personInCharge: t.personInCharge, authority: t.authority,
    product: t.product, assignedOn: t.assignedOn, deadline: t.deadline, latest: t.latest, recurring: t.recurring, parentId: t.parentId,
    targetIds: t.targetIds, source: presentSource(t.source), visibility: t.visibility, version: t.version,
    state: { completedOn: t.state.completedOn, deadline: t.state.deadline, paused: t.state.paused, progress: t.state.progress },
    status, statusLabel: TASK_STATUS_LABELS[status],
    mayRemind: marks.mayRemind, remindedAt: marks.remindedAt,
  };
}

export const REPORT_KIND_LABELS: Record<TaskReport['kind'], string> = {
  progress: 'Báo cáo tiến độ',
  complete: 'Báo cáo hoàn thành',
  accept: 'Nghiệm thu (chấp nhận kết quả)',
  return: 'Trả lại (không đạt yêu cầu)',
  extension_request: 'Đề nghị gia hạn',
  extension_decision: 'Quyết định gia hạn',
  pause: 'Tạm dừng',
  resume: 'Tiếp tục thực hiện',
  part: 'Báo cáo của đơn vị phối hợp',
  direction: 'Ý kiến chỉ đạo',
  comment: 'Trao đổi',
};

export const presentReport = (r: TaskReport): ReportItem => ({
  id: r.id, taskId: r.taskId, kind: r.kind, reportedOn: r.reportedOn, progress: r.progress, text: r.text, newDeadline: r.newDeadline,
  approved: r.approved, authorId: r.authorId, authorName: r.authorName ?? null, recordedAt: r.recordedAt ?? null, unitId: r.unitId ?? null, link: r.link ?? null,
  kindLabel: REPORT_KIND_LABELS[r.kind],
});

/** One task as of a day: the reports folded by the domain for that day (the stored state is today's). */
export function presentTaskDetail(task: TaskWithState, reports: readonly TaskReport[], ev: TaskEvaluation, asOf: string, marks: RemindMarks, reminders: readonly TaskReminder[] = []): TaskDetail {
  return {
    asOf,
    ...presentTask(task, ev.status, marks),
    evaluation: {
      completedOn: ev.completedOn, awaitingAcceptanceSince: ev.awaitingAcceptanceSince, deadline: ev.deadline, latest: ev.latest, progress: ev.progress,
      paused: ev.paused, extensions: ev.extensions, status: ev.status, hasDeadline: ev.hasDeadline, daysOverdue: ev.daysOverdue,
    },
    reports: reports.map(presentReport),
    // As of the day asked: a reminder sent later is not seen yet.
    reminders: reminders.filter((r) => r.sentOn <= asOf).map(({ id, sentOn, unitId, deadline, overdue, sentByName, note }) => ({ id, sentOn, unitId, deadline, overdue, sentByName, note })),
  };
}
