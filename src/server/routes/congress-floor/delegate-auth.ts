// /api/delegate: a delegate signs in with the code on their card (throttled as the users' sign-in), who am I, sign out.
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from '../../context.ts';
import { ErrorSchema, errorResponses, json, jsonBody, validationHook } from '../../validation.ts';
import { clientIp } from '../../client.ts';
import { SESSION_COOKIE, clearSessionCookies, principal, setSessionCookies } from '../../auth/session.ts';
import { execute } from '../../../commands/command.ts';
import { DELEGATE_SESSION_HOURS, endDelegateSession } from '../../../db/congress-signin.ts';
import { delegateLoginKey, signInDelegate } from '../../../commands/congress-signin.ts';
import { getCongressByCode } from '../../../db/congresses.ts';
import { recentFailures } from '../../../db/login-attempts.ts';
import { throttle } from '../../../domain/throttle.ts';
import { AppError } from '../../../domain/errors.ts';
import { anonymousActor, type Seat } from '../../../domain/user.ts';
import type { Db } from '../../../db/connection.ts';
import { Ok } from '../../../contract/common.ts';
import { DelegateLogin, DelegateLoginAnswer, DelegateMe } from './schema.ts';

const tags = ['Đại biểu (delegates)'];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function me(db: Db, seat: Seat, name: string) {
  const c = await getCongressByCode(db, seat.congressCode);
  return { delegate: { code: seat.delegateCode, name }, congress: { code: c.code, name: c.name, startsOn: c.startsOn, endsOn: c.endsOn } };
}

export function delegateAuthRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(
    createRoute({ method: 'post', path: '/login', tags, request: jsonBody(DelegateLogin), responses: { 200: json(DelegateLoginAnswer), 401: json(ErrorSchema, 'Wrong or used code'), 429: json(ErrorSchema, 'Too many failed attempts'), ...errorResponses } }),
    async (c) => {
      const { db, throttle: rule } = c.var.ctx;
      const input = c.req.valid('json');
      const ip = clientIp(c, c.var.ctx.trustProxy);
      // Slowed down before the transaction, so a waiting guess holds no connection (as /api/auth/login).
      const early = throttle(await recentFailures(db, delegateLoginKey(input.congress, input.delegate), ip, rule.windowMinutes), rule);
      if (early.kind === 'allow') await sleep(early.delayMs);
      const r = early.kind === 'refuse' ? early : await execute(db, anonymousActor(), signInDelegate, {
        ...input, ip, userAgent: c.req.header('user-agent')?.slice(0, 300) ?? null, previousSession: getCookie(c, SESSION_COOKIE) ?? null, rule,
      });
      if (r.kind === 'refuse' || r.kind === 'refused') {
        c.header('retry-after', String(r.retryAfterSeconds));
        throw new AppError('too_many', { vi: 'code: nhập sai quá nhiều lần; thử lại sau', en: 'code: too many failed attempts; try again later' }, { retryAfterSeconds: r.retryAfterSeconds });
      }
      if (r.kind === 'spent') throw new AppError('unauthorized', { vi: 'code: mã đăng nhập này đã được dùng; đề nghị Ban Tổ chức cấp mã mới', en: 'code: this sign-in code was already used; ask the secretariat for a new one' }, { reason: 'spent' });
      if (r.kind === 'wrong') throw new AppError('unauthorized', { vi: 'code: mã đại hội, mã đại biểu hoặc mã đăng nhập không đúng', en: 'code: wrong congress, delegate or sign-in code' });
      setSessionCookies(c, r.sessionId, r.csrfToken, DELEGATE_SESSION_HOURS * 3600);
      return c.json({ ...(await me(db, r.seat, r.name)), csrfToken: r.csrfToken }, 200);
    },
  );

  app.openapi(createRoute({ method: 'get', path: '/me', tags, responses: { 200: json(DelegateMe), 401: json(ErrorSchema, 'Not signed in'), 403: json(ErrorSchema, 'Not a delegate') } }), async (c) => {
    const p = principal(c);
    if (!p.seat) throw new AppError('forbidden', { vi: 'delegate: phiên này không phải của đại biểu', en: 'delegate: not a delegate session' });
    return c.json(await me(c.var.ctx.db, p.seat, p.name), 200);
  });

  app.openapi(createRoute({ method: 'post', path: '/logout', tags, responses: { 200: json(Ok) } }), async (c) => {
    const cookie = getCookie(c, SESSION_COOKIE);
    if (cookie) await endDelegateSession(c.var.ctx.db, cookie);
    clearSessionCookies(c);
    return c.json({ ok: true }, 200);
  });
  return app;
}
