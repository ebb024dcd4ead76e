// Xếp loại: the secretariat enters a unit's general points; a leader adjusts the unit's rating, always
// with a written reason and only for the units they lead.
import { RULES } from '../domain/input-error.ts';
import { z } from 'zod';
import { addAdjustment, setGeneralPoints } from '../db/ratings.ts';
import { getUnit } from '../db/units.ts';
import { invalid, notFound } from '../domain/errors.ts';
import { authorize, mayAdjustRating, mayManage } from '../domain/policy.ts';
import { RATING_LEVELS } from '../domain/rating-rules.ts';
import { adjustRating as adjusted } from '../domain/rating.ts';
import { loadRules, rateQuarter } from '../queries/rating.ts';
import { defineCommand } from './command.ts';
import { Id } from './fields.ts';

const Quarter = z.string().regex(/^\d{4}-Q[1-4]$/, RULES.quarter.en);
export const RatingGeneral = z.object({ points: z.number().finite().min(0), note: z.string().max(2000).default('') }).strict().meta({ id: 'RatingGeneral' });
export const RatingAdjust = z
  .object({ score: z.number().finite().min(0).max(100).optional(), level: z.enum(RATING_LEVELS).optional(), reason: z.string().max(4000) })
  .strict()
  .meta({ id: 'RatingAdjust' });
const Where = { quarter: Quarter, unitId: Id };

export const enterGeneralPoints = defineCommand({
  name: 'enterGeneralPoints',
  input: RatingGeneral.extend(Where),
  async run(ctx, { quarter, unitId, points, note }) {
    authorize(mayManage(ctx.actor));
    const unit = await getUnit(ctx.trx, unitId);
    const max = loadRules(Number(quarter.slice(0, 4))).weights.general;
    if (points > max) throw invalid({ vi: `điểm: tiêu chí chung tối đa ${max} điểm`, en: `points: at most ${max} for the general criteria` }, { field: 'points', max });
    await setGeneralPoints(ctx.trx, { period: quarter, unitId: unit.id, points, note }, ctx.actor.id);
    return { quarter, unitId: unit.id };
  },
});

export const adjustRating = defineCommand({
  name: 'adjustRating',
  input: RatingAdjust.extend(Where),
  async run(ctx, { quarter, unitId, ...body }) {
    const unit = await getUnit(ctx.trx, unitId);
    authorize(mayAdjustRating(ctx.actor, unit.id));
    const current = (await rateQuarter(ctx.trx, quarter, ctx.today)).results.find((x) => x.unitId === unit.id);
    if (!current) throw notFound('rating', `${quarter}/${unit.code}`);
    // The domain refuses an empty reason or a provisional rating before anything is stored.
    const after = adjusted(current, { score: body.score, level: body.level, reason: body.reason, by: ctx.actor.name });
    await addAdjustment(
      ctx.trx,
      { period: quarter, unitId: unit.id, score: body.score ?? null, level: body.level ?? null, reason: body.reason.trim(), by: ctx.actor.name },
      ctx.actor.id,
      { score: current.score, level: current.level },
      { score: after.score, level: after.level },
    );
    return after;
  },
});
