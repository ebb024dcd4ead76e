// /api/task-reminders: đôn đốc nhiệm vụ. The secretariat (or a leader, for the units they lead)
// reminds the lead units of tasks overdue or due soon, and downloads the công văn đôn đốc (.docx).
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../context.ts';
import { errorResponses, json, jsonBody, validationHook } from '../../validation.ts';
import { authorize, principal } from '../../auth/session.ts';
import { mayReadTask, mayRemindTask, mayRemindTasks } from '../../../domain/policy.ts';
import { notFound } from '../../../domain/errors.ts';
import { getTask } from '../../../db/tasks.ts';
import { listUnits } from '../../../db/units.ts';
import { remindableTask } from '../../../queries/task-reminders.ts';
import { todayInVietnam } from '../../../domain/calendar.ts';
import { reminderLetterFrame } from '../../services/reminder-letter.ts';
import { attachment } from '../../download.ts';
import { run } from '../../run.ts';
import { TaskRemindBody, remindTasks } from '../../../commands/task-reminders.ts';
import { TaskRemindersSent } from '../../../contract/task.ts';

const tags = ['Nhiệm vụ (tasks)'];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const LetterQuery = z.object({
  /** The tasks, comma-separated. */
  taskIds: z.string().regex(/^[\w-]+(,[\w-]+){0,199}$/u, { message: 'danh sách nhiệm vụ: các mã cách nhau bởi dấu phẩy' }),
});

export function taskReminderRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(
    createRoute({ method: 'post', path: '/', tags, request: jsonBody(TaskRemindBody), responses: { 200: json(TaskRemindersSent), ...errorResponses } }),
    async (c) => {
      const { mailer, dueSoonDays } = c.var.ctx;
      const { reminded, mailed } = await run(c, remindTasks, { ...c.req.valid('json'), dueSoonDays, email: Boolean(mailer), appUrl: mailer?.publicUrl ?? null });
      // Sent after the commit, off the request path; the outcome is kept on each mail.
      if (mailed > 0) mailer?.kick();
      return c.json({ reminded, total: reminded.length, mailed }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/letter', tags, request: { query: LetterQuery },
      responses: { 200: { description: 'Công văn đôn đốc (.docx) to the lead units of the tasks named, overdue or due soon today' }, ...errorResponses },
    }),
    async (c) => {
      const p = principal(c);
      authorize(mayRemindTasks(p));
      const { db, dueSoonDays } = c.var.ctx;
      const today = todayInVietnam();
      const ids = [...new Set(c.req.valid('query').taskIds.split(','))];
      const chosen = [];
      for (const [i, id] of ids.entries()) {
        const task = await getTask(db, id);
        if (!mayReadTask(p, task)) throw notFound('task', id);
        authorize(mayRemindTask(p, task));
        chosen.push(await remindableTask(db, id, i, today, dueSoonDays, task));
      }
      const units = await listUnits(db);
      const names = new Map(units.map((u) => [u.id, u.name]));
      // The Word writer (docx) loads with the first letter, not at start.
      const { writeTaskReminderLetter } = await import('../../../reports/reminder-docx.ts');
      const bytes = await writeTaskReminderLetter({
        ...reminderLetterFrame(units, today),
        tasks: chosen.map(({ task, ev }) => ({ title: task.title, unitName: names.get(task.leadUnitId) ?? task.leadUnitId, deadline: ev.deadline, daysOverdue: ev.daysOverdue })),
      });
      return c.body(new Uint8Array(bytes), 200, { 'content-type': DOCX, 'content-disposition': attachment(`cong-van-don-doc-nhiem-vu-${today}.docx`) });
    },
  );
  return app;
}
