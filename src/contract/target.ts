// The answers about targets (chỉ tiêu) and figures (số liệu): status as of a day, forecast, history.
import { z } from 'zod';
import { STANDINGS } from '../domain/observation.ts';
import { MEASURE_KINDS, TARGET_GROUPS, VISIBILITIES } from '../domain/target.ts';
import { TARGET_STATUSES } from '../domain/target-status.ts';
import { Day, SourceRef, listOf } from './common.ts';

export const ObservationItem = z
  .strictObject({
    id: z.string(),
    indicator: z.string(),
    /** Period code: `2025-H1`, `2025-01/2025-09`, `2025-07-09` for a stock at a date. */
    period: z.string(),
    value: z.number(),
    unit: z.string(),
    standing: z.enum(STANDINGS),
    unitId: z.string().nullable(),
    source: SourceRef,
    enteredBy: z.string().nullable(),
    /** The order of entry: among figures of one standing for a period the last entered counts. */
    entryNo: z.number().optional(),
    periodLabel: z.string(),
    standingLabel: z.string(),
  })
  .meta({ id: 'Observation' });
export type ObservationItem = z.infer<typeof ObservationItem>;
export const ObservationList = listOf(ObservationItem).meta({ id: 'ObservationList' });
export type ObservationList = z.infer<typeof ObservationList>;

/** A figure's life after entry: corrected by a new entry, or withdrawn; both keep who, when and why. */
const historyFields = {
  correctsId: z.string().nullable(),
  reason: z.string().nullable(),
  supersededBy: z.string().nullable(),
  withdrawn: z.strictObject({ at: z.string(), by: z.string().nullable(), reason: z.string() }).nullable(),
  recordedAt: z.string(),
};
export const ObservationHistoryEntry = ObservationItem.extend(historyFields).meta({ id: 'ObservationHistoryEntry' });
export type ObservationHistoryEntry = z.infer<typeof ObservationHistoryEntry>;
export const ObservationHistory = listOf(ObservationHistoryEntry).meta({ id: 'ObservationHistory' });
export type ObservationHistory = z.infer<typeof ObservationHistory>;
export const ObservationWithdrawn = ObservationItem.extend({ withdrawn: historyFields.withdrawn }).meta({ id: 'ObservationWithdrawn' });
export type ObservationWithdrawn = z.infer<typeof ObservationWithdrawn>;

export const TargetForecast = z
  .object({
    requiredRate: z.number().nullable(),
    remainingYears: z.number().nullable(),
    method: z.enum(['linear', 'compound', 'average_growth']).nullable(),
    note: z.string(),
  })
  .meta({ id: 'TargetForecast' });
export type TargetForecast = z.infer<typeof TargetForecast>;

export const TargetStatusKind = z.enum(TARGET_STATUSES);
export type TargetStatusKind = z.infer<typeof TargetStatusKind>;
export const TargetGroup = z.enum(TARGET_GROUPS);
export type TargetGroup = z.infer<typeof TargetGroup>;

export const TargetItem = z
  .strictObject({
    id: z.string(),
    indicator: z.string(),
    label: z.string(),
    unit: z.string(),
    group: TargetGroup,
    direction: z.enum(['higher', 'lower']),
    comparator: z.enum(['>=', '>', '<=', '<', '=']),
    value: z.number(),
    max: z.number().nullable(),
    period: z.string(),
    baselineValue: z.number().nullable(),
    baselinePeriod: z.string().nullable(),
    measure: z.enum(MEASURE_KINDS),
    ownerUnitId: z.string().nullable(),
    source: SourceRef,
    visibility: z.enum(VISIBILITIES),
    version: z.number().int(),
    groupLabel: z.string(),
    periodLabel: z.string(),
    status: TargetStatusKind,
    statusLabel: z.string(),
    latest: ObservationItem.nullable(),
    expected: z.number().nullable(),
    ratio: z.number().nullable(),
    forecast: TargetForecast,
  })
  .meta({ id: 'Target' });
export type TargetItem = z.infer<typeof TargetItem>;

export const TargetList = z.strictObject({ asOf: Day, items: z.array(TargetItem), total: z.number().int() }).meta({ id: 'TargetList' });
export type TargetList = z.infer<typeof TargetList>;
export const TargetDetail = TargetItem.extend({ asOf: Day, observations: z.array(ObservationItem) }).meta({ id: 'TargetDetail' });
export type TargetDetail = z.infer<typeof TargetDetail>;
