// /api/documents: the resolutions, conclusions and reports that targets and tasks come from.
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../../context.ts';
import { IdParam, Paging, errorResponses, json, jsonBody, validationHook } from '../../validation.ts';
import { randomUUID } from 'node:crypto';
import { findDocumentByText, getDocument, listDocuments } from '../../../db/documents.ts';
import { listUnits } from '../../../db/units.ts';
import { authorize, principal } from '../../auth/session.ts';
import { documentScope, mayManage } from '../../../domain/policy.ts';
import { runJob } from '../../../workers/pool.ts';
import { REQUEST_TIMEOUT_MS } from '../../app.ts';
import { registerDocument } from '../../../commands/documents.ts';
import { run } from '../../run.ts';
import { DocumentCreated, DocumentDetail, DocumentList } from '../../../contract/document.ts';
import { presentDocument, presentDocumentItem } from '../../presenters/document.ts';
import { DocumentCreate } from './schema.ts';

const tags = ['Văn bản (documents)'];
// The reading must end well before the request's own deadline, leaving time to store what it found
// (a function: app.ts imports this module, so its constant is not there yet at load time).
const proposeBudgetMs = () => REQUEST_TIMEOUT_MS * 0.6;

export function documentRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(createRoute({ method: 'get', path: '/', tags, request: { query: Paging }, responses: { 200: json(DocumentList), ...errorResponses } }), async (c) => {
    const r = await listDocuments(c.var.ctx.db, c.req.valid('query'), documentScope(principal(c)));
    return c.json({ items: r.items.map(presentDocumentItem), total: r.total }, 200);
  });

  app.openapi(createRoute({ method: 'get', path: '/{id}', tags, request: { params: IdParam }, responses: { 200: json(DocumentDetail), ...errorResponses } }), async (c) => {
    const d = await getDocument(c.var.ctx.db, c.req.valid('param').id, documentScope(principal(c)));
    return c.json(presentDocument(d), 200);
  });

  app.openapi(
    createRoute({
      method: 'post', path: '/', tags,
      description: 'Stores the document and what the extractor proposes in it. The same text sent again answers 200 with the stored document (duplicate: true) and stores nothing.',
      request: jsonBody(DocumentCreate), responses: { 201: json(DocumentCreated, 'Created'), 200: json(DocumentCreated, 'Already stored'), ...errorResponses },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const p = principal(c);
      // Reading the text is the heavy part: it runs first, in a worker with a time budget, and the
      // command then stores the document with what was read (the same NFC text the command keeps).
      authorize(mayManage(p));
      const text = body.text.normalize('NFC');
      const db = c.var.ctx.db;
      const id = randomUUID();
      // A text already stored needs no reading: the command answers with the stored document.
      const proposals = (await findDocumentByText(db, text))
        ? undefined
        : await runJob('proposals', { doc: { id, text, issuedOn: body.issuedOn, issuer: body.issuer.normalize('NFC') }, units: await listUnits(db), registered: [] }, { owner: p.id, limits: { timeoutMs: proposeBudgetMs() } });
      const r = await run(c, registerDocument, { ...body, id, proposals });
      const answer = { ...presentDocument(r.document), duplicate: r.duplicate, proposals: r.proposals };
      return r.duplicate ? c.json(answer, 200) : c.json(answer, 201);
    },
  );
  return app;
}
