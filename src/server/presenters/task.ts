// What the API shows of a task: the six clears, its state and status as of a day, with labels.
import type { TaskWithState } from '../../db/tasks.ts';
import { TASK_STATUS_LABELS, type TaskStatus } from '../../domain/task-status.ts';
import type { TaskReport } from '../../domain/task.ts';

export function presentTask(t: TaskWithState, status: TaskStatus) {
  return { ...t, status, statusLabel: TASK_STATUS_LABELS[status] };
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
};

export const presentReport = (r: TaskReport) => ({ ...r, kindLabel: REPORT_KIND_LABELS[r.kind] });
