// Số liệu: record a figure, correct it (a new entry; the old one kept with who, when, why), withdraw it.
// The period lock holds on every path: a unit's accepted report locks its figures of that period.
import { z } from 'zod';
import { createObservation, getObservation, supersedeObservation, withdrawObservation, type StoredObservation } from '../db/targets.ts';
import { isLocked } from '../db/reporting.ts';
import { conflict, notFound } from '../domain/errors.ts';
import { STANDINGS, type Observation } from '../domain/observation.ts';
import { authorize, mayReadObservation, mayReportFigure } from '../domain/policy.ts';
import { defineCommand, type CommandContext } from './command.ts';
import { EMPTY_SOURCE, Id, PeriodCode, Reason, Source } from './fields.ts';
import { checkSource, checkUnits } from './references.ts';

export const FigureInput = z
  .object({
    indicator: z.string().trim().min(1).max(100),
    period: PeriodCode,
    value: z.number().finite(),
    unit: z.string().trim().min(1).max(50),
    standing: z.enum(STANDINGS).default('official'),
    unitId: Id.nullable().default(null),
    source: Source.default(EMPTY_SOURCE),
  })
  .strict()
  .meta({ id: 'ObservationCreate' });

export const FigureCorrection = z
  .object({
    value: z.number().finite(),
    standing: z.enum(STANDINGS).optional(),
    reason: Reason,
  })
  .strict()
  .meta({ id: 'ObservationCorrect' });

export const FigureWithdrawal = z.object({ reason: Reason }).strict().meta({ id: 'ObservationWithdraw' });

async function checkUnlocked(ctx: CommandContext, o: Pick<Observation, 'unitId' | 'period'>) {
  if (await isLocked(ctx.trx, o.unitId, o.period)) {
    throw conflict({ vi: `kỳ: số liệu kỳ ${o.period} của đơn vị đã được tiếp nhận và khóa; Văn phòng phải mở lại báo cáo`, en: `period: the figures of this unit for ${o.period} were accepted and are locked; the secretariat must reopen the report` }, { reason: 'locked', period: o.period });
  }
}

/** A figure the actor may not see answers 404, as one that does not exist. */
async function standingFigure(ctx: CommandContext, id: string): Promise<StoredObservation> {
  const o = await getObservation(ctx.trx, id);
  if (!mayReadObservation(ctx.actor, o)) throw notFound('observation', id);
  authorize(mayReportFigure(ctx.actor, o));
  if (o.supersededBy || o.withdrawn) throw conflict({ vi: `số liệu: ${id} đã được ${o.withdrawn ? 'rút lại' : 'đính chính'}`, en: `observation: ${id} was already ${o.withdrawn ? 'withdrawn' : 'corrected'}` }, { supersededBy: o.supersededBy, withdrawn: Boolean(o.withdrawn) });
  await checkUnlocked(ctx, o);
  return o;
}

export const recordFigure = defineCommand({
  name: 'recordFigure',
  input: FigureInput,
  async run(ctx, input) {
    await checkUnits(ctx.trx, [input.unitId]);
    authorize(mayReportFigure(ctx.actor, input));
    await checkSource(ctx.trx, input.source);
    await checkUnlocked(ctx, input);
    return createObservation(ctx.trx, { ...input, enteredBy: ctx.actor.id }, ctx.actor.id);
  },
});

export const correctFigure = defineCommand({
  name: 'correctFigure',
  input: FigureCorrection.extend({ id: Id }),
  async run(ctx, { id, value, standing, reason }) {
    const old = await standingFigure(ctx, id);
    const { supersededBy: _s, withdrawn: _w, correctsId: _c, reason: _r, recordedAt: _t, id: _id, entryNo: _n, ...same } = old;
    const next = await createObservation(ctx.trx, { ...same, value, standing: standing ?? old.standing, enteredBy: ctx.actor.id, correctsId: old.id, reason }, ctx.actor.id);
    await supersedeObservation(ctx.trx, old.id, next.id);
    return next;
  },
});

export const withdrawFigure = defineCommand({
  name: 'withdrawFigure',
  input: FigureWithdrawal.extend({ id: Id }),
  async run(ctx, { id, reason }) {
    await standingFigure(ctx, id);
    return withdrawObservation(ctx.trx, id, reason, ctx.actor.id);
  },
});
