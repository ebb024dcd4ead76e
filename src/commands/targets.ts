// Chỉ tiêu: register a target, edit it (optimistic version: a stale edit changes nothing).
import { z } from 'zod';
import { createTarget as insertTarget, getTarget, updateTarget } from '../db/targets.ts';
import { invalid, notFound } from '../domain/errors.ts';
import { authorize, mayManage, mayReadTarget } from '../domain/policy.ts';
import { MEASURE_KINDS, TARGET_GROUPS, VISIBILITIES } from '../domain/target.ts';
import { defineCommand } from './command.ts';
import { EMPTY_SOURCE, Id, PeriodCode, Source, Version } from './fields.ts';
import { checkSource, checkUnits } from './references.ts';

const COMPARATORS = ['>=', '>', '<=', '<', '='] as const;
const fields = {
  indicator: z.string().trim().min(1).max(100),
  label: z.string().trim().min(1).max(1000),
  unit: z.string().trim().min(1).max(50),
  group: z.enum(TARGET_GROUPS),
  direction: z.enum(['higher', 'lower']),
  comparator: z.enum(COMPARATORS),
  value: z.number().finite(),
  max: z.number().finite().nullable(),
  period: PeriodCode,
  baselineValue: z.number().finite().nullable(),
  baselinePeriod: PeriodCode.nullable(),
  measure: z.enum(MEASURE_KINDS),
  ownerUnitId: Id.nullable(),
  source: Source,
  visibility: z.enum(VISIBILITIES),
};

export const TargetCreate = z
  .object({
    ...fields,
    direction: fields.direction.default('higher'),
    comparator: fields.comparator.default('>='),
    max: fields.max.default(null),
    baselineValue: fields.baselineValue.default(null),
    baselinePeriod: fields.baselinePeriod.default(null),
    ownerUnitId: fields.ownerUnitId.default(null),
    source: Source.default(EMPTY_SOURCE),
    visibility: fields.visibility.default('internal'),
  })
  .strict()
  .refine((t) => t.max === null || t.max >= t.value, { message: 'max: below value', path: ['max'] })
  .meta({ id: 'TargetCreate' });

// No defaults: a field left out of an edit stays as it is.
export const TargetUpdate = z
  .object({ version: Version, ...fields })
  .partial()
  .required({ version: true })
  .strict()
  .meta({ id: 'TargetUpdate' });

export const registerTarget = defineCommand({
  name: 'registerTarget',
  input: TargetCreate,
  async run(ctx, input) {
    authorize(mayManage(ctx.actor));
    await checkSource(ctx.trx, input.source);
    await checkUnits(ctx.trx, [input.ownerUnitId]);
    return insertTarget(ctx.trx, input, ctx.actor.id);
  },
});

export const editTarget = defineCommand({
  name: 'editTarget',
  input: TargetUpdate.extend({ id: Id }),
  async run(ctx, { id, version, ...patch }) {
    if (!mayReadTarget(ctx.actor, await getTarget(ctx.trx, id))) throw notFound('target', id);
    authorize(mayManage(ctx.actor));
    await checkSource(ctx.trx, patch.source);
    await checkUnits(ctx.trx, [patch.ownerUnitId]);
    const merged = await updateTarget(ctx.trx, id, version, patch, ctx.actor.id);
    if (merged.max !== null && merged.max < merged.value) throw invalid({ vi: 'giá trị trên: nhỏ hơn giá trị dưới', en: 'max: below value' }, { field: 'max' });
    return merged;
  },
});
