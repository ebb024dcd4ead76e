// /api/ratings: the quarterly rating of units with its working; general points and adjustments by people.
import { RULES } from '../../../domain/input-error.ts';
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../context.ts';
import { AsOf, PathId, asOfOrToday, errorResponses, json, jsonBody, validationHook } from '../../validation.ts';
import { principal } from '../../auth/session.ts';
import { readsEverything } from '../../../domain/policy.ts';
import { rateQuarter } from '../../../queries/rating.ts';
import { run } from '../../run.ts';
import { presentRating } from '../../presenters/rating.ts';
import { QuarterRating, RatingRow } from '../../../contract/rating.ts';
import type { RatingResult } from '../../../domain/rating.ts';
import { RatingAdjust as Adjust, RatingGeneral as General, adjustRating, enterGeneralPoints } from '../../../commands/ratings.ts';

const tags = ['Xếp loại (ratings)'];
const Quarter = z.string().regex(/^\d{4}-Q[1-4]$/, RULES.quarter.en);
const Params = z.object({
  quarter: Quarter.openapi({ param: { name: 'quarter', in: 'path' } }),
  unitId: PathId('unitId'),
});

export function ratingRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  // Rated as of the day asked (the app's "tính đến ngày", today by default): mid-quarter, provisionally.
  app.openapi(createRoute({ method: 'get', path: '/{quarter}', tags, request: { params: z.object({ quarter: Quarter.openapi({ param: { name: 'quarter', in: 'path' } }) }), query: AsOf }, responses: { 200: json(QuarterRating), ...errorResponses } }), async (c) => {
    const p = principal(c);
    const r = await rateQuarter(c.var.ctx.db, c.req.valid('param').quarter, asOfOrToday(c.req.valid('query').asOf));
    // The caps are computed over every unit; a scoped user sees the rows of their units only.
    const results = r.results.filter((x) => readsEverything(p) || p.scope.has(x.unitId)).map((x) => presentRating(x, x.unitId, x.generalNote));
    return c.json({ quarter: r.quarter, rulesYear: r.rulesYear, results, notes: r.notes }, 200);
  });

  app.openapi(
    createRoute({ method: 'put', path: '/{quarter}/units/{unitId}/general', tags, request: { params: Params, ...jsonBody(General) }, responses: { 200: json(RatingRow.nullable()), ...errorResponses } }),
    async (c) => {
      const { unitId } = await run(c, enterGeneralPoints, { ...c.req.valid('json'), ...c.req.valid('param') });
      const r = await rateQuarter(c.var.ctx.db, c.req.valid('param').quarter);
      const row = r.results.find((x) => x.unitId === unitId);
      return c.json(row ? presentRating(row, row.unitId, row.generalNote) : null, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: '/{quarter}/units/{unitId}/adjust', tags, request: { params: Params, ...jsonBody(Adjust) }, responses: { 200: json(RatingRow), ...errorResponses } }),
    async (c) => {
      // The command answers the quarter's row adjusted; its unit and note are those of the row it started from.
      const after: RatingResult & { unitId?: string; generalNote?: string | null } = await run(c, adjustRating, { ...c.req.valid('json'), ...c.req.valid('param') });
      return c.json(presentRating(after, after.unitId ?? c.req.valid('param').unitId, after.generalNote ?? null), 200);
    },
  );
  return app;
}
