// /api/targets and /api/observations: what resolutions set out to reach, and the figures reported.
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../../context.ts';
import { AsOf, IdParam, asOfOrToday, errorResponses, json, jsonBody, validationHook } from '../../validation.ts';
import { getObservation, getTarget, listObservations, listTargets, observationHistory } from '../../../db/targets.ts';
import { getUnit, subtreeIds } from '../../../db/units.ts';
import { targetStatus } from '../../../domain/target-status.ts';
import { presentObservation, presentObservationHistory, presentTarget } from '../../presenters/target.ts';
import { ObservationHistory, ObservationItem, ObservationList, ObservationWithdrawn, TargetDetail, TargetItem, TargetList } from '../../../contract/target.ts';
import { principal } from '../../auth/session.ts';
import { mayReadObservation, mayReadTarget } from '../../../domain/policy.ts';
import { notFound } from '../../../domain/errors.ts';
import { run } from '../../run.ts';
import { editTarget, registerTarget } from '../../../commands/targets.ts';
import { correctFigure, recordFigure, withdrawFigure } from '../../../commands/figures.ts';
import { FigureCorrection, FigureWithdrawal, ObservationCreate, ObservationQuery, TargetCreate, TargetQuery, TargetUpdate } from './schema.ts';

const tags = ['Chỉ tiêu (targets)'];

export function targetRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(createRoute({ method: 'get', path: '/', tags, request: { query: TargetQuery }, responses: { 200: json(TargetList), ...errorResponses } }), async (c) => {
    const q = c.req.valid('query');
    const db = c.var.ctx.db;
    const asOf = asOfOrToday(q.asOf);
    const ownerUnitIds = q.unitId ? await subtreeIds(db, (await getUnit(db, q.unitId)).id) : undefined;
    const p = principal(c);
    const targets = (await listTargets(db, { group: q.group, indicator: q.indicator, documentId: q.documentId, ownerUnitIds })).filter((t) => mayReadTarget(p, t));
    const obs = (await listObservations(db, { indicators: [...new Set(targets.map((t) => t.indicator))] })).filter((o) => mayReadObservation(p, o));
    let items = targets.map((t) => presentTarget(t, targetStatus(t, obs.filter((o) => o.indicator === t.indicator), asOf)));
    if (q.status) items = items.filter((t) => t.status === q.status);
    return c.json({ asOf, items, total: items.length }, 200);
  });

  app.openapi(
    createRoute({ method: 'get', path: '/{id}', tags, request: { params: IdParam, query: AsOf }, responses: { 200: json(TargetDetail), ...errorResponses } }),
    async (c) => {
      const db = c.var.ctx.db;
      const asOf = asOfOrToday(c.req.valid('query').asOf);
      const p = principal(c);
      const t = await getTarget(db, c.req.valid('param').id);
      // Out of the user's reach answers as if it did not exist: ids leak nothing.
      if (!mayReadTarget(p, t)) throw notFound('target', t.id);
      const obs = (await listObservations(db, { indicators: [t.indicator] })).filter((o) => mayReadObservation(p, o));
      return c.json({ asOf, ...presentTarget(t, targetStatus(t, obs, asOf)), observations: obs.map(presentObservation) }, 200);
    },
  );

  app.openapi(createRoute({ method: 'post', path: '/', tags, request: jsonBody(TargetCreate), responses: { 201: json(TargetItem, 'Created'), ...errorResponses } }), async (c) => {
    const t = await run(c, registerTarget, c.req.valid('json'));
    return c.json(presentTarget(t, targetStatus(t, [], asOfOrToday(undefined))), 201);
  });

  app.openapi(
    createRoute({ method: 'patch', path: '/{id}', tags, request: { params: IdParam, ...jsonBody(TargetUpdate) }, responses: { 200: json(TargetItem), ...errorResponses } }),
    async (c) => {
      const t = await run(c, editTarget, { ...c.req.valid('json'), id: c.req.valid('param').id });
      const obs = await listObservations(c.var.ctx.db, { indicators: [t.indicator] });
      return c.json(presentTarget(t, targetStatus(t, obs, asOfOrToday(undefined))), 200);
    },
  );
  return app;
}

export function observationRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const tags = ['Số liệu (observations)'];

  app.openapi(createRoute({ method: 'get', path: '/', tags, request: { query: ObservationQuery }, responses: { 200: json(ObservationList), ...errorResponses } }), async (c) => {
    const q = c.req.valid('query');
    const p = principal(c);
    const items = (await listObservations(c.var.ctx.db, { indicators: q.indicator ? [q.indicator] : undefined, unitIds: q.unitId ? [q.unitId] : undefined, documentId: q.documentId })).filter((o) =>
      mayReadObservation(p, o),
    );
    return c.json({ items: items.map(presentObservation), total: items.length }, 200);
  });

  app.openapi(createRoute({ method: 'post', path: '/', tags, request: jsonBody(ObservationCreate), responses: { 201: json(ObservationItem, 'Created'), ...errorResponses } }), async (c) => {
    return c.json(presentObservation(await run(c, recordFigure, c.req.valid('json'))), 201);
  });

  // A figure's history: every entry for its indicator, unit and period, corrected and withdrawn ones too.
  app.openapi(createRoute({ method: 'get', path: '/{id}/history', tags, request: { params: IdParam }, responses: { 200: json(ObservationHistory), ...errorResponses } }), async (c) => {
    const db = c.var.ctx.db;
    const o = await getObservation(db, c.req.valid('param').id);
    if (!mayReadObservation(principal(c), o)) throw notFound('observation', o.id);
    const items = (await observationHistory(db, o)).map(presentObservationHistory);
    return c.json({ items, total: items.length }, 200);
  });

  app.openapi(
    createRoute({ method: 'post', path: '/{id}/correct', tags, description: 'A new entry replaces the figure; the old one is kept in its history with who, when and why.', request: { params: IdParam, ...jsonBody(FigureCorrection) }, responses: { 201: json(ObservationItem, 'Created'), ...errorResponses } }),
    async (c) => c.json(presentObservation(await run(c, correctFigure, { ...c.req.valid('json'), id: c.req.valid('param').id })), 201),
  );

  app.openapi(
    createRoute({ method: 'post', path: '/{id}/withdraw', tags, description: 'The figure stops counting; it stays in its history with who, when and why.', request: { params: IdParam, ...jsonBody(FigureWithdrawal) }, responses: { 200: json(ObservationWithdrawn), ...errorResponses } }),
    async (c) => {
      const o = await run(c, withdrawFigure, { ...c.req.valid('json'), id: c.req.valid('param').id });
      return c.json({ ...presentObservation(o), withdrawn: o.withdrawn }, 200);
    },
  );
  return app;
}
