// /api/congresses/{code}/…: sign-in codes for the cards, and the votes (open, cast, live count, close).
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../../context.ts';
import { ErrorSchema, errorResponses, eventStream, json, jsonBody, validationHook } from '../../validation.ts';
import { liveStream } from '../../live.ts';
import { authorize, principal } from '../../auth/session.ts';
import { run } from '../../run.ts';
import { issueSignInCodes } from '../../../commands/congress-signin.ts';
import { castBallot, closeVote, openVote } from '../../../commands/congress-votes.ts';
import { getCongressByCode } from '../../../db/congresses.ts';
import { mayReadCongressFloor } from '../../../domain/policy.ts';
import { congressVote, congressVotes } from '../../../queries/congress-votes.ts';
import { Ballot, BallotCast, CodeParam, SignInCodesIssue, SignInCodesIssued, VoteList, VoteOpen, VoteParam, VoteView } from './schema.ts';

const tags = ['Đại hội: biểu quyết (votes)'];
const forbidden = { 403: json(ErrorSchema, 'Not allowed') };
/** Every phone in the hall follows the votes: at most one snapshot a second each while ballots pour in. */
const VOTES_PAUSE_MS = 1000;

export function congressVoteRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(
    createRoute({
      method: 'post', path: '/{code}/signin-codes', tags, request: { params: CodeParam, ...jsonBody(SignInCodesIssue.omit({ congress: true })) },
      description: 'New sign-in codes for the delegates (all, or those listed): answered this once, stored only as hashes. Issuing again replaces a code and ends its sessions.',
      responses: { 200: json(SignInCodesIssued), ...forbidden, ...errorResponses },
    }),
    async (c) => c.json(await run(c, issueSignInCodes, { ...c.req.valid('json'), congress: c.req.valid('param').code }), 200),
  );

  app.openapi(createRoute({ method: 'get', path: '/{code}/votes', tags, request: { params: CodeParam }, responses: { 200: json(VoteList), ...forbidden, ...errorResponses } }), async (c) => {
    const p = principal(c);
    const congress = await getCongressByCode(c.var.ctx.db, c.req.valid('param').code);
    authorize(mayReadCongressFloor(p, congress.id));
    const items = await congressVotes(c.var.ctx.db, congress.id, p);
    return c.json({ items, total: items.length }, 200);
  });

  // Before /{code}/votes/{id}, which would take `stream` for an id.
  app.openapi(
    createRoute({
      method: 'get', path: '/{code}/votes/stream', tags, request: { params: CodeParam },
      description: 'The live count, pushed (Server-Sent Events): a `votes` event (the list as GET /votes answers it to this reader, secret ballots hidden as there) at once and after every vote opened, cast or closed and every check-in; a `heartbeat` event when nothing happened for 15 s.',
      responses: { 200: eventStream('`hello`, then `votes` (the CongressVoteList as JSON) and `heartbeat` events'), ...forbidden, ...errorResponses },
    }),
    async (c) => {
      const p = principal(c);
      const db = c.var.ctx.db;
      const congress = await getCongressByCode(db, c.req.valid('param').code);
      authorize(mayReadCongressFloor(p, congress.id));
      return liveStream(c, {
        topic: 'votes', congressId: congress.id, event: 'votes', minPauseMs: VOTES_PAUSE_MS,
        snapshot: async () => {
          const items = await congressVotes(db, congress.id, p);
          return { items, total: items.length };
        },
      });
    },
  );

  app.openapi(createRoute({ method: 'post', path: '/{code}/votes', tags, request: { params: CodeParam, ...jsonBody(VoteOpen.omit({ congress: true })) }, responses: { 201: json(VoteView, 'Opened'), ...forbidden, ...errorResponses } }), async (c) => {
    const { code } = c.req.valid('param');
    const v = await run(c, openVote, { ...c.req.valid('json'), congress: code });
    return c.json(await congressVote(c.var.ctx.db, v.congressId, v.id, principal(c)), 201);
  });

  app.openapi(createRoute({ method: 'get', path: '/{code}/votes/{id}', tags, request: { params: VoteParam }, responses: { 200: json(VoteView), ...forbidden, ...errorResponses } }), async (c) => {
    const p = principal(c);
    const { code, id } = c.req.valid('param');
    const congress = await getCongressByCode(c.var.ctx.db, code);
    authorize(mayReadCongressFloor(p, congress.id));
    return c.json(await congressVote(c.var.ctx.db, congress.id, id, p), 200);
  });

  app.openapi(
    createRoute({
      method: 'post', path: '/{code}/votes/{id}/ballots', tags, request: { params: VoteParam, ...jsonBody(Ballot.pick({ choice: true })) },
      description: 'A delegate checked in votes once: agree (tán thành), disagree (không tán thành) or abstain (không biểu quyết). A second ballot answers 409.',
      responses: { 201: json(BallotCast, 'Counted'), ...forbidden, ...errorResponses },
    }),
    async (c) => {
      const { code, id } = c.req.valid('param');
      return c.json(await run(c, castBallot, { congress: code, vote: id, choice: c.req.valid('json').choice }), 201);
    },
  );

  app.openapi(createRoute({ method: 'post', path: '/{code}/votes/{id}/close', tags, request: { params: VoteParam }, responses: { 200: json(VoteView), ...forbidden, ...errorResponses } }), async (c) => {
    const { code, id } = c.req.valid('param');
    const v = await run(c, closeVote, { congress: code, vote: id });
    return c.json(await congressVote(c.var.ctx.db, v.congressId, v.id, principal(c)), 200);
  });
  return app;
}
