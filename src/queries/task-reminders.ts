// Which tasks may be reminded (đôn đốc) on a day: open, with a lead unit, overdue or due soon; for the
// reminder command and its letter, one reading.
import type { Db } from '../db/connection.ts';
import { getTask, listReports, type TaskWithState } from '../db/tasks.ts';
import { invalid } from '../domain/errors.ts';
import { evaluateTask, type TaskEvaluation } from '../domain/task-status.ts';

export interface RemindableTask {
  task: TaskWithState & { leadUnitId: string };
  ev: TaskEvaluation & { deadline: string };
}

/** The task as of today, or an error naming it (row i of the request) when it is not to be reminded. */
export async function remindableTask(db: Db, id: string, i: number, today: string, dueSoonDays: number, task?: TaskWithState): Promise<RemindableTask> {
  const t = task ?? (await getTask(db, id));
  if (!t.leadUnitId) throw invalid({ vi: `nhiệm vụ «${t.title}»: chưa có đơn vị chủ trì để đôn đốc`, en: `taskIds.${i}: the task has no lead unit to remind` }, { row: i });
  const ev = evaluateTask(t, await listReports(db, t.id), today, { dueSoonDays });
  if ((ev.status !== 'in_progress_overdue' && ev.status !== 'due_soon') || ev.deadline === null) {
    throw invalid({ vi: `nhiệm vụ «${t.title}»: không quá hạn, không sắp đến hạn, hoặc đã hoàn thành, tạm dừng — không cần đôn đốc`, en: `taskIds.${i}: the task is neither overdue nor due soon (or it is done or paused)` }, { row: i });
  }
  return { task: { ...t, leadUnitId: t.leadUnitId }, ev: { ...ev, deadline: ev.deadline } };
}
