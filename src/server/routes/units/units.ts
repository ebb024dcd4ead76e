// /api/units: the tree of units, one unit, create, update and merge into a successor.
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../../context.ts';
import { IdParam, errorResponses, json, jsonBody, validationHook } from '../../validation.ts';
import { getUnit, listUnits } from '../../../db/units.ts';
import { run } from '../../run.ts';
import { createUnit, editUnit, mergeUnit } from '../../../commands/units.ts';
import { UnitItem, UnitList, UnitMerged } from '../../../contract/unit.ts';
import { presentUnit as present } from '../../presenters/unit.ts';
import { UnitCreate, UnitMerge, UnitUpdate } from './schema.ts';

const tags = ['Đơn vị (units)'];

export function unitRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(createRoute({ method: 'get', path: '/', tags, responses: { 200: json(UnitList) } }), async (c) => {
    const items = (await listUnits(c.var.ctx.db)).map(present);
    return c.json({ items, total: items.length }, 200);
  });

  app.openapi(createRoute({ method: 'get', path: '/{id}', tags, request: { params: IdParam }, responses: { 200: json(UnitItem), ...errorResponses } }), async (c) => {
    return c.json(present(await getUnit(c.var.ctx.db, c.req.valid('param').id)), 200);
  });

  app.openapi(createRoute({ method: 'post', path: '/', tags, request: jsonBody(UnitCreate), responses: { 201: json(UnitItem, 'Created'), ...errorResponses } }), async (c) => {
    return c.json(present(await run(c, createUnit, c.req.valid('json'))), 201);
  });

  app.openapi(
    createRoute({ method: 'patch', path: '/{id}', tags, request: { params: IdParam, ...jsonBody(UnitUpdate) }, responses: { 200: json(UnitItem), ...errorResponses } }),
    async (c) => {
      return c.json(present(await run(c, editUnit, { ...c.req.valid('json'), id: c.req.valid('param').id })), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: '/{id}/merge', tags, request: { params: IdParam, ...jsonBody(UnitMerge) }, responses: { 200: json(UnitMerged), ...errorResponses } }),
    async (c) => {
      const { unit, moved } = await run(c, mergeUnit, { ...c.req.valid('json'), id: c.req.valid('param').id });
      return c.json({ unit: present(unit), moved }, 200);
    },
  );
  return app;
}
