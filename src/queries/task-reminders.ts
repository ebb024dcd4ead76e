// Which tasks may be reminded (đôn đốc) on a day: open, with a lead unit, overdue or due soon; for the
// reminder command and its letter, one reading; and what a list shows each reader of it.
import type { Db } from '../db/connection.ts';
import { getTask, listReports, type TaskWithState } from '../db/tasks.ts';
import { invalid } from '../domain/errors.ts';
import { evaluateTask, type TaskEvaluation } from '../domain/task-status.ts';
import { isRemindable, lastRemindedOn, mayRemindFromList } from '../domain/task-reminder.ts';
import type { TaskStatus } from '../domain/task-status.ts';
import type { Principal } from '../domain/user.ts';
import { todayInVietnam } from '../domain/calendar.ts';
import { remindersSentOn } from '../db/task-reminders.ts';

export interface RemindableTask {
  task: TaskWithState & { leadUnitId: string };
  ev: TaskEvaluation & { deadline: string };
}

/** The task as of today, or an error naming it (row i of the request) when it is not to be reminded. */
export async function remindableTask(db: Db, id: string, i: number, today: string, dueSoonDays: number, task?: TaskWithState): Promise<RemindableTask> {
  const t = task ?? (await getTask(db, id));
  if (!t.leadUnitId) throw invalid({ vi: `nhiệm vụ «${t.title}»: chưa có đơn vị chủ trì để đôn đốc`, en: `taskIds.${i}: the task has no lead unit to remind` }, { row: i });
  const ev = evaluateTask(t, await listReports(db, t.id), today, { dueSoonDays });
  if (!isRemindable(ev.status) || ev.deadline === null) {
    throw invalid({ vi: `nhiệm vụ «${t.title}»: không quá hạn, không sắp đến hạn, hoặc đã hoàn thành, tạm dừng — không cần đôn đốc`, en: `taskIds.${i}: the task is neither overdue nor due soon (or it is done or paused)` }, { row: i });
  }
  return { task: { ...t, leadUnitId: t.leadUnitId }, ev: { ...ev, deadline: ev.deadline } };
}

/** What a list shows a reader about reminding a task: whether they may tick it, and when it was reminded today. */
export interface RemindMarks {
  mayRemind: boolean;
  remindedAt: string | null;
}

const NO_MARKS: RemindMarks = { mayRemind: false, remindedAt: null };

/**
 * The marks of the tasks of a list as of `asOf`, for this reader: the same rule as the command
 * (domain/task-reminder.ts), and today's reminders in one query. A past day's list has none.
 */
export async function remindMarks(db: Db, p: Principal, tasks: readonly { id: string; leadUnitId: string | null; status: TaskStatus }[], asOf: string): Promise<(id: string) => RemindMarks> {
  const today = todayInVietnam();
  if (asOf !== today || tasks.length === 0) return () => NO_MARKS;
  const last = lastRemindedOn(await remindersSentOn(db, tasks.map((t) => t.id), today), today);
  const marks = new Map(tasks.map((t) => [t.id, { mayRemind: mayRemindFromList(p, t, t.status, asOf, today), remindedAt: last.get(t.id) ?? null }]));
  return (id) => marks.get(id) ?? NO_MARKS;
}
