// /api/reporting-periods: the secretariat opens a period; each unit drafts, submits, and is accepted or returned.
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../../context.ts';
import { AsOf, IdParam, asOfOrToday, errorResponses, json, jsonBody, validationHook } from '../../validation.ts';
import { principal } from '../../auth/session.ts';
import { readsEverything } from '../../../domain/policy.ts';
import { SUBMISSION_STATUS_LABELS, TIMELINESS_LABELS, timeliness } from '../../../domain/reporting.ts';
import { listUnits } from '../../../db/units.ts';
import { submissionHistory } from '../../../db/submission-history.ts';
import { dueItems, findSubmission, getPeriod, lastReminders, listPeriods, listSubmissions, unitsExpected } from '../../../db/reporting.ts';
import { run } from '../../run.ts';
import {
  acceptSubmission, openReportingPeriod, remindUnits, reopenSubmission, returnSubmission, saveSubmissionDraft, submitSubmission,
} from '../../../commands/reporting.ts';
import { presentDueItems, presentPeriod, presentSubmission } from '../../presenters/reporting.ts';
import { presentUnit } from '../../presenters/unit.ts';
import { PeriodItem, PeriodList, PeriodOverview, RemindersSent, Submission, UnitReport } from '../../../contract/reporting.ts';
import { RemindBody } from '../../../commands/reporting.ts';
import { Draft, PeriodOpen, Reason, UnitParams, readableUnit } from './schema.ts';
import { sheetRoutes } from './sheet-routes.ts';
import { reminderRoutes } from './reminder-routes.ts';

const tags = ['Kỳ báo cáo (reporting)'];

export function reportingRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(createRoute({ method: 'get', path: '/', tags, responses: { 200: json(PeriodList) } }), async (c) => {
    principal(c);
    const items = (await listPeriods(c.var.ctx.db)).map(presentPeriod);
    return c.json({ items, total: items.length }, 200);
  });

  app.openapi(createRoute({ method: 'post', path: '/', tags, request: jsonBody(PeriodOpen), responses: { 201: json(PeriodItem, 'Created'), ...errorResponses } }), async (c) => {
    return c.json(presentPeriod(await run(c, openReportingPeriod, c.req.valid('json'))), 201);
  });

  // Completeness and timeliness per unit; the reminders are the units still missing or pending.
  app.openapi(
    createRoute({ method: 'get', path: '/{id}', tags, request: { params: IdParam, query: AsOf }, responses: { 200: json(PeriodOverview), ...errorResponses } }),
    async (c) => {
      const p = principal(c);
      const db = c.var.ctx.db;
      const period = await getPeriod(db, c.req.valid('param').id);
      const asOf = asOfOrToday(c.req.valid('query').asOf);
      const units = new Map((await listUnits(db)).map((u) => [u.id, u]));
      const subs = new Map((await listSubmissions(db, period.id)).map((s) => [s.unitId, s]));
      const expected = (await unitsExpected(db, period)).filter((u) => readsEverything(p) || p.scope.has(u));
      const reminded = await lastReminders(db, period.id);
      const rows = expected.map((unitId) => {
        const s = subs.get(unitId) ?? null;
        const t = timeliness(s, period.dueOn, asOf);
        return {
          unitId, unitCode: units.get(unitId)?.code ?? null, unitName: units.get(unitId)?.name ?? unitId,
          status: s?.status ?? null, statusLabel: s ? SUBMISSION_STATUS_LABELS[s.status] : 'Chưa lập báo cáo',
          submittedOn: s?.submittedOn ?? null, returnReason: s?.returnReason ?? null, timeliness: t, timelinessLabel: TIMELINESS_LABELS[t],
          remindedOn: reminded.get(unitId)?.on ?? null, reminders: reminded.get(unitId)?.count ?? 0,
        };
      });
      const count = (k: string) => rows.filter((r) => r.timeliness === k).length;
      return c.json(
        {
          ...presentPeriod(period), asOf, units: rows,
          completeness: { expected: rows.length, onTime: count('on_time'), late: count('late'), missing: count('missing'), pending: count('pending'), accepted: rows.filter((r) => r.status === 'accepted').length },
          reminders: rows.filter((r) => r.timeliness === 'missing' || r.timeliness === 'pending'),
        },
        200,
      );
    },
  );

  // Đôn đốc: remind the units still missing or not submitted (all, or those named), once a day each.
  app.openapi(
    createRoute({
      method: 'post', path: '/{id}/remind', tags, request: { params: IdParam, ...jsonBody(RemindBody) },
      responses: { 200: json(RemindersSent), ...errorResponses },
    }),
    async (c) => {
      const mailer = c.var.ctx.mailer;
      const { reminded, mailed } = await run(c, remindUnits, { ...c.req.valid('json'), periodId: c.req.valid('param').id, email: Boolean(mailer), appUrl: mailer?.publicUrl ?? null });
      // Sent after the commit, off the request path; the outcome is kept on each mail.
      if (mailed > 0) mailer?.kick();
      return c.json({ reminded, total: reminded.length, mailed }, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/{id}/units/{unitId}', tags, request: { params: UnitParams }, responses: { 200: json(UnitReport), ...errorResponses } }),
    async (c) => {
      const p = principal(c);
      const db = c.var.ctx.db;
      const { id, unitId } = c.req.valid('param');
      const unit = await readableUnit(db, p, unitId);
      const period = await getPeriod(db, id);
      const s = await findSubmission(db, period.id, unit.id);
      return c.json(
        { period: presentPeriod(period), unit: presentUnit(unit), due: presentDueItems(await dueItems(db, period, unit.id)), submission: s ? presentSubmission(s) : null, statusLabel: s ? SUBMISSION_STATUS_LABELS[s.status] : null,
          remindedOn: (await lastReminders(db, period.id)).get(unit.id)?.on ?? null, history: s ? await submissionHistory(db, s.id) : [] },
        200,
      );
    },
  );

  app.openapi(
    createRoute({ method: 'put', path: '/{id}/units/{unitId}', tags, request: { params: UnitParams, ...jsonBody(Draft) }, responses: { 200: json(Submission), ...errorResponses } }),
    async (c) => {
      const { id, unitId } = c.req.valid('param');
      return c.json(presentSubmission(await run(c, saveSubmissionDraft, { ...c.req.valid('json'), periodId: id, unitId })), 200);
    },
  );

  const COMMANDS = { submit: submitSubmission, accept: acceptSubmission, reopen: reopenSubmission } as const;
  const decision = (action: 'submit' | 'accept' | 'return' | 'reopen') =>
    app.openapi(
      createRoute({
        method: 'post', path: `/{id}/units/{unitId}/${action}`, tags,
        request: { params: UnitParams, ...(action === 'return' ? jsonBody(Reason) : {}) },
        responses: { 200: json(Submission), ...errorResponses },
      }),
      async (c) => {
        const { id, unitId } = c.req.valid('param');
        const where = { periodId: id, unitId };
        if (action === 'return') return c.json(presentSubmission(await run(c, returnSubmission, { ...((await c.req.json()) as { reason: string }), ...where })), 200);
        return c.json(presentSubmission(await run(c, COMMANDS[action], where)), 200);
      },
    );
  decision('submit');
  decision('accept');
  decision('return');
  decision('reopen');

  app.route('/', sheetRoutes());
  app.route('/', reminderRoutes());
  return app;
}
