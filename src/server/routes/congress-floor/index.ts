// The congress floor's routes, mounted beside /api/congresses: votes, sign-in codes, programme, papers and contributions, and the delegates' sign-in.
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../context.ts';
import { validationHook } from '../../validation.ts';
import { congressVoteRoutes } from './votes.ts';
import { congressPaperRoutes } from './papers.ts';

export { delegateAuthRoutes } from './delegate-auth.ts';

export function congressFloorRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.route('/', congressVoteRoutes());
  app.route('/', congressPaperRoutes());
  return app;
}
