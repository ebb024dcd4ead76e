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
  'complete', // báo cáo hoàn thành
  'return', // trả lại: không đạt yêu cầu, reopens the task
  'extension_request', // đề nghị gia hạn
  'extension_decision', // quyết định gia hạn (approved or refused)
  'pause', // tạm dừng
  'resume', // tiếp tục
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
  /** For extension decisions: approved or refused. */
  approved: boolean | null;
  authorId: string | null;
}
