// Request shapes of /api/tasks and their reports.
import { z } from '@hono/zod-openapi';
import { REPORT_KINDS } from '../../../domain/task.ts';
import { VISIBILITIES } from '../../../domain/target.ts';
import { TASK_STATUSES } from '../../../domain/task-status.ts';
import { AsOf, Day, Id, Paging, Version } from '../../validation.ts';
import { Source } from '../targets/schema.ts';

const taskFields = {
  title: z.string().trim().min(1).max(2000),
  leadUnitId: Id.nullable(),
  coUnitIds: z.array(Id).max(200),
  personInCharge: z.string().trim().max(300).nullable(),
  authority: z.string().trim().max(300).nullable(),
  product: z.string().trim().max(1000).nullable(),
  assignedOn: Day,
  deadline: Day.nullable(),
  latest: Day.nullable(),
  recurring: z.boolean(),
  parentId: Id.nullable(),
  targetIds: z.array(Id).max(200),
  source: Source,
  visibility: z.enum(VISIBILITIES),
};

export const TaskCreate = z
  .object({
    ...taskFields,
    leadUnitId: taskFields.leadUnitId.default(null),
    coUnitIds: taskFields.coUnitIds.default([]),
    personInCharge: taskFields.personInCharge.default(null),
    authority: taskFields.authority.default(null),
    product: taskFields.product.default(null),
    deadline: taskFields.deadline.default(null),
    latest: taskFields.latest.default(null),
    recurring: taskFields.recurring.default(false),
    parentId: taskFields.parentId.default(null),
    targetIds: taskFields.targetIds.default([]),
    source: Source.default({ documentId: null, span: null, quote: null }),
    visibility: taskFields.visibility.default('internal'),
  })
  .strict()
  .openapi('TaskCreate');

export const TaskUpdate = z
  .object({
    version: Version,
    ...Object.fromEntries(Object.entries(taskFields).map(([k, v]) => [k, v.optional()])),
  } as { version: typeof Version } & { [K in keyof typeof taskFields]: z.ZodOptional<(typeof taskFields)[K]> })
  .strict()
  .openapi('TaskUpdate');

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

export const ReportCreate = z
  .object({
    kind: z.enum(REPORT_KINDS),
    reportedOn: Day,
    progress: z.number().int().min(0).max(100).nullable().default(null),
    text: z.string().max(20_000).default(''),
    newDeadline: Day.nullable().default(null),
    approved: z.boolean().nullable().default(null),
  })
  .strict()
  .openapi('ReportCreate');
