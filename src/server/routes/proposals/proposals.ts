// /api/documents/{id}/proposals and /api/proposals: what a document proposes, and a person's decisions.
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../../context.ts';
import { IdParam, errorResponses, json, jsonBody, validationHook } from '../../validation.ts';
import { authorize, principal } from '../../auth/session.ts';
import { mayManage } from '../../../domain/policy.ts';
import { getDocument } from '../../../db/documents.ts';
import { proposalsWithMatches } from '../../../queries/proposal-match.ts';
import { run } from '../../run.ts';
import { presentProposal } from '../../presenters/proposal.ts';
import { Proposal, ProposalList, ProposalsDecided } from '../../../contract/proposal.ts';
import {
  ProposalAccept as AcceptOne, ProposalAcceptMany as AcceptMany, ProposalMerge as Merge,
  acceptProposal, acceptProposals, mergeProposal, rejectProposal,
} from '../../../commands/proposals.ts';

const tags = ['Đề xuất từ văn bản (proposals)'];

export function proposalRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  // No app.use('*') here: mounted at /api, it would guard every route of the API.
  const manager = (c: Parameters<typeof principal>[0]) => {
    const p = principal(c);
    authorize(mayManage(p));
    return p;
  };

  app.openapi(
    createRoute({
      method: 'get', path: '/documents/{id}/proposals', tags,
      description: 'A pending figure names the registered target it most likely belongs to (match: same indicator, unit of measure and owner, periods meeting); a pending proposed target names the registered one it repeats (duplicateOf). Only targets the reader may read are named.',
      request: { params: IdParam }, responses: { 200: json(ProposalList), ...errorResponses } }),
    async (c) => {
      const reader = manager(c);
      const db = c.var.ctx.db;
      const doc = await getDocument(db, c.req.valid('param').id);
      const items = await proposalsWithMatches(db, doc.id, reader);
      const counts = { pending: 0, accepted: 0, merged: 0, rejected: 0 };
      for (const p of items) counts[p.status] += 1;
      return c.json({ document: { id: doc.id, title: doc.title, issuedOn: doc.issuedOn }, counts, items: items.map(presentProposal) }, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: '/documents/{id}/proposals/accept', tags, request: { params: IdParam, ...jsonBody(AcceptMany) }, responses: { 200: json(ProposalsDecided), ...errorResponses } }),
    async (c) => {
      // All or nothing: one bad item and none is registered.
      const decided = await run(c, acceptProposals, { ...c.req.valid('json'), documentId: c.req.valid('param').id });
      return c.json({ items: decided.map(presentProposal) }, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: '/proposals/{id}/accept', tags, request: { params: IdParam, ...jsonBody(AcceptOne) }, responses: { 200: json(Proposal), ...errorResponses } }),
    async (c) => c.json(presentProposal(await run(c, acceptProposal, { ...c.req.valid('json'), id: c.req.valid('param').id })), 200),
  );

  app.openapi(
    createRoute({ method: 'post', path: '/proposals/{id}/merge', tags, request: { params: IdParam, ...jsonBody(Merge) }, responses: { 200: json(Proposal), ...errorResponses } }),
    async (c) => c.json(presentProposal(await run(c, mergeProposal, { ...c.req.valid('json'), id: c.req.valid('param').id })), 200),
  );

  app.openapi(
    createRoute({ method: 'post', path: '/proposals/{id}/reject', tags, request: { params: IdParam }, responses: { 200: json(Proposal), ...errorResponses } }),
    async (c) => c.json(presentProposal(await run(c, rejectProposal, { id: c.req.valid('param').id })), 200),
  );
  return app;
}
