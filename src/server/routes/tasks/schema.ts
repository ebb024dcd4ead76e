// Request shapes of /api/tasks and their reports.
import { z } from '@hono/zod-openapi';
import { TASK_STATUSES } from '../../../domain/task-status.ts';
import { AsOf, Day, Id, Paging } from '../../validation.ts';

export { TaskCreate, TaskUpdate } from '../../../commands/tasks.ts';
export { ReportCreate } from '../../../commands/task-reports.ts';

const csv = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values)));

export const TaskQuery = Paging.extend(AsOf.shape).extend({
  unitId: Id.optional(),
  documentId: Id.optional(),
  targetId: Id.optional(),
  status: csv(TASK_STATUSES).optional(),
  deadlineFrom: Day.optional(),
  deadlineTo: Day.optional(),
  q: z.string().max(200).optional(),
});

