// /api/ratings: the quarterly rating of units with its working; general points and adjustments by people.
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../context.ts';
import { Id, errorResponses, json, jsonBody, validationHook } from '../../validation.ts';
import { authorize, principal } from '../../auth/session.ts';
import { mayAdjustRating, mayManage, readsEverything } from '../../../domain/policy.ts';
import { invalid, notFound } from '../../../domain/errors.ts';
import { RATING_LEVELS } from '../../../domain/rating-rules.ts';
import { adjustRating } from '../../../domain/rating.ts';
import { getUnit } from '../../../db/units.ts';
import { recordAudit } from '../../../db/audit.ts';
import { tx } from '../../../db/tx.ts';
import { loadRules, rateQuarter } from '../../services/rating.ts';

const tags = ['Xếp loại (ratings)'];
const Quarter = z.string().regex(/^\d{4}-Q[1-4]$/, 'expected a quarter such as 2026-Q1');
const Params = z.object({
  quarter: Quarter.openapi({ param: { name: 'quarter', in: 'path' } }),
  unitId: Id.openapi({ param: { name: 'unitId', in: 'path' } }),
});
const General = z.object({ points: z.number().finite().min(0), note: z.string().max(2000).default('') }).strict().openapi('RatingGeneral');
const Adjust = z
  .object({ score: z.number().finite().min(0).max(100).optional(), level: z.enum(RATING_LEVELS).optional(), reason: z.string().max(4000) })
  .strict()
  .openapi('RatingAdjust');

export function ratingRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(createRoute({ method: 'get', path: '/{quarter}', tags, request: { params: z.object({ quarter: Quarter.openapi({ param: { name: 'quarter', in: 'path' } }) }) }, responses: { 200: json(z.any()), ...errorResponses } }), async (c) => {
    const p = principal(c);
    const r = await rateQuarter(c.var.ctx.db, c.req.valid('param').quarter);
    // The caps are computed over every unit; a scoped user sees the rows of their units only.
    return c.json({ ...r, results: r.results.filter((x) => readsEverything(p) || p.scope.has(x.unitId)) }, 200);
  });

  app.openapi(
    createRoute({ method: 'put', path: '/{quarter}/units/{unitId}/general', tags, request: { params: Params, ...jsonBody(General) }, responses: { 200: json(z.any()), ...errorResponses } }),
    async (c) => {
      const p = principal(c);
      authorize(mayManage(p));
      const { quarter, unitId } = c.req.valid('param');
      const { points, note } = c.req.valid('json');
      const unit = await getUnit(c.var.ctx.db, unitId);
      const max = loadRules(Number(quarter.slice(0, 4))).weights.general;
      if (points > max) throw invalid(`points: at most ${max} for the general criteria`, { field: 'points', max });
      await tx(c.var.ctx.db, async (trx) => {
        const before = await trx.selectFrom('rating_entries').selectAll().where('period', '=', quarter).where('unit_id', '=', unit.id).executeTakeFirst();
        await trx
          .insertInto('rating_entries')
          .values({ period: quarter, unit_id: unit.id, general_points: points, general_note: note, entered_by: p.id, entered_at: new Date() })
          .onConflict((oc) => oc.columns(['period', 'unit_id']).doUpdateSet({ general_points: points, general_note: note, entered_by: p.id, entered_at: new Date() }))
          .execute();
        await recordAudit(trx, { actor: p.id, action: 'update', objectType: 'rating_general', objectId: `${quarter}/${unit.id}`, before: before ? { points: before.general_points } : null, after: { points, note } });
      });
      const r = await rateQuarter(c.var.ctx.db, quarter);
      return c.json(r.results.find((x) => x.unitId === unit.id) ?? null, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: '/{quarter}/units/{unitId}/adjust', tags, request: { params: Params, ...jsonBody(Adjust) }, responses: { 200: json(z.any()), ...errorResponses } }),
    async (c) => {
      const p = principal(c);
      authorize(mayAdjustRating(p));
      const { quarter, unitId } = c.req.valid('param');
      const body = c.req.valid('json');
      const db = c.var.ctx.db;
      const unit = await getUnit(db, unitId);
      const current = (await rateQuarter(db, quarter)).results.find((x) => x.unitId === unit.id);
      if (!current) throw notFound('rating', `${quarter}/${unit.code}`);
      // The domain refuses an empty reason or a provisional rating before anything is stored.
      const adjusted = adjustRating(current, { score: body.score, level: body.level, reason: body.reason, by: p.name });
      await tx(db, async (trx) => {
        await trx
          .insertInto('rating_adjustments')
          .values({ period: quarter, unit_id: unit.id, score: body.score ?? null, level: body.level ?? null, reason: body.reason.trim(), adjusted_by: p.name, adjusted_at: new Date() })
          .execute();
        await recordAudit(trx, { actor: p.id, action: 'adjust', objectType: 'rating', objectId: `${quarter}/${unit.id}`, before: { score: current.score, level: current.level }, after: { score: adjusted.score, level: adjusted.level, reason: body.reason.trim() } });
      });
      return c.json(adjusted, 200);
    },
  );
  return app;
}
