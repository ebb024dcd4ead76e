// The answers of the reporting cycle: periods, a period's completeness by unit, a unit's submission and what it is due.
import { z } from 'zod';
import { SUBMISSION_STATUSES } from '../domain/reporting.ts';
import { STANDINGS } from '../domain/observation.ts';
import { Day, listOf } from './common.ts';
import { UnitItem } from './unit.ts';

export const PeriodItem = z
  .strictObject({ id: z.string(), period: z.string(), start: Day, end: Day, dueOn: Day, title: z.string(), periodLabel: z.string() })
  .meta({ id: 'ReportingPeriod' });
export type PeriodItem = z.infer<typeof PeriodItem>;
export const PeriodList = listOf(PeriodItem).meta({ id: 'ReportingPeriodList' });
export type PeriodList = z.infer<typeof PeriodList>;

export const SubmissionStatus = z.enum(SUBMISSION_STATUSES);
export type SubmissionStatus = z.infer<typeof SubmissionStatus>;
export const Timeliness = z.enum(['on_time', 'late', 'missing', 'pending']);
export type Timeliness = z.infer<typeof Timeliness>;

export const PeriodUnitRow = z
  .strictObject({
    unitId: z.string(),
    unitCode: z.string().nullable(),
    unitName: z.string(),
    status: SubmissionStatus.nullable(),
    statusLabel: z.string(),
    submittedOn: Day.nullable(),
    returnReason: z.string().nullable(),
    timeliness: Timeliness,
    timelinessLabel: z.string(),
    /** The last reminder (đôn đốc) sent to the unit for this period, and how many were sent. */
    remindedOn: Day.nullable(),
    reminders: z.number().int(),
  })
  .meta({ id: 'ReportingPeriodUnit' });
export type PeriodUnitRow = z.infer<typeof PeriodUnitRow>;

export const PeriodOverview = PeriodItem.extend({
  asOf: Day,
  units: z.array(PeriodUnitRow),
  completeness: z.strictObject({
    expected: z.number().int(), onTime: z.number().int(), late: z.number().int(), missing: z.number().int(), pending: z.number().int(), accepted: z.number().int(),
  }),
  /** The units still missing or pending: whom to remind. */
  reminders: z.array(PeriodUnitRow),
}).meta({ id: 'ReportingPeriodOverview' });
export type PeriodOverview = z.infer<typeof PeriodOverview>;

export const FigureLine = z.strictObject({ targetId: z.string(), value: z.number(), standing: z.enum(STANDINGS), note: z.string() });
export type FigureLine = z.infer<typeof FigureLine>;
export const TaskLine = z.strictObject({ taskId: z.string(), progress: z.number().nullable(), completedOn: Day.nullable(), note: z.string() });
export type TaskLine = z.infer<typeof TaskLine>;
/** What the page sends to save a draft: the same lines a submission keeps. */
export interface SubmissionDraft { figures: FigureLine[]; tasks: TaskLine[] }

export const LineComment = z.strictObject({ line: z.enum(['figure', 'task']), id: z.string(), comment: z.string() });
export type LineComment = z.infer<typeof LineComment>;

/** One step of a submission's history, from the audit trail. */
export const SubmissionStep = z.strictObject({
  action: z.enum(['submit', 'return', 'accept', 'reopen']),
  at: z.string(),
  actorName: z.string().nullable(),
  reason: z.string().nullable(),
  comments: z.array(LineComment),
});
export type SubmissionStep = z.infer<typeof SubmissionStep>;

export const Submission = z
  .strictObject({
    id: z.string(),
    reportingPeriodId: z.string(),
    unitId: z.string(),
    status: SubmissionStatus,
    submittedOn: Day.nullable(),
    returnReason: z.string().nullable(),
    /** The secretariat's comments line by line, from the last return. */
    returnComments: z.array(LineComment),
    version: z.number().int(),
    figures: z.array(FigureLine),
    tasks: z.array(TaskLine),
  })
  .meta({ id: 'Submission' });
export type Submission = z.infer<typeof Submission>;

/** A target the unit owns, for which it reports a figure. */
export const DueTarget = z.strictObject({
  id: z.string(), indicator: z.string(), label: z.string(), unit: z.string(), value: z.number(), max: z.number().nullable(),
  comparator: z.enum(['>=', '>', '<=', '<', '=']), period: z.string(),
});
/** A task the unit leads that is open in (or finished during) the period; `state` as in a task's answer. */
export const DueTask = z.strictObject({
  id: z.string(), title: z.string(), deadline: Day.nullable(),
  state: z.strictObject({ deadline: Day.nullable(), completedOn: Day.nullable(), progress: z.number().nullable() }),
});

export const UnitReport = z
  .strictObject({
    period: PeriodItem,
    unit: UnitItem,
    due: z.strictObject({ targets: z.array(DueTarget), tasks: z.array(DueTask) }),
    submission: Submission.nullable(),
    statusLabel: z.string().nullable(),
    /** The secretariat's last reminder to this unit for the period (đôn đốc), if any. */
    remindedOn: Day.nullable(),
    /** Submitted, returned with comments, resubmitted, accepted: oldest first. */
    history: z.array(SubmissionStep),
  })
  .meta({ id: 'UnitReport' });
export type UnitReport = z.infer<typeof UnitReport>;

export const RemindersSent = z.strictObject({ reminded: z.array(z.string()), total: z.number().int(), /** E-mails queued to the units' officers (0 without SMTP). */ mailed: z.number().int() }).meta({ id: 'RemindersSent' });
export type RemindersSent = z.infer<typeof RemindersSent>;
