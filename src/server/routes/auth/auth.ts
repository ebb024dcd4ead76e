// /api/auth: sign in (throttled), sign out, who am I, change password.
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { clientIp } from '../../client.ts';
import type { AppEnv } from '../../context.ts';
import { ErrorSchema, errorResponses, json, jsonBody, validationHook } from '../../validation.ts';
import { endSession } from '../../../db/sessions.ts';
import { execute } from '../../../commands/command.ts';
import { Login, signIn } from '../../../commands/sessions.ts';
import { run } from '../../run.ts';
import { PasswordChange, changeOwnPassword } from '../../../commands/users.ts';
import { recentFailures } from '../../../db/login-attempts.ts';
import { throttle } from '../../../domain/throttle.ts';
import { AppError, invalid } from '../../../domain/errors.ts';
import { anonymousActor } from '../../../domain/user.ts';
import { presentUser } from '../../presenters/user.ts';
import { Ok } from '../../../contract/common.ts';
import { LoginAnswer, Me } from '../../../contract/user.ts';
import { getCookie } from 'hono/cookie';
import { SESSION_COOKIE, clearSessionCookies, principal, setSessionCookies } from '../../auth/session.ts';

const tags = ['Tài khoản (auth)'];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function authRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(createRoute({ method: 'post', path: '/login', tags, request: jsonBody(Login), responses: { 200: json(LoginAnswer), 401: json(ErrorSchema, 'Wrong login or password'), 429: json(ErrorSchema, 'Too many failed attempts'), ...errorResponses } }), async (c) => {
    const { db, session: policy, throttle: rule } = c.var.ctx;
    const { login, password } = c.req.valid('json');
    const ip = clientIp(c, c.var.ctx.trustProxy);
    // Slowed down before the transaction, so a waiting guess holds no connection.
    const early = throttle(await recentFailures(db, login, ip, rule.windowMinutes), rule);
    if (early.kind === 'allow') await sleep(early.delayMs);
    const r = early.kind === 'refuse' ? early : await execute(db, anonymousActor(), signIn, {
      login, password, ip, userAgent: c.req.header('user-agent')?.slice(0, 300) ?? null, previousSession: getCookie(c, SESSION_COOKIE) ?? null, policy, rule,
    });
    if (r.kind === 'refuse' || r.kind === 'refused') {
      c.header('retry-after', String(r.retryAfterSeconds));
      throw new AppError('too_many', { vi: 'đăng nhập: sai quá nhiều lần; hãy thử lại sau', en: 'login: too many failed attempts; try again later' }, { retryAfterSeconds: r.retryAfterSeconds });
    }
    if (r.kind === 'wrong') throw new AppError('unauthorized', { vi: 'đăng nhập: sai tên đăng nhập hoặc mật khẩu', en: 'login: wrong login or password' });
    setSessionCookies(c, r.sessionId, r.csrfToken, policy.maxHours * 3600);
    return c.json({ user: presentUser(r.user), csrfToken: r.csrfToken }, 200);
  });

  app.openapi(createRoute({ method: 'post', path: '/logout', tags, responses: { 200: json(Ok) } }), async (c) => {
    const cookie = getCookie(c, SESSION_COOKIE);
    if (cookie) await endSession(c.var.ctx.db, cookie);
    clearSessionCookies(c);
    return c.json({ ok: true }, 200);
  });

  app.openapi(createRoute({ method: 'get', path: '/me', tags, responses: { 200: json(Me), 401: json(ErrorSchema, 'Not signed in') } }), async (c) => {
    const { scope: _s, ...user } = principal(c);
    return c.json({ user: presentUser(user) }, 200);
  });

  app.openapi(createRoute({ method: 'post', path: '/password', tags, request: jsonBody(PasswordChange), responses: { 200: json(Ok), ...errorResponses } }), async (c) => {
    const ip = clientIp(c, c.var.ctx.trustProxy);
    const r = await run(c, changeOwnPassword, { ...c.req.valid('json'), keepSessionHash: c.var.sessionHash, ip, rule: c.var.ctx.throttle });
    if (r.kind === 'refused') {
      c.header('retry-after', String(r.retryAfterSeconds));
      throw new AppError('too_many', 'current: quá nhiều lần nhập sai mật khẩu; thử lại sau', { retryAfterSeconds: r.retryAfterSeconds });
    }
    if (r.kind === 'wrong') throw invalid({ vi: 'mật khẩu hiện tại: không đúng', en: 'current: wrong password' }, { field: 'current' });
    return c.json({ ok: true }, 200);
  });
  return app;
}
