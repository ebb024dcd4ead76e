// Đôn đốc nhiệm vụ's rules: which tasks a reader may remind from a list, and the guard against
// reminding the same task twice on one day (a Vietnam day), which only an explicit "again" passes.
import type { Bilingual } from './errors.ts';
import { formatClockVi } from './format.ts';
import { mayRemindTask, mayRemindTasks } from './policy.ts';
import type { TaskStatus } from './task-status.ts';
import type { Principal } from './user.ts';

/** Only a task overdue or due soon is reminded: one on time, done or paused has nothing to be reminded of. */
export const isRemindable = (status: TaskStatus): boolean => status === 'in_progress_overdue' || status === 'due_soon';

/**
 * Whether a list shows this reader a tick on this task: the command's own policy (mayRemindTasks,
 * mayRemindTask), a task overdue or due soon with a lead unit, and only in the list of today (a
 * reminder is sent today, never as of a past day).
 */
export function mayRemindFromList(p: Principal, task: { leadUnitId: string | null }, status: TaskStatus, asOf: string, today: string): boolean {
  return asOf === today && task.leadUnitId !== null && isRemindable(status) && mayRemindTasks(p) && mayRemindTask(p, task);
}

/** A reminder as sent: the Vietnam day it counts for and the moment it was written. */
export interface SentReminder {
  taskId: string;
  sentOn: string;
  sentAt: string;
}

/** The moment of each task's last reminder sent on `today`; a reminder of another day does not count. */
export function lastRemindedOn(sent: readonly SentReminder[], today: string): Map<string, string> {
  const last = new Map<string, string>();
  for (const r of sent) {
    if (r.sentOn !== today) continue;
    const seen = last.get(r.taskId);
    if (seen === undefined || Date.parse(r.sentAt) > Date.parse(seen)) last.set(r.taskId, r.sentAt);
  }
  return last;
}

export interface RepeatedReminder {
  id: string;
  title: string;
  /** When it was reminded today. */
  sentAt: string;
}

/**
 * The tasks of a batch that were reminded already today: a second mail the same day reads as noise
 * to the lead unit, so it goes only when the sender says so (`again`). Empty when the batch may go.
 */
export function repeatedToday(tasks: readonly { id: string; title: string }[], lastToday: ReadonlyMap<string, string>, again: boolean): RepeatedReminder[] {
  if (again) return [];
  return tasks.flatMap((t) => {
    const sentAt = lastToday.get(t.id);
    return sentAt === undefined ? [] : [{ id: t.id, title: t.title, sentAt }];
  });
}

/** The refusal naming each task and when it was reminded, and how to remind it anyway. */
export function repeatRefusal(repeats: readonly RepeatedReminder[]): Bilingual {
  const vi = repeats.map((r) => `«${r.title}» (lúc ${formatClockVi(r.sentAt)})`).join(', ');
  const en = repeats.map((r) => `«${r.title}» (at ${formatClockVi(r.sentAt)})`).join(', ');
  return {
    vi: `đã đôn đốc hôm nay: ${vi}; muốn nhắc lại lần nữa thì xác nhận nhắc lại, gửi kèm again: true`,
    en: `already reminded today: ${en}; to remind again, confirm it (again: true)`,
  };
}
