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
    const targets = await listTargets(db, { group: q.group, indicator: q.indicator, ownerUnitIds });
    const obs = await listObservations(db, { indicators: [...new Set(targets.map((t) => t.indicator))] });
    let items = targets.map((t) => presentTarget(t, targetStatus(t, obs.filter((o) => o.indicator === t.indicator), asOf)));
    if (q.status) items = items.filter((t) => t.status === q.status);
    return c.json({ asOf, items, total: items.length }, 200);
  });

  app.openapi(
    createRoute({ method: 'get', path: '/{id}', tags, request: { params: IdParam, query: AsOf }, responses: { 200: json(z.any()), ...errorResponses } }),
    async (c) => {
      const db = c.var.ctx.db;
      const asOf = asOfOrToday(c.req.valid('query').asOf);
      const t = await getTarget(db, c.req.valid('param').id);
      const obs = await listObservations(db, { indicators: [t.indicator] });
      return c.json({ asOf, ...presentTarget(t, targetStatus(t, obs, asOf)), observations: obs.map(presentObservation) }, 200);
    },
  );

  app.openapi(createRoute({ method: 'post', path: '/', tags, request: jsonBody(TargetCreate), responses: { 201: json(z.any(), 'Created'), ...errorResponses } }), async (c) => {
    const body = c.req.valid('json');
    const db = c.var.ctx.db;
    await checkSource(db, body.source);
    if (body.ownerUnitId) await getUnit(db, body.ownerUnitId);
    const t = await createTarget(db, body, null);
    return c.json(presentTarget(t, targetStatus(t, [], asOfOrToday(undefined))), 201);
  });

  app.openapi(
    createRoute({ method: 'patch', path: '/{id}', tags, request: { params: IdParam, ...jsonBody(TargetUpdate) }, responses: { 200: json(z.any()), ...errorResponses } }),
    async (c) => {
      const db = c.var.ctx.db;
      const { version, ...patch } = c.req.valid('json');
      await checkSource(db, patch.source);
      if (patch.ownerUnitId) await getUnit(db, patch.ownerUnitId);
      const t = await updateTarget(db, c.req.valid('param').id, version, patch, null);
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
    const items = await listObservations(c.var.ctx.db, { indicators: q.indicator ? [q.indicator] : undefined, unitIds: q.unitId ? [q.unitId] : undefined });
    return c.json({ items: items.map(presentObservation), total: items.length }, 200);
  });

  app.openapi(createRoute({ method: 'post', path: '/', tags, request: jsonBody(ObservationCreate), responses: { 201: json(z.any(), 'Created'), ...errorResponses } }), async (c) => {
    const body = c.req.valid('json');
    const db = c.var.ctx.db;
    await checkSource(db, body.source);
    if (body.unitId) await getUnit(db, body.unitId);
    return c.json(presentObservation(await createObservation(db, { ...body, enteredBy: null }, null)), 201);
  });
  return app;
}
