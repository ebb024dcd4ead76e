// /api/targets and /api/observations: what resolutions set out to reach, and the figures reported.
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../context.ts';
import { AsOf, IdParam, asOfOrToday, errorResponses, json, jsonBody, validationHook } from '../../validation.ts';
import { createObservation, createTarget, getTarget, listObservations, listTargets, updateTarget } from '../../../db/targets.ts';
import { getUnit, subtreeIds } from '../../../db/units.ts';
import { getDocument } from '../../../db/documents.ts';
import { targetStatus } from '../../../domain/target-status.ts';
import { invalid } from '../../../domain/errors.ts';
import type { Db } from '../../../db/connection.ts';
import type { SourceRef } from '../../../domain/document.ts';
import { presentObservation, presentTarget } from '../../presenters/target.ts';
import { authorize, principal } from '../../auth/session.ts';
import { mayManage, mayReadObservation, mayReadTarget, mayReportFigure } from '../../../domain/policy.ts';
import { conflict, notFound } from '../../../domain/errors.ts';
import { isLocked } from '../../../db/reporting.ts';
import { ObservationCreate, ObservationQuery, TargetCreate, TargetQuery, TargetUpdate } from './schema.ts';

const tags = ['Chỉ tiêu (targets)'];

/** A span must lie inside the document it points to, or the link to the sentence is a lie. */
export async function checkSource(db: Db, s: SourceRef | undefined) {
  if (!s?.documentId) return;
  const doc = await getDocument(db, s.documentId);
  if (s.span && s.span[1] > doc.text.length) throw invalid('source.span: beyond the end of the document', { length: doc.text.length });
}

export function targetRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(createRoute({ method: 'get', path: '/', tags, request: { query: TargetQuery }, responses: { 200: json(z.any()), ...errorResponses } }), async (c) => {
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
    createRoute({ method: 'get', path: '/{id}', tags, request: { params: IdParam, query: AsOf }, responses: { 200: json(z.any()), ...errorResponses } }),
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

  app.openapi(createRoute({ method: 'post', path: '/', tags, request: jsonBody(TargetCreate), responses: { 201: json(z.any(), 'Created'), ...errorResponses } }), async (c) => {
    const body = c.req.valid('json');
    const db = c.var.ctx.db;
    const p = principal(c);
    authorize(mayManage(p));
    await checkSource(db, body.source);
    if (body.ownerUnitId) await getUnit(db, body.ownerUnitId);
    const t = await createTarget(db, body, p.id);
    return c.json(presentTarget(t, targetStatus(t, [], asOfOrToday(undefined))), 201);
  });

  app.openapi(
    createRoute({ method: 'patch', path: '/{id}', tags, request: { params: IdParam, ...jsonBody(TargetUpdate) }, responses: { 200: json(z.any()), ...errorResponses } }),
    async (c) => {
      const db = c.var.ctx.db;
      const { version, ...patch } = c.req.valid('json');
      const p = principal(c);
      const id = c.req.valid('param').id;
      if (!mayReadTarget(p, await getTarget(db, id))) throw notFound('target', id);
      authorize(mayManage(p));
      await checkSource(db, patch.source);
      if (patch.ownerUnitId) await getUnit(db, patch.ownerUnitId);
      const t = await updateTarget(db, id, version, patch, p.id);
      const obs = await listObservations(db, { indicators: [t.indicator] });
      return c.json(presentTarget(t, targetStatus(t, obs, asOfOrToday(undefined))), 200);
    },
  );
  return app;
}

export function observationRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const tags = ['Số liệu (observations)'];

  app.openapi(createRoute({ method: 'get', path: '/', tags, request: { query: ObservationQuery }, responses: { 200: json(z.any()), ...errorResponses } }), async (c) => {
    const q = c.req.valid('query');
    const p = principal(c);
    const items = (await listObservations(c.var.ctx.db, { indicators: q.indicator ? [q.indicator] : undefined, unitIds: q.unitId ? [q.unitId] : undefined, documentId: q.documentId })).filter((o) =>
      mayReadObservation(p, o),
    );
    return c.json({ items: items.map(presentObservation), total: items.length }, 200);
  });

  app.openapi(createRoute({ method: 'post', path: '/', tags, request: jsonBody(ObservationCreate), responses: { 201: json(z.any(), 'Created'), ...errorResponses } }), async (c) => {
    const body = c.req.valid('json');
    const db = c.var.ctx.db;
    const p = principal(c);
    if (body.unitId) await getUnit(db, body.unitId);
    authorize(mayReportFigure(p, body));
    await checkSource(db, body.source);
    if (await isLocked(db, body.unitId, body.period)) throw conflict(`period: the figures of this unit for ${body.period} were accepted and are locked; the secretariat must reopen the report`);
    return c.json(presentObservation(await createObservation(db, { ...body, enteredBy: p.id }, p.id)), 201);
  });
  return app;
}
