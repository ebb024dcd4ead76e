// The answers about tasks (nhiệm vụ): the six clears, the stored state, the status as of a day, reports.
import { z } from 'zod';
import { VISIBILITIES } from '../domain/target.ts';
import { REPORT_KINDS } from '../domain/task.ts';
import { TASK_STATUSES } from '../domain/task-status.ts';
import { Day, SourceRef, listOf } from './common.ts';

export const TaskStatus = z.enum(TASK_STATUSES);
export type TaskStatus = z.infer<typeof TaskStatus>;

export const TaskItem = z
  .strictObject({
    id: z.string(),
    title: z.string(),
    leadUnitId: z.string().nullable(),
    coUnitIds: z.array(z.string()),
    personInCharge: z.string().nullable(),
    authority: z.string().nullable(),
    product: z.string().nullable(),
    assignedOn: Day,
    deadline: Day.nullable(),
    latest: Day.nullable(),
    recurring: z.boolean(),
    parentId: z.string().nullable(),
    targetIds: z.array(z.string()),
    source: SourceRef,
    visibility: z.enum(VISIBILITIES),
    version: z.number().int(),
    /** The fold of all its reports as stored (deadline in force, completion, progress), what lists show. */
    state: z.strictObject({ completedOn: Day.nullable(), deadline: Day.nullable(), paused: z.boolean(), progress: z.number() }),
    status: TaskStatus,
    statusLabel: z.string(),
    /** Đôn đốc: whether this reader may remind the task now (the command's own rule; false as of a past day). */
    mayRemind: z.boolean(),
    /** When the task was last reminded today (Vietnam day), or null; null as of a past day. */
    remindedAt: z.string().nullable(),
  })
  .meta({ id: 'Task' });
export type TaskItem = z.infer<typeof TaskItem>;

export const TaskList = z
  .strictObject({ asOf: Day, total: z.number().int().nullable(), limit: z.number().int(), offset: z.number().int(), items: z.array(TaskItem) })
  .meta({ id: 'TaskList' });
export type TaskList = z.infer<typeof TaskList>;

export const ReportItem = z
  .strictObject({
    id: z.string(),
    taskId: z.string(),
    kind: z.enum(REPORT_KINDS),
    reportedOn: Day,
    progress: z.number().nullable(),
    text: z.string(),
    newDeadline: Day.nullable(),
    approved: z.boolean().nullable(),
    authorId: z.string().nullable(),
    /** Who wrote it, by name; null for the system or an import. */
    authorName: z.string().nullable(),
    /** When it was written, where the reading knows it. */
    recordedAt: z.string().nullable(),
    /** A co-unit's part: the co-unit that reports. */
    unitId: z.string().nullable(),
    /** The product or evidence as a link. */
    link: z.string().nullable(),
    kindLabel: z.string(),
  })
  .meta({ id: 'TaskReport' });
export type ReportItem = z.infer<typeof ReportItem>;
export const ReportList = listOf(ReportItem).meta({ id: 'TaskReportList' });

/** The reports folded as of the day asked for (a past day sees the extensions and returns as they stood). */
export const TaskEvaluation = z
  .strictObject({
    completedOn: Day.nullable(),
    awaitingAcceptanceSince: Day.nullable(),
    deadline: Day.nullable(),
    latest: Day.nullable(),
    progress: z.number().nullable(),
    paused: z.boolean(),
    extensions: z.number().int(),
    status: TaskStatus,
    hasDeadline: z.boolean(),
    daysOverdue: z.number().int(),
  })
  .meta({ id: 'TaskEvaluation' });

/** Đôn đốc: a reminder sent to the task's lead unit (overdue or due soon that day). */
export const TaskReminderItem = z
  .strictObject({
    id: z.string(), sentOn: Day, unitId: z.string().nullable(), deadline: Day.nullable(), overdue: z.boolean(),
    /** Who sent it, by name; null for the system. */
    sentByName: z.string().nullable(), note: z.string(),
  })
  .meta({ id: 'TaskReminder' });
export type TaskReminderItem = z.infer<typeof TaskReminderItem>;

export const TaskDetail = TaskItem.extend({ asOf: Day, evaluation: TaskEvaluation, reports: z.array(ReportItem), reminders: z.array(TaskReminderItem) }).meta({ id: 'TaskDetail' });
export type TaskDetail = z.infer<typeof TaskDetail>;

export const ReportCreated = z.strictObject({ report: ReportItem, task: TaskDetail }).meta({ id: 'TaskReportCreated' });
export type ReportCreated = z.infer<typeof ReportCreated>;

export const TaskRemindersSent = z
  .strictObject({ reminded: z.array(z.string()), total: z.number().int(), /** E-mails queued to the lead units' officers (0 without SMTP). */ mailed: z.number().int() })
  .meta({ id: 'TaskRemindersSent' });
export type TaskRemindersSent = z.infer<typeof TaskRemindersSent>;
