// The dashboard's kept summary answered before the framework. A kept answer costs the ideal server's
// time plus Hono's: the web Request and Response, the query's validation, seven middleware (issue 16
// measured 0,28 ms against 0,16). When memory alone can answer — the session and the data version
// kept (db/kept.ts), the answer kept for this key and version (answer-cache.ts) — the front writes the
// same bytes with the same headers; anything else, or anything unusual, goes to Hono, which answers
// as it always did. The headers are those Hono itself sent last for this route (learnt by `learn`,
// the outermost middleware), so the security headers are never written twice by hand.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { Context, MiddlewareHandler } from 'hono';
import { parse as parseCookies } from 'hono/utils/cookie';
import type { ServerContext } from './context.ts';
import { SESSION_COOKIE } from './auth/session.ts';
import { acceptsGzip, matchesEtag } from './answer-cache.ts';
import { isHttps, schemeIsHttps } from './client.ts';
import { resumeKeptSession } from '../db/sessions.ts';
import { DELEGATE_SESSION_PREFIX } from '../db/congress-signin.ts';
import type { Principal } from '../domain/user.ts';
import { asOfOrToday } from './validation.ts';
import { SummaryQuery, summaryKey } from './routes/summary/summary-key.ts';

const PATH = '/api/summary';
/** Headers that belong to one answer, not to the route: set by the front for each answer. */
const PER_ANSWER = new Set(['etag', 'vary', 'content-type', 'content-encoding', 'content-length', 'date', 'connection', 'keep-alive', 'transfer-encoding']);
const QUERY_KEYS = new Set(['asOf', 'unitId']);

type Headers = [string, string][];

/** The route's headers as Hono last sent them, by scheme (HSTS goes only over HTTPS). */
class Learnt {
  http: Headers | null = null;
  https: Headers | null = null;
}
const learnt = new WeakMap<ServerContext, Learnt>();

function learntOf(ctx: ServerContext): Learnt {
  let l = learnt.get(ctx);
  if (!l) learnt.set(ctx, (l = new Learnt()));
  return l;
}

/** The outermost middleware of /api/summary: keeps the headers of Hono's last 200 or 304 for the front. */
export function learn(ctx: ServerContext): MiddlewareHandler {
  return async (c: Context, next) => {
    await next();
    if (c.req.method !== 'GET' || (c.res.status !== 200 && c.res.status !== 304)) return;
    const headers: Headers = [];
    for (const [name, value] of c.res.headers) {
      // An answer that sets a cookie is never a template for another reader's.
      if (name === 'set-cookie') return;
      if (!PER_ANSWER.has(name)) headers.push([name, value]);
    }
    learntOf(ctx)[isHttps(c, ctx.trustProxy) ? 'https' : 'http'] = headers;
  };
}

/** The query if it is plainly one the route would accept (each known key once), else null. */
function plainQuery(search: string): { asOf?: string | undefined; unitId?: string | undefined } | null {
  // Days and ids need no escapes: a '+' or '%' is decoded by rules that may not be Hono's, so Hono reads it.
  if (/[+%]/.test(search)) return null;
  const params = new URLSearchParams(search);
  const seen: Record<string, string> = {};
  for (const [k, v] of params) {
    if (!QUERY_KEYS.has(k) || k in seen) return null;
    seen[k] = v;
  }
  const q = SummaryQuery.safeParse(seen);
  return q.success ? q.data : null;
}

/**
 * Answers a GET /api/summary from memory and returns true, or returns false having written nothing
 * (then the framework answers). Conditions under which the route would answer differently — no or
 * another kind of session, a password to change, a query it would refuse, an answer not kept —
 * all fall through.
 */
export function answerFromMemory(ctx: ServerContext, req: IncomingMessage, res: ServerResponse): boolean {
  const url = req.url;
  if (req.method !== 'GET' || !url || !url.startsWith(PATH) || (url.length > PATH.length && url[PATH.length] !== '?')) return false;
  const cookieHeaders = req.headersDistinct.cookie;
  if (!cookieHeaders || cookieHeaders.length !== 1) return false;
  const cookie = parseCookies(cookieHeaders[0]!, SESSION_COOKIE)[SESSION_COOKIE];
  if (!cookie || cookie.startsWith(DELEGATE_SESSION_PREFIX)) return false;
  const https = schemeIsHttps(req.headers['x-forwarded-proto'] as string | undefined, () => Boolean((req.socket as TLSSocket).encrypted), ctx.trustProxy);
  const headers = learntOf(ctx)[https ? 'https' : 'http'];
  if (!headers) return false;
  const query = plainQuery(url.slice(PATH.length + 1));
  if (!query) return false;
  const now = Date.now();
  const s = resumeKeptSession(ctx.db, cookie, now);
  if (!s || s.user.mustChangePassword) return false;
  const p = { ...s.user, scope: s.scope } as Principal;
  const answer = ctx.answers.peek(summaryKey(p, { asOf: asOfOrToday(query.asOf), unitId: query.unitId }, ctx.dueSoonDays), s.dataVersion, now);
  if (!answer) return false;
  const out: Headers = [...headers, ['etag', answer.etag], ['vary', 'Accept-Encoding']];
  if (matchesEtag(req.headers['if-none-match'], answer.etag)) {
    res.writeHead(304, out.flat());
    res.end();
    return true;
  }
  const zipped = answer.gzip && acceptsGzip(req.headers['accept-encoding']);
  const body = zipped ? answer.gzip! : answer.body;
  out.push(['content-type', 'application/json; charset=UTF-8'], ['content-length', String(body.byteLength)]);
  if (zipped) out.push(['content-encoding', 'gzip']);
  res.writeHead(200, out.flat());
  res.end(body);
  return true;
}
