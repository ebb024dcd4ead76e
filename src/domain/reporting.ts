// The reporting cycle's rules: the life of a unit's submission and whether it came in on time.

export const SUBMISSION_STATUSES = ['draft', 'submitted', 'accepted', 'returned'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export const SUBMISSION_STATUS_LABELS: Record<SubmissionStatus, string> = {
  draft: 'Đang soạn',
  submitted: 'Đã gửi, chờ tiếp nhận',
  accepted: 'Đã tiếp nhận',
  returned: 'Trả lại, cần gửi lại',
};

export type SubmissionAction = 'edit' | 'submit' | 'accept' | 'return' | 'reopen';

/**
 * draft → submitted → accepted, or → returned (with a reason) → submitted again; an accepted one is
 * locked until the secretariat reopens it (back to draft; the trail shows it).
 */
const NEXT: Record<SubmissionAction, Partial<Record<SubmissionStatus, SubmissionStatus>>> = {
  edit: { draft: 'draft', returned: 'returned' },
  submit: { draft: 'submitted', returned: 'submitted' },
  accept: { submitted: 'accepted' },
  return: { submitted: 'returned' },
  reopen: { accepted: 'draft', submitted: 'draft' },
};

/** The status after the action, or null when the action is not possible from this status. */
export function nextStatus(status: SubmissionStatus, action: SubmissionAction): SubmissionStatus | null {
  return NEXT[action][status] ?? null;
}

export type Timeliness = 'on_time' | 'late' | 'missing' | 'pending';

export const TIMELINESS_LABELS: Record<Timeliness, string> = {
  on_time: 'Đúng hạn',
  late: 'Chậm',
  missing: 'Chưa gửi (quá hạn)',
  pending: 'Chưa gửi (còn hạn)',
};

/**
 * A submission counts from the day it was (last) sent: on or before the due day is on time.
 * Nothing sent (or returned and not sent again) is missing after the due day, pending before it.
 */
export function timeliness(s: { status: SubmissionStatus; submittedOn: string | null } | null, dueOn: string, asOf: string): Timeliness {
  const sent = s && (s.status === 'submitted' || s.status === 'accepted') && s.submittedOn;
  if (sent) return s.submittedOn! <= dueOn ? 'on_time' : 'late';
  return asOf > dueOn ? 'missing' : 'pending';
}

/** The secretariat's comment on one line of a returned report: a target's figure or a task's progress. */
export interface LineComment {
  line: 'figure' | 'task';
  /** The target's or the task's id. */
  id: string;
  comment: string;
}
