// The dashboard's answers: targets by status ("x/y chỉ tiêu đạt"), tasks against both denominators, by unit, overdue and soon due; and the public view.
import { z } from 'zod';
import { TARGET_STATUSES } from '../domain/target-status.ts';
import { TASK_STATUSES } from '../domain/task-status.ts';
import { Day } from './common.ts';
import { ObservationItem, TargetForecast, TargetGroup, TargetStatusKind } from './target.ts';
import { TaskStatus } from './task.ts';

const count = z.number().int();
const rate = z.number().nullable();

const TargetCounts = z.strictObject(Object.fromEntries(TARGET_STATUSES.map((s) => [s, count])) as Record<(typeof TARGET_STATUSES)[number], typeof count>);
const TaskCounts = z.strictObject(Object.fromEntries(TASK_STATUSES.map((s) => [s, count])) as Record<(typeof TASK_STATUSES)[number], typeof count>);

/** The domain's TargetSummary (domain/summary.ts). */
const targetSummaryFields = {
  counts: TargetCounts,
  total: count,
  assessed: count,
  achieved: count,
  achievedRate: rate,
  headlineVi: z.string(),
  detailVi: z.string(),
};

/** The domain's TaskSummary (domain/summary.ts), `overdue` a count. */
const taskSummaryFields = {
  counts: TaskCounts,
  total: count,
  withDeadline: count,
  done: count,
  open: count,
  overdue: count,
  late: count,
  onTimeRate: rate,
  doneRate: rate,
  doneRateWithDeadline: rate,
  lateRate: rate,
};

export const SummaryTarget = z
  .strictObject({
    id: z.string(), label: z.string(), group: TargetGroup, status: TargetStatusKind, statusLabel: z.string(), value: z.number(), max: z.number().nullable(),
    unit: z.string(), period: z.string(), periodLabel: z.string(), latest: ObservationItem.nullable(), ratio: z.number().nullable(), forecast: TargetForecast,
  })
  .meta({ id: 'SummaryTarget' });
export type SummaryTarget = z.infer<typeof SummaryTarget>;

export const SummaryTaskRef = z
  .strictObject({
    id: z.string(), title: z.string(), leadUnitId: z.string().nullable(), deadline: Day.nullable(), progress: z.number().nullable(), status: TaskStatus, statusLabel: z.string(),
  })
  .meta({ id: 'SummaryTaskRef' });
export type SummaryTaskRef = z.infer<typeof SummaryTaskRef>;

/** The domain's summary of a unit's tasks, with the unit named (no unit: tasks not yet assigned). */
export const UnitTaskSummary = z
  .strictObject({ unitId: z.string().nullable(), unitCode: z.string().nullable(), unitName: z.string(), ...taskSummaryFields })
  .meta({ id: 'UnitTaskSummary' });
export type UnitTaskSummary = z.infer<typeof UnitTaskSummary>;

const TaskRefs = z.strictObject({ total: count, items: z.array(SummaryTaskRef) });

export const SummaryResponse = z
  .strictObject({
    asOf: Day,
    targets: z.strictObject({ ...targetSummaryFields, atRisk: z.array(SummaryTarget), offTrack: z.array(SummaryTarget) }),
    // The domain's TaskSummary with `overdue` (a count) replaced by the list.
    tasks: z.strictObject({ ...taskSummaryFields, overdue: TaskRefs, dueSoon: TaskRefs, byUnit: z.array(UnitTaskSummary), byUnitTotal: count }),
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
