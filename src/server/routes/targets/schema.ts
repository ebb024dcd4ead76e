// Request shapes of /api/targets and /api/observations.
import { z } from '@hono/zod-openapi';
import { MEASURE_KINDS, TARGET_GROUPS, VISIBILITIES } from '../../../domain/target.ts';
import { STANDINGS } from '../../../domain/observation.ts';
import { AsOf, Id, PeriodCode, Version } from '../../validation.ts';

export const Source = z
  .object({
    documentId: Id.nullable().default(null),
    span: z.tuple([z.number().int().min(0), z.number().int().min(0)]).nullable().default(null),
    quote: z.string().max(10_000).nullable().default(null),
  })
  .strict()
  .refine((s) => !s.span || s.span[0] <= s.span[1], { message: 'span: start after end', path: ['span'] });

const emptySource = { documentId: null, span: null, quote: null };

const targetFields = {
  indicator: z.string().trim().min(1).max(100),
  label: z.string().trim().min(1).max(1000),
  unit: z.string().trim().min(1).max(50),
  group: z.enum(TARGET_GROUPS),
  direction: z.enum(['higher', 'lower']).default('higher'),
  comparator: z.enum(['>=', '>', '<=', '<', '=']).default('>='),
  value: z.number().finite(),
  max: z.number().finite().nullable().default(null),
  period: PeriodCode,
  baselineValue: z.number().finite().nullable().default(null),
  baselinePeriod: PeriodCode.nullable().default(null),
  measure: z.enum(MEASURE_KINDS),
  ownerUnitId: Id.nullable().default(null),
  source: Source.default(emptySource),
  visibility: z.enum(VISIBILITIES).default('internal'),
};

export const TargetCreate = z
  .object(targetFields)
  .strict()
  .refine((t) => t.max === null || t.max >= t.value, { message: 'max: below value', path: ['max'] })
  .openapi('TargetCreate');

export const TargetUpdate = z
  .object({
    version: Version,
    indicator: targetFields.indicator.optional(),
    label: targetFields.label.optional(),
    unit: targetFields.unit.optional(),
    group: z.enum(TARGET_GROUPS).optional(),
    direction: z.enum(['higher', 'lower']).optional(),
    comparator: z.enum(['>=', '>', '<=', '<', '=']).optional(),
    value: z.number().finite().optional(),
    max: z.number().finite().nullable().optional(),
    period: PeriodCode.optional(),
    baselineValue: z.number().finite().nullable().optional(),
    baselinePeriod: PeriodCode.nullable().optional(),
    measure: z.enum(MEASURE_KINDS).optional(),
    ownerUnitId: Id.nullable().optional(),
    source: Source.optional(),
    visibility: z.enum(VISIBILITIES).optional(),
  })
  .strict()
  .openapi('TargetUpdate');

export const TargetQuery = AsOf.extend({
  group: z.enum(TARGET_GROUPS).optional(),
  unitId: Id.optional(),
  indicator: z.string().optional(),
  documentId: Id.optional(),
  status: z.enum(['achieved', 'on_track', 'at_risk', 'off_track', 'no_data']).optional(),
});

export const ObservationCreate = z
  .object({
    indicator: z.string().trim().min(1).max(100),
    period: PeriodCode,
    value: z.number().finite(),
    unit: z.string().trim().min(1).max(50),
    standing: z.enum(STANDINGS).default('official'),
    unitId: Id.nullable().default(null),
    source: Source.default(emptySource),
  })
  .strict()
  .openapi('ObservationCreate');

export const ObservationQuery = z.object({ indicator: z.string().optional(), unitId: Id.optional(), documentId: Id.optional() });
