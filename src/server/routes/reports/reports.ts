// /api/reports/review: the period's review report as a Word document or an Excel workbook.
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../context.ts';
import { Id, PeriodCode, errorResponses, validationHook } from '../../validation.ts';
import { principal } from '../../auth/session.ts';
import { readsEverything } from '../../../domain/policy.ts';
import { notFound } from '../../../domain/errors.ts';
import { getUnit } from '../../../db/units.ts';
import { attachment } from '../../download.ts';
import { renderReview, REVIEW_TYPES } from '../../services/review-file.ts';

const ReviewQuery = z.object({ period: PeriodCode, unitId: Id.optional(), format: z.enum(['docx', 'xlsx']).default('docx') });

export function reportRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(
    createRoute({
      method: 'get', path: '/review', tags: ['Báo cáo (reports)'], request: { query: ReviewQuery },
      responses: { 200: { description: 'The review report (.docx or .xlsx), as a download' }, ...errorResponses },
    }),
    async (c) => {
      const p = principal(c);
      const db = c.var.ctx.db;
      const q = c.req.valid('query');
      // Those who read everything get any report; the others, the report of a unit of theirs.
      if (q.unitId) {
        const unit = await getUnit(db, q.unitId);
        if (!readsEverything(p) && !p.scope.has(unit.id)) throw notFound('unit', q.unitId);
      } else if (!readsEverything(p)) {
        if (!p.unitId) throw notFound('unit', 'none');
        q.unitId = p.unitId;
      }
      const file = await renderReview(db, { period: q.period, unitId: q.unitId ?? null, format: q.format });
      return c.body(new Uint8Array(file.bytes), 200, { 'content-type': REVIEW_TYPES[q.format], 'content-disposition': attachment(file.name) });
    },
  );
  return app;
}
