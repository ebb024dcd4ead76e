// /api/users: accounts, managed by administrators; one-time passwords are shown once, never stored in clear.
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../context.ts';
import { Id, IdParam, errorResponses, json, jsonBody, validationHook } from '../../validation.ts';
import { createUser, generatePassword, getUser, listUsers, setPassword, updateUser } from '../../../db/users.ts';
import { getUnit } from '../../../db/units.ts';
import { ROLES } from '../../../domain/user.ts';
import { mayManageUsers } from '../../../domain/policy.ts';
import { authorize, principal } from '../../auth/session.ts';
import { presentUser } from '../auth/auth.ts';

const tags = ['Người dùng (users)'];
const UserCreate = z
  .object({
    login: z.string().trim().toLowerCase().regex(/^[a-z0-9._-]{3,60}$/, 'letters, digits, . _ - (3–60)'),
    name: z.string().trim().min(1).max(200),
    unitId: Id.nullable().default(null),
    roles: z.array(z.enum(ROLES)).min(1).max(5),
  })
  .strict()
  .openapi('UserCreate');
const UserUpdate = z
  .object({ name: z.string().trim().min(1).max(200).optional(), unitId: Id.nullable().optional(), roles: z.array(z.enum(ROLES)).min(1).max(5).optional(), disabled: z.boolean().optional() })
  .strict()
  .openapi('UserUpdate');

export function userRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.use('*', async (c, next) => {
    authorize(mayManageUsers(principal(c)));
    await next();
  });

  app.openapi(createRoute({ method: 'get', path: '/', tags, responses: { 200: json(z.any()), ...errorResponses } }), async (c) => {
    const items = (await listUsers(c.var.ctx.db)).map(presentUser);
    return c.json({ items, total: items.length }, 200);
  });

  app.openapi(createRoute({ method: 'post', path: '/', tags, request: jsonBody(UserCreate), responses: { 201: json(z.any(), 'Created'), ...errorResponses } }), async (c) => {
    const body = c.req.valid('json');
    if (body.unitId) await getUnit(c.var.ctx.db, body.unitId);
    const password = generatePassword();
    const user = await createUser(c.var.ctx.db, { ...body, password, mustChangePassword: true }, principal(c).id);
    return c.json({ user: presentUser(user), oneTimePassword: password }, 201);
  });

  app.openapi(
    createRoute({ method: 'patch', path: '/{id}', tags, request: { params: IdParam, ...jsonBody(UserUpdate) }, responses: { 200: json(z.any()), ...errorResponses } }),
    async (c) => {
      const body = c.req.valid('json');
      if (body.unitId) await getUnit(c.var.ctx.db, body.unitId);
      return c.json(presentUser(await updateUser(c.var.ctx.db, c.req.valid('param').id, body, principal(c).id)), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: '/{id}/reset-password', tags, request: { params: IdParam }, responses: { 200: json(z.any()), ...errorResponses } }),
    async (c) => {
      const id = c.req.valid('param').id;
      await getUser(c.var.ctx.db, id);
      const password = generatePassword();
      await setPassword(c.var.ctx.db, id, password, { mustChange: true, actor: principal(c).id });
      return c.json({ oneTimePassword: password }, 200);
    },
  );
  return app;
}
