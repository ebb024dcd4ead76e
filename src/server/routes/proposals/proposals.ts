// /api/documents/{id}/proposals and /api/proposals: what a document proposes, and a person's decisions.
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../context.ts';
import { Id, IdParam, errorResponses, json, jsonBody, validationHook } from '../../validation.ts';
import { authorize, principal } from '../../auth/session.ts';
import { mayManage } from '../../../domain/policy.ts';
import { invalid } from '../../../domain/errors.ts';
import { getDocument } from '../../../db/documents.ts';
import { decideProposal, getProposal, listProposals } from '../../../db/proposals.ts';
import { tx } from '../../../db/tx.ts';
import { acceptProposal, mergeProposal } from '../../services/intake.ts';

const tags = ['Đề xuất từ văn bản (proposals)'];
const Edits = z.record(z.string(), z.unknown()).optional();
const AcceptOne = z.object({ body: Edits }).strict().openapi('ProposalAccept');
const AcceptMany = z
  .object({ items: z.array(z.object({ id: Id, body: Edits }).strict()).min(1).max(1000) })
  .strict()
  .openapi('ProposalAcceptMany');
const Merge = z.object({ targetId: Id }).strict().openapi('ProposalMerge');

export function proposalRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  // No app.use('*') here: mounted at /api, it would guard every route of the API.
  const manager = (c: Parameters<typeof principal>[0]) => {
    const p = principal(c);
    authorize(mayManage(p));
    return p;
  };

  app.openapi(
    createRoute({ method: 'get', path: '/documents/{id}/proposals', tags, request: { params: IdParam }, responses: { 200: json(z.any()), ...errorResponses } }),
    async (c) => {
      manager(c);
      const db = c.var.ctx.db;
      const doc = await getDocument(db, c.req.valid('param').id);
      const items = await listProposals(db, doc.id);
      const counts = { pending: 0, accepted: 0, merged: 0, rejected: 0 };
      for (const p of items) counts[p.status] += 1;
      return c.json({ document: { id: doc.id, title: doc.title, issuedOn: doc.issuedOn }, counts, items }, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: '/documents/{id}/proposals/accept', tags, request: { params: IdParam, ...jsonBody(AcceptMany) }, responses: { 200: json(z.any()), ...errorResponses } }),
    async (c) => {
      const db = c.var.ctx.db;
      const p = manager(c);
      const doc = await getDocument(db, c.req.valid('param').id);
      const { items } = c.req.valid('json');
      // All or nothing: one bad item and none is registered.
      const decided = await tx(db, async (trx) => {
        const out = [];
        for (const item of items) {
          const prop = await getProposal(trx, item.id);
          if (prop.documentId !== doc.id) throw invalid(`items: proposal ${item.id} belongs to another document`);
          out.push(await acceptProposal(trx, item.id, item.body ?? {}, p.id));
        }
        return out;
      });
      return c.json({ items: decided }, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: '/proposals/{id}/accept', tags, request: { params: IdParam, ...jsonBody(AcceptOne) }, responses: { 200: json(z.any()), ...errorResponses } }),
    async (c) => c.json(await acceptProposal(c.var.ctx.db, c.req.valid('param').id, c.req.valid('json').body ?? {}, manager(c).id), 200),
  );

  app.openapi(
    createRoute({ method: 'post', path: '/proposals/{id}/merge', tags, request: { params: IdParam, ...jsonBody(Merge) }, responses: { 200: json(z.any()), ...errorResponses } }),
    async (c) => c.json(await mergeProposal(c.var.ctx.db, c.req.valid('param').id, c.req.valid('json').targetId, manager(c).id), 200),
  );

  app.openapi(
    createRoute({ method: 'post', path: '/proposals/{id}/reject', tags, request: { params: IdParam }, responses: { 200: json(z.any()), ...errorResponses } }),
    async (c) => c.json(await decideProposal(c.var.ctx.db, c.req.valid('param').id, 'rejected', null, manager(c).id), 200),
  );
  return app;
}
