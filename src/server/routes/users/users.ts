// /api/users: accounts, managed by administrators; one-time passwords are shown once, never stored in clear.
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../../context.ts';
import { IdParam, errorResponses, json, jsonBody, validationHook } from '../../validation.ts';
import { listUsers } from '../../../db/users.ts';
import { run } from '../../run.ts';
import { UserCreate, UserUpdate, createUser, editUser, resetPassword } from '../../../commands/users.ts';
import { mayManageUsers } from '../../../domain/policy.ts';
import { authorize, principal } from '../../auth/session.ts';
import { presentUser } from '../../presenters/user.ts';
import { AuthUser, OneTimePassword, UserCreated, UserList } from '../../../contract/user.ts';

const tags = ['Người dùng (users)'];

export function userRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.use('*', async (c, next) => {
    authorize(mayManageUsers(principal(c)));
    await next();
  });

  app.openapi(createRoute({ method: 'get', path: '/', tags, responses: { 200: json(UserList), ...errorResponses } }), async (c) => {
    const items = (await listUsers(c.var.ctx.db)).map(presentUser);
    return c.json({ items, total: items.length }, 200);
  });

  app.openapi(createRoute({ method: 'post', path: '/', tags, request: jsonBody(UserCreate), responses: { 201: json(UserCreated, 'Created'), ...errorResponses } }), async (c) => {
    const { user, oneTimePassword } = await run(c, createUser, c.req.valid('json'));
    return c.json({ user: presentUser(user), oneTimePassword }, 201);
  });

  app.openapi(
    createRoute({ method: 'patch', path: '/{id}', tags, request: { params: IdParam, ...jsonBody(UserUpdate) }, responses: { 200: json(AuthUser), ...errorResponses } }),
    async (c) => {
      return c.json(presentUser(await run(c, editUser, { ...c.req.valid('json'), id: c.req.valid('param').id })), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: '/{id}/reset-password', tags, request: { params: IdParam }, responses: { 200: json(OneTimePassword), ...errorResponses } }),
    async (c) => {
      const { oneTimePassword } = await run(c, resetPassword, { id: c.req.valid('param').id });
      return c.json({ oneTimePassword }, 200);
    },
  );
  return app;
}
