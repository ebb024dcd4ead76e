// Đôn đốc nhiệm vụ: the reminders sent to a task's lead unit (overdue or due soon), kept per task,
// shown in the task's timeline.
import type { Db } from './connection.ts';
import type { WriteTx } from './tx.ts';
import { recordAudit } from './audit.ts';
import type { SentReminder } from '../domain/task-reminder.ts';

export interface TaskReminderInput {
  taskId: string;
  unitId: string | null;
  deadline: string | null;
  overdue: boolean;
}

export interface TaskReminder extends TaskReminderInput {
  id: string;
  sentOn: string;
  /** When it was written (ISO), for "đã nhắc lúc 09:12". */
  sentAt: string;
  sentBy: string | null;
  /** Who sent it, by name; null for the system. */
  sentByName: string | null;
  note: string;
}

/** Records one reminder per task, in one statement, and audits each on its task. */
export async function addTaskReminders(trx: WriteTx, items: TaskReminderInput[], on: string, note: string, actor: string | null): Promise<number> {
  if (items.length === 0) return 0;
  await trx
    .insertInto('task_reminders')
    .values(items.map((t) => ({ task_id: t.taskId, unit_id: t.unitId, sent_on: on, deadline: t.deadline, overdue: t.overdue, sent_by: actor, note })))
    .execute();
  for (const t of items) {
    await recordAudit(trx, { actor, action: 'remind', objectType: 'task', objectId: t.taskId, before: null, after: { unitId: t.unitId, on, deadline: t.deadline, overdue: t.overdue, note } });
  }
  return items.length;
}

/** The reminders of these tasks, oldest first. */
export async function taskReminders(db: Db, taskIds: string[]): Promise<TaskReminder[]> {
  if (taskIds.length === 0) return [];
  const rows = await db
    .selectFrom('task_reminders')
    .leftJoin('users', 'users.id', 'task_reminders.sent_by')
    .select(['task_reminders.id', 'task_id', 'task_reminders.unit_id', 'sent_on', 'deadline', 'overdue', 'sent_by', 'users.name as sent_by_name', 'note', 'task_reminders.created_at'])
    .where('task_id', 'in', taskIds)
    .orderBy('sent_on')
    .orderBy('task_reminders.id')
    .execute();
  return rows.map((r) => ({
    id: String(r.id), taskId: r.task_id, unitId: r.unit_id, sentOn: r.sent_on, sentAt: new Date(r.created_at).toISOString(), deadline: r.deadline, overdue: r.overdue,
    sentBy: r.sent_by, sentByName: r.sent_by_name ?? null, note: r.note,
  }));
}

/** The reminders of these tasks sent on one day (a Vietnam day): what "đã nhắc hôm nay" reads. */
export async function remindersSentOn(db: Db, taskIds: readonly string[], day: string): Promise<SentReminder[]> {
  if (taskIds.length === 0) return [];
  const rows = await db
    .selectFrom('task_reminders')
    .select(['task_id', 'sent_on', 'created_at'])
    .where('task_id', 'in', [...taskIds])
    .where('sent_on', '=', day)
    .execute();
  return rows.map((r) => ({ taskId: r.task_id, sentOn: r.sent_on, sentAt: new Date(r.created_at).toISOString() }));
}
