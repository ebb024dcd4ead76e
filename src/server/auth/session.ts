// Cookie sessions: who is asking, the CSRF check on every state-changing request, 401 without a session.
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie, deleteCookie } from 'hono/cookie';
import type { AppEnv } from '../context.ts';
import { resumeSession } from '../../db/sessions.ts';
import { isHttps } from '../client.ts';
import { AppError } from '../../domain/errors.ts';
import { delegateActor, type Principal } from '../../domain/user.ts';
import { DELEGATE_SESSION_PREFIX, resumeDelegateSession } from '../../db/congress-signin.ts';
import { delegateMayReach } from './delegate-reach.ts';

export const SESSION_COOKIE = 'hd_session';
export const CSRF_COOKIE = 'hd_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Routes that answer without a session. */
const PUBLIC = new Set(['/api/health', '/api/openapi.json', '/api/auth/login', '/api/public/summary', '/api/delegate/login']);
/** Routes open to a user who must first change the one-time password. */
const BEFORE_PASSWORD_CHANGE = new Set(['/api/auth/me', '/api/auth/logout', '/api/auth/password']);


export function setSessionCookies(c: Context, sessionId: string, csrfToken: string, maxAgeSeconds: number) {
  // Secure over HTTPS, including behind a trusted TLS proxy (X-Forwarded-Proto).
  const secure = isHttps(c, (c as Context<AppEnv>).var.ctx?.trustProxy ?? false);
  setCookie(c, SESSION_COOKIE, sessionId, { httpOnly: true, sameSite: 'Strict', secure, path: '/', maxAge: maxAgeSeconds });
  // Readable by the page's script, which echoes it in the x-csrf-token header.
  setCookie(c, CSRF_COOKIE, csrfToken, { httpOnly: false, sameSite: 'Strict', secure, path: '/', maxAge: maxAgeSeconds });
}

export function clearSessionCookies(c: Context) {
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
  deleteCookie(c, CSRF_COOKIE, { path: '/' });
}

/** Constant-time comparison, so the token cannot be guessed byte by byte from timings. */
function sameToken(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

export function sessions(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const { db, session: policy } = c.var.ctx;
    c.set('principal', null);
    c.set('sessionHash', null);
    c.set('dataVersion', null);
    const cookie = getCookie(c, SESSION_COOKIE);
    const seated = cookie?.startsWith(DELEGATE_SESSION_PREFIX) ? await resumeDelegateSession(db, cookie) : null;
    const s = cookie && !seated ? await resumeSession(db, cookie, policy) : null;
    // A delegate's session is a seat in one congress, never a user (delegate-reach.ts says what it reaches).
    const who = seated
      ? { principal: delegateActor(seated.seat, seated.name), idHash: seated.idHash, csrfToken: seated.csrfToken, dataVersion: null }
      : s
        ? { principal: { ...s.user, scope: s.scope } as Principal, idHash: s.idHash, csrfToken: s.csrfToken, dataVersion: s.dataVersion }
        : null;
    if (who) {
      c.set('principal', who.principal);
      c.set('sessionHash', who.idHash);
      c.set('dataVersion', who.dataVersion);
      if (!SAFE_METHODS.has(c.req.method) && !sameToken(c.req.header(CSRF_HEADER) ?? '', who.csrfToken)) {
        throw new AppError('forbidden', { vi: 'csrf: thiếu hoặc sai mã chống giả mạo (x-csrf-token); hãy tải lại trang', en: 'csrf: missing or wrong x-csrf-token header' }, { reason: 'csrf' });
      }
    } else if (cookie) {
      clearSessionCookies(c);
    }
    if (PUBLIC.has(c.req.path)) return next();
    const p = c.var.principal;
    if (!p) throw new AppError('unauthorized', { vi: 'hãy đăng nhập trước', en: 'sign in first' });
    if (p.seat && !delegateMayReach(p.seat, c.req.method, c.req.path)) {
      throw new AppError('forbidden', { vi: 'delegate: đại biểu chỉ xem chương trình, tài liệu và biểu quyết của đại hội mình', en: 'delegate: a delegate reaches only their congress floor' }, { reason: 'delegate' });
    }
    if (p.mustChangePassword && !BEFORE_PASSWORD_CHANGE.has(c.req.path)) {
      throw new AppError('forbidden', { vi: 'mật khẩu: hãy đổi mật khẩu dùng một lần trước', en: 'password: change the one-time password first' }, { reason: 'password_change_required' });
    }
    return next();
  };
}

/**
 * Whether the session behind this cookie still stands (not ended, expired, replaced at the credential
 * review, or voided by a re-issued code): a long-lived answer (a live stream) asks again as it goes.
 */
export async function stillSignedIn(c: Context<AppEnv>): Promise<() => Promise<boolean>> {
  const { db, session: policy } = c.var.ctx;
  const cookie = getCookie(c, SESSION_COOKIE);
  return async () => {
    if (!cookie) return false;
    if (cookie.startsWith(DELEGATE_SESSION_PREFIX)) return (await resumeDelegateSession(db, cookie)) !== null;
    return (await resumeSession(db, cookie, policy)) !== null;
  };
}

/** The signed-in user of a route behind sessions(). */
export function principal(c: Context<AppEnv>): Principal {
  const p = c.var.principal;
  if (!p) throw new AppError('unauthorized', { vi: 'hãy đăng nhập trước', en: 'sign in first' });
  return p;
}

export { authorize } from '../../domain/policy.ts';
