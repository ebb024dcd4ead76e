// Nhiệm vụ: a directive with the six clears (6 rõ), and the reports on its progress.
import type { SourceRef } from './document.ts';
import type { Visibility } from './target.ts';

export interface Task {
  id: string;
  /** Rõ việc: what is to be done. */
  title: string;
  /** Rõ trách nhiệm: the lead unit and those that co-ordinate. */
  leadUnitId: string | null;
  coUnitIds: string[];
  /** Rõ người: the person in charge. */
  personInCharge: string | null;
  /** Rõ thẩm quyền: the body that assigned it. */
  authority: string | null;
  /** Rõ sản phẩm: what proves it done (a plan, a decision, a report…). */
  product: string | null;
  assignedOn: string;
  /** Rõ thời gian: the deadline, and a harder limit ("chậm nhất") where one is given. */
  deadline: string | null;
  latest: string | null;
  /** Thường xuyên: a standing task with no deadline. */
  recurring: boolean;
  parentId: string | null;
  targetIds: string[];
  source: SourceRef;
  visibility: Visibility;
  version: number;
}

/** What a task report does to the task, besides recording progress. */
export const REPORT_KINDS = [
  'progress', // báo cáo tiến độ
  'complete', // báo cáo hoàn thành (with approved = true when the assigning side records it itself)
  'accept', // nghiệm thu: the assigning side accepts the unit's completion
  'return', // trả lại: không đạt yêu cầu, reopens the task
  'extension_request', // đề nghị gia hạn
  'extension_decision', // quyết định gia hạn (approved or refused)
  'pause', // tạm dừng
  'resume', // tiếp tục
  'part', // báo cáo phần việc của đơn vị phối hợp: the co-unit's own part; the task's progress is the lead's
  'direction', // ý kiến chỉ đạo của lãnh đạo
  'comment', // trao đổi: a comment in the task's thread
] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export interface TaskReport {
  id: string;
  taskId: string;
  kind: ReportKind;
  /** The calendar day the report speaks for (`YYYY-MM-DD`). */
  reportedOn: string;
  progress: number | null;
  text: string;
  /** For extension requests and approved decisions: the new deadline. */
  newDeadline: string | null;
  /**
   * For extension decisions: approved or refused. For a completion: true when the assigning side
   * recorded it (it counts at once), null when a unit reported it (it waits for `accept` or `return`).
   */
  approved: boolean | null;
  authorId: string | null;
  /** The author's name, where the reading joins it (the task page's thread). */
  authorName?: string | null;
  /** When it was written (a report may speak for an earlier day): orders a day's steps on the task page. */
  recordedAt?: string;
  /** For a co-unit's part: the co-unit that reports. */
  unitId?: string | null;
  /** The product or evidence as a link (http or https), besides attached files. */
  link?: string | null;
}

/** The unit's request for more time still waiting for a decision (a later decision closes it), or null. */
export function pendingExtensionRequest(reports: readonly TaskReport[]): TaskReport | null {
  let pending: TaskReport | null = null;
  for (const r of reports) {
    if (r.kind === 'extension_request') pending = r;
    else if (r.kind === 'extension_decision') pending = null;
  }
  return pending;
}
