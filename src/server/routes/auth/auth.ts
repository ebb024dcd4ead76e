// /api/auth: sign in (throttled), sign out, who am I, change password.
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { AppEnv } from '../../context.ts';
import { errorResponses, json, jsonBody, validationHook } from '../../validation.ts';
import { createSession, endSession } from '../../../db/sessions.ts';
import { findUserByLogin, setPassword, verifyPassword } from '../../../db/users.ts';
import { recentFailures, recordAttempt } from '../../../db/login-attempts.ts';
import { recordAudit } from '../../../db/audit.ts';
import { throttle } from '../../../domain/throttle.ts';
import { AppError } from '../../../domain/errors.ts';
import { ROLE_LABELS } from '../../../domain/user.ts';
import type { User } from '../../../domain/user.ts';
import { getCookie } from 'hono/cookie';
import { SESSION_COOKIE, clearSessionCookies, principal, setSessionCookies } from '../../auth/session.ts';

const tags = ['Tài khoản (auth)'];
const Login = z.object({ login: z.string().trim().min(1).max(200), password: z.string().min(1).max(200) }).strict().openapi('Login');
const PasswordChange = z.object({ current: z.string().min(1).max(200), next: z.string().min(1).max(200) }).strict().openapi('PasswordChange');

export const presentUser = (u: User) => ({ ...u, roleLabels: u.roles.map((r) => ROLE_LABELS[r]) });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function authRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(createRoute({ method: 'post', path: '/login', tags, request: jsonBody(Login), responses: { 200: json(z.any()), 401: json(z.any()), 429: json(z.any()), ...errorResponses } }), async (c) => {
    const { db, session: policy, throttle: rule } = c.var.ctx;
    const { login, password } = c.req.valid('json');
    const ip = getConnInfo(c).remote.address ?? 'unknown';
    const decision = throttle(await recentFailures(db, login, ip, rule.windowMinutes), rule);
    if (decision.kind === 'refuse') {
      c.header('retry-after', String(decision.retryAfterSeconds));
      throw new AppError('too_many', 'login: too many failed attempts; try again later', { retryAfterSeconds: decision.retryAfterSeconds });
    }
    await sleep(decision.delayMs);
    const user = await findUserByLogin(db, login);
    const ok = (await verifyPassword(user?.passwordHash ?? null, password)) && user !== null && !user.disabled;
    await recordAttempt(db, login, ip, ok);
    if (!ok || !user) throw new AppError('unauthorized', 'login: wrong login or password');
    // A fresh session id at every sign-in (no fixation); any session the browser held ends.
    const old = getCookie(c, SESSION_COOKIE);
    if (old) await endSession(db, old);
    const s = await createSession(db, user.id, policy, { ip, userAgent: c.req.header('user-agent') ?? null });
    setSessionCookies(c, s.id, s.csrfToken, policy.maxHours * 3600);
    await recordAudit(db, { actor: user.id, action: 'login', objectType: 'user', objectId: user.id, before: null, after: { ip } });
    const { passwordHash: _h, ...plain } = user;
    return c.json({ user: presentUser(plain), csrfToken: s.csrfToken }, 200);
  });

  app.openapi(createRoute({ method: 'post', path: '/logout', tags, responses: { 200: json(z.any()) } }), async (c) => {
    const cookie = getCookie(c, SESSION_COOKIE);
    if (cookie) await endSession(c.var.ctx.db, cookie);
    clearSessionCookies(c);
    return c.json({ ok: true }, 200);
  });

  app.openapi(createRoute({ method: 'get', path: '/me', tags, responses: { 200: json(z.any()), 401: json(z.any()) } }), async (c) => {
    const { scope: _s, ...user } = principal(c);
    return c.json({ user: presentUser(user) }, 200);
  });

  app.openapi(createRoute({ method: 'post', path: '/password', tags, request: jsonBody(PasswordChange), responses: { 200: json(z.any()), ...errorResponses } }), async (c) => {
    const p = principal(c);
    const { db } = c.var.ctx;
    const { current, next } = c.req.valid('json');
    const me = await findUserByLogin(db, p.login);
    if (!me || !(await verifyPassword(me.passwordHash, current))) throw new AppError('invalid', 'current: wrong password', { field: 'current' });
    if (current === next) throw new AppError('invalid', 'next: the new password must differ from the current one', { field: 'next' });
    await setPassword(db, p.id, next, { mustChange: false, keepSessionHash: c.var.sessionHash ?? undefined, actor: p.id });
    return c.json({ ok: true }, 200);
  });
  return app;
}
