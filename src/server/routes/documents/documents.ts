// /api/documents: the resolutions, conclusions and reports that targets and tasks come from.
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../context.ts';
import { IdParam, Paging, errorResponses, json, jsonBody, validationHook } from '../../validation.ts';
import { getDocument, listDocuments } from '../../../db/documents.ts';
import { registerDocument } from '../../../commands/documents.ts';
import { run } from '../../run.ts';
import { DOCUMENT_KIND_LABELS } from '../../../domain/document.ts';
import { DocumentCreate } from './schema.ts';

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

  app.openapi(
    createRoute({
      method: 'post', path: '/', tags,
      description: 'Stores the document and what the extractor proposes in it. The same text sent again answers 200 with the stored document (duplicate: true) and stores nothing.',
      request: jsonBody(DocumentCreate), responses: { 201: json(z.any(), 'Created'), 200: json(z.any(), 'Already stored'), ...errorResponses },
    }),
    async (c) => {
      const r = await run(c, registerDocument, c.req.valid('json'));
      return c.json({ ...r.document, kindLabel: DOCUMENT_KIND_LABELS[r.document.kind], duplicate: r.duplicate, proposals: r.proposals }, r.duplicate ? 200 : 201);
    },
  );
  return app;
}
