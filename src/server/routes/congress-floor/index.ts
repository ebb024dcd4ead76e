// The congress floor's routes, mounted beside /api/congresses: votes and sign-in codes, and the delegates' sign-in.
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../context.ts';
import { validationHook } from '../../validation.ts';
import { congressVoteRoutes } from './votes.ts';

export { delegateAuthRoutes } from './delegate-auth.ts';

export function congressFloorRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.route('/', congressVoteRoutes());
  return app;
}
