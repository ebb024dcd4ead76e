// /api/documents: the resolutions, conclusions and reports that targets and tasks come from.
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../../context.ts';
import { IdParam, Paging, errorResponses, json, jsonBody, validationHook } from '../../validation.ts';
import { getDocument, listDocuments } from '../../../db/documents.ts';
import { registerDocument } from '../../../commands/documents.ts';
import { run } from '../../run.ts';
import { DocumentCreated, DocumentDetail, DocumentList } from '../../../contract/document.ts';
import { presentDocument, presentDocumentItem } from '../../presenters/document.ts';
import { DocumentCreate } from './schema.ts';

const tags = ['Văn bản (documents)'];

export function documentRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(createRoute({ method: 'get', path: '/', tags, request: { query: Paging }, responses: { 200: json(DocumentList), ...errorResponses } }), async (c) => {
    const r = await listDocuments(c.var.ctx.db, c.req.valid('query'));
    return c.json({ items: r.items.map(presentDocumentItem), total: r.total }, 200);
  });

  app.openapi(createRoute({ method: 'get', path: '/{id}', tags, request: { params: IdParam }, responses: { 200: json(DocumentDetail), ...errorResponses } }), async (c) => {
    const d = await getDocument(c.var.ctx.db, c.req.valid('param').id);
    return c.json(presentDocument(d), 200);
  });

  app.openapi(
    createRoute({
      method: 'post', path: '/', tags,
      description: 'Stores the document and what the extractor proposes in it. The same text sent again answers 200 with the stored document (duplicate: true) and stores nothing.',
      request: jsonBody(DocumentCreate), responses: { 201: json(DocumentCreated, 'Created'), 200: json(DocumentCreated, 'Already stored'), ...errorResponses },
    }),
    async (c) => {
      const r = await run(c, registerDocument, c.req.valid('json'));
      const body = { ...presentDocument(r.document), duplicate: r.duplicate, proposals: r.proposals };
      return r.duplicate ? c.json(body, 200) : c.json(body, 201);
    },
  );
  return app;
}
