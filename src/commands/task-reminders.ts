// Đôn đốc nhiệm vụ: the secretariat (or a leader, for the units they lead) reminds the lead units of
// tasks overdue or due soon as of today: one reminder per task, in its timeline, audited, and an
// e-mail to the lead unit's officers when the server sends mail.
import { z } from 'zod';
import { getTask, lockTask } from '../db/tasks.ts';
import { remindableTask } from '../queries/task-reminders.ts';
import { addTaskReminders, remindersSentOn, type TaskReminderInput } from '../db/task-reminders.ts';
import { listUnits } from '../db/units.ts';
import { officersWithEmail, queueMails, type OutgoingMail } from '../db/mail.ts';
import { taskReminderMail } from '../domain/reminder-mail.ts';
import { DEFAULT_DUE_SOON_DAYS } from '../domain/task-status.ts';
import { conflict, notFound } from '../domain/errors.ts';
import { lastRemindedOn, repeatRefusal, repeatedToday } from '../domain/task-reminder.ts';
import { authorize, mayReadTask, mayRemindTask, mayRemindTasks } from '../domain/policy.ts';
import { defineCommand } from './command.ts';
import { Id } from './fields.ts';

export const TaskRemindBody = z
  .object({
    taskIds: z.array(Id).min(1).max(500),
    note: z.string().trim().max(2000).default(''),
    /** Remind again a task already reminded today: without it, such a task is refused (409). */
    again: z.boolean().default(false),
  })
  .strict()
  .meta({ id: 'TaskRemind' });

export const remindTasks = defineCommand({
  name: 'remindTasks',
  input: TaskRemindBody.extend({
    // Set by the server, not the caller: its due-soon window, whether it sends mail, its public address.
    dueSoonDays: z.number().int().min(0).max(365).default(DEFAULT_DUE_SOON_DAYS),
    email: z.boolean().default(false),
    appUrl: z.string().url().nullable().default(null),
  }),
  async run(ctx, { taskIds, note, again, dueSoonDays, email, appUrl }): Promise<{ reminded: string[]; mailed: number }> {
    authorize(mayRemindTasks(ctx.actor));
    const ids = [...new Set(taskIds)];
    // Checked and written one after the other with a report on the same task (an acceptance, a pause),
    // locked in one order so that two reminders of the same tasks never wait on each other.
    for (const id of [...ids].sort()) await lockTask(ctx.trx, id);
    const items: (TaskReminderInput & { title: string; deadline: string; unitId: string })[] = [];
    for (const [i, id] of ids.entries()) {
      const task = await getTask(ctx.trx, id);
      if (!mayReadTask(ctx.actor, task)) throw notFound('task', id);
      // A leader reminds only the tasks of the units they lead.
      authorize(mayRemindTask(ctx.actor, task), { vi: `nhiệm vụ «${task.title}»: đơn vị chủ trì không thuộc đơn vị đồng chí lãnh đạo`, en: `task ${id}: its lead unit is not one you lead` });
      const { task: led, ev } = await remindableTask(ctx.trx, id, i, ctx.today, dueSoonDays, task);
      items.push({ taskId: task.id, unitId: led.leadUnitId, deadline: ev.deadline, overdue: ev.status === 'in_progress_overdue', title: task.title });
    }
    // Read under the tasks' locks: a reminder of the same task sent meanwhile is seen here.
    const repeats = repeatedToday(items.map((t) => ({ id: t.taskId, title: t.title })), lastRemindedOn(await remindersSentOn(ctx.trx, ids, ctx.today), ctx.today), again);
    if (repeats.length > 0) throw conflict(repeatRefusal(repeats), { tasks: repeats });
    await addTaskReminders(ctx.trx, items.map(({ title: _, ...t }) => t), ctx.today, note, ctx.actor.id);
    // The e-mails are decided here, in the reminder's transaction, and sent after it by the mailer.
    const mails: OutgoingMail[] = [];
    if (email) {
      const names = new Map((await listUnits(ctx.trx)).map((u) => [u.id, u.name]));
      const officers = await officersWithEmail(ctx.trx, [...new Set(items.map((t) => t.unitId))]);
      for (const t of items) {
        for (const o of officers.filter((x) => x.unitId === t.unitId)) {
          const link = appUrl ? `${appUrl.replace(/\/+$/u, '')}/nhiem-vu/${encodeURIComponent(t.taskId)}` : null;
          const m = taskReminderMail({ unitName: names.get(o.unitId) ?? o.unitId, personName: o.name, taskTitle: t.title, deadline: t.deadline, today: ctx.today, note, link });
          mails.push({ kind: 'task_reminder', recipient: o.email, userId: o.id, ...m });
        }
      }
    }
    const mailed = await queueMails(ctx.trx, mails, ctx.actor.id);
    return { reminded: items.map((t) => t.taskId), mailed };
  },
});
