// The dashboard's answers: targets by status ("x/y chỉ tiêu đạt"), tasks against both denominators, by unit, overdue and soon due; and the public view.
import { z } from 'zod';
import { TARGET_STATUSES } from '../domain/target-status.ts';
import { TASK_STATUSES } from '../domain/task-status.ts';
import { Day } from './common.ts';
import { TargetGroup, TargetStatusKind } from './target.ts';
import { TaskStatus } from './task.ts';

const count = z.number().int();
const rate = z.number().nullable();

const TargetCounts = z.strictObject(Object.fromEntries(TARGET_STATUSES.map((s) => [s, count])) as Record<(typeof TARGET_STATUSES)[number], typeof count>);
const TaskCounts = z.strictObject(Object.fromEntries(TASK_STATUSES.map((s) => [s, count])) as Record<(typeof TASK_STATUSES)[number], typeof count>);

/** The domain's TargetSummary (domain/summary.ts), as the public page shows it. */
const targetSummaryFields = {
  counts: TargetCounts,
  total: count,
  assessed: count,
  achieved: count,
  achievedRate: rate,
  headlineVi: z.string(),
  detailVi: z.string(),
};
/** What the dashboard shows of it. */
const { achievedRate: _rate, detailVi: _detail, ...dashboardTargetFields } = targetSummaryFields;

/** The domain's TaskSummary (domain/summary.ts): the counts and the rates the dashboard shows. */
const taskSummaryFields = {
  counts: TaskCounts,
  total: count,
  withDeadline: count,
  done: count,
  onTimeRate: rate,
  doneRate: rate,
  doneRateWithDeadline: rate,
};

/** A target at risk or off track as the dashboard lists it: its line, its latest figure, its forecast. */
export const SummaryTarget = z
  .strictObject({
    id: z.string(), label: z.string(), status: TargetStatusKind, statusLabel: z.string(), value: z.number(), unit: z.string(), periodLabel: z.string(),
    latest: z.strictObject({ value: z.number(), unit: z.string(), periodLabel: z.string() }).nullable(),
    forecastNote: z.string(),
  })
  .meta({ id: 'SummaryTarget' });
export type SummaryTarget = z.infer<typeof SummaryTarget>;

export const SummaryTaskRef = z
  .strictObject({
    id: z.string(), title: z.string(), leadUnitId: z.string().nullable(), deadline: Day.nullable(), progress: z.number().nullable(), status: TaskStatus,
    /** Đôn đốc, for this reader: see Task.mayRemind and Task.remindedAt. */
    mayRemind: z.boolean(), remindedAt: z.string().nullable(),
  })
  .meta({ id: 'SummaryTaskRef' });
export type SummaryTaskRef = z.infer<typeof SummaryTaskRef>;

/** A unit's line in the ranking (no unit: tasks not yet assigned). */
export const UnitTaskSummary = z
  .strictObject({ unitId: z.string().nullable(), unitName: z.string(), onTimeRate: rate, done: count, total: count, overdue: count })
  .meta({ id: 'UnitTaskSummary' });
export type UnitTaskSummary = z.infer<typeof UnitTaskSummary>;

/** The first items of a list and how many there are in all; the full list is the list page's. */
const TaskRefs = z.strictObject({ total: count, items: z.array(SummaryTaskRef) });
const TargetRefs = z.strictObject({ total: count, items: z.array(SummaryTarget) });

/** A congress term's targets and how many were achieved: "Nhiệm kỳ 2020–2025: 13/20 chỉ tiêu đạt". */
export const TermResult = z
  .strictObject({ term: z.string(), label: z.string(), ...dashboardTargetFields })
  .meta({ id: 'TermResult' });
export type TermResult = z.infer<typeof TermResult>;

export const SummaryResponse = z
  .strictObject({
    asOf: Day,
    /** When this answer was computed (ISO 8601): a busy server may serve one a few seconds old. */
    computedAt: z.string(),
    targets: z.strictObject({ ...dashboardTargetFields, atRisk: TargetRefs, offTrack: TargetRefs, /** Each congress term's result, the latest first. */ terms: z.array(TermResult) }),
    tasks: z.strictObject({ ...taskSummaryFields, overdue: TaskRefs, dueSoon: TaskRefs, byUnit: z.array(UnitTaskSummary), byUnitTotal: count }),
    /** The names of the units the lists above name (lead units of the listed tasks), by id. */
    unitNames: z.record(z.string(), z.string()),
  })
  .meta({ id: 'Summary' });
export type SummaryResponse = z.infer<typeof SummaryResponse>;
export type TaskCounts = z.infer<typeof TaskCounts>;

/** What may be shown outside: public targets, their status and the latest city-wide figure, nothing else. */
export const PublicTarget = z
  .strictObject({
    id: z.string(), label: z.string(), group: TargetGroup, groupLabel: z.string(), value: z.number(), max: z.number().nullable(), unit: z.string(),
    period: z.string(), periodLabel: z.string(), status: TargetStatusKind, statusLabel: z.string(),
    latest: z.strictObject({ value: z.number(), period: z.string(), periodLabel: z.string() }).nullable(),
  })
  .meta({ id: 'PublicTarget' });

export const PublicSummary = z
  .strictObject({ asOf: Day, targets: z.strictObject({ ...targetSummaryFields, items: z.array(PublicTarget) }) })
  .meta({ id: 'PublicSummary' });
