// /api/units: the tree of units, one unit, create and update.
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../context.ts';
import { IdParam, errorResponses, json, jsonBody, validationHook } from '../../validation.ts';
import { createUnit, getUnit, listUnits, updateUnit } from '../../../db/units.ts';
import { UNIT_KIND_LABELS } from '../../../domain/unit.ts';
import type { Unit } from '../../../domain/unit.ts';
import { UnitCreate, UnitUpdate } from './schema.ts';
import { authorize, principal } from '../../auth/session.ts';
import { mayManage } from '../../../domain/policy.ts';

const present = (u: Unit) => ({ ...u, kindLabel: UNIT_KIND_LABELS[u.kind] });
const tags = ['Đơn vị (units)'];

export function unitRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(createRoute({ method: 'get', path: '/', tags, responses: { 200: json(z.any()) } }), async (c) => {
    const items = (await listUnits(c.var.ctx.db)).map(present);
    return c.json({ items, total: items.length }, 200);
  });

  app.openapi(createRoute({ method: 'get', path: '/{id}', tags, request: { params: IdParam }, responses: { 200: json(z.any()), ...errorResponses } }), async (c) => {
    return c.json(present(await getUnit(c.var.ctx.db, c.req.valid('param').id)), 200);
  });

  app.openapi(createRoute({ method: 'post', path: '/', tags, request: jsonBody(UnitCreate), responses: { 201: json(z.any(), 'Created'), ...errorResponses } }), async (c) => {
    const p = principal(c);
    authorize(mayManage(p));
    return c.json(present(await createUnit(c.var.ctx.db, c.req.valid('json'), p.id)), 201);
  });

  app.openapi(
    createRoute({ method: 'patch', path: '/{id}', tags, request: { params: IdParam, ...jsonBody(UnitUpdate) }, responses: { 200: json(z.any()), ...errorResponses } }),
    async (c) => {
      const p = principal(c);
      authorize(mayManage(p));
      return c.json(present(await updateUnit(c.var.ctx.db, c.req.valid('param').id, c.req.valid('json'), p.id)), 200);
    },
  );
  return app;
}
