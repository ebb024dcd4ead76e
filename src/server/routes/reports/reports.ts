// /api/reports/review: the period's review report as a Word document or an Excel workbook.
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../context.ts';
import type { Context } from 'hono';
import { Id, PeriodCode, errorResponses, json, validationHook } from '../../validation.ts';
import { reviewReportData } from '../../services/review.ts';
import { ReviewPreview } from '../../../contract/review.ts';
import { presentReviewPreview } from '../../presenters/review.ts';
import { principal } from '../../auth/session.ts';
import { readsEverything } from '../../../domain/policy.ts';
import { notFound } from '../../../domain/errors.ts';
import { getUnit } from '../../../db/units.ts';
import { attachment } from '../../download.ts';
import { renderReview, REVIEW_TYPES } from '../../services/review-file.ts';

/** The report's options as the review page sends them: lists one item a line (recipients) or comma-separated (targets). */
const ReviewQuery = z.object({
  period: PeriodCode,
  unitId: Id.optional(),
  format: z.enum(['docx', 'xlsx']).default('docx'),
  number: z.string().trim().max(60).optional(),
  signerRole: z.string().trim().max(300).optional(),
  signerName: z.string().trim().max(120).optional(),
  recipients: z.string().max(3000).optional(),
  targets: z.string().max(20_000).optional(),
});
type ReviewQuery = z.infer<typeof ReviewQuery>;

const lines = (s: string | undefined, sep: RegExp) => (s ?? '').split(sep).map((x) => x.trim()).filter(Boolean);
const optionsOf = (q: ReviewQuery, unitId: string | null) => ({
  period: q.period, unitId, number: q.number, signerRole: q.signerRole, signerName: q.signerName,
  recipients: lines(q.recipients, /\n/u), targetIds: lines(q.targets, /,/u),
});

export function reportRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(
    createRoute({
      method: 'get', path: '/review', tags: ['Báo cáo (reports)'], request: { query: ReviewQuery },
      responses: { 200: { description: 'The review report (.docx or .xlsx), as a download' }, ...errorResponses },
    }),
    async (c) => {
      const db = c.var.ctx.db;
      const q = c.req.valid('query');
      const file = await renderReview(db, { ...optionsOf(q, await reportScope(c, q.unitId)), format: q.format });
      return c.body(new Uint8Array(file.bytes), 200, { 'content-type': REVIEW_TYPES[q.format], 'content-disposition': attachment(file.name) });
    },
  );

  // The preview beside the options: the frame and the target rows exactly as the document will have them.
  app.openapi(
    createRoute({ method: 'get', path: '/review/preview', tags: ['Báo cáo (reports)'], request: { query: ReviewQuery }, responses: { 200: json(ReviewPreview), ...errorResponses } }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(presentReviewPreview(await reviewReportData(c.var.ctx.db, optionsOf(q, await reportScope(c, q.unitId)))), 200);
    },
  );
  return app;
}

/** Those who read everything get any report; the others, the report of a unit of theirs. */
async function reportScope(c: Context<AppEnv>, unitId: string | undefined): Promise<string | null> {
  const p = principal(c);
  if (unitId) {
    const unit = await getUnit(c.var.ctx.db, unitId);
    if (!readsEverything(p) && !p.scope.has(unit.id)) throw notFound('unit', unitId);
    return unit.id;
  }
  if (readsEverything(p)) return null;
  if (!p.unitId) throw notFound('unit', 'none');
  return p.unitId;
}
