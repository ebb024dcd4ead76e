// /api/documents: the resolutions, conclusions and reports that targets and tasks come from.
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../context.ts';
import { IdParam, Paging, errorResponses, json, jsonBody, validationHook } from '../../validation.ts';
import { createDocument, getDocument, listDocuments } from '../../../db/documents.ts';
import { DOCUMENT_KIND_LABELS } from '../../../domain/document.ts';
import { DocumentCreate } from './schema.ts';
import { authorize, principal } from '../../auth/session.ts';
import { mayManage } from '../../../domain/policy.ts';

const tags = ['Văn bản (documents)'];

export function documentRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(createRoute({ method: 'get', path: '/', tags, request: { query: Paging }, responses: { 200: json(z.any()), ...errorResponses } }), async (c) => {
    const r = await listDocuments(c.var.ctx.db, c.req.valid('query'));
    return c.json({ ...r, items: r.items.map((d) => ({ ...d, kindLabel: DOCUMENT_KIND_LABELS[d.kind] })) }, 200);
  });

  app.openapi(createRoute({ method: 'get', path: '/{id}', tags, request: { params: IdParam }, responses: { 200: json(z.any()), ...errorResponses } }), async (c) => {
    const d = await getDocument(c.var.ctx.db, c.req.valid('param').id);
    return c.json({ ...d, kindLabel: DOCUMENT_KIND_LABELS[d.kind] }, 200);
  });

  app.openapi(createRoute({ method: 'post', path: '/', tags, request: jsonBody(DocumentCreate), responses: { 201: json(z.any(), 'Created'), ...errorResponses } }), async (c) => {
    const p = principal(c);
    authorize(mayManage(p));
    const d = await createDocument(c.var.ctx.db, c.req.valid('json'), p.id);
    return c.json({ ...d, kindLabel: DOCUMENT_KIND_LABELS[d.kind] }, 201);
  });
  return app;
}
