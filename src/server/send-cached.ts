// Sends a kept answer as it was encoded: 304 when the client already holds it, gzip when it takes it.
import type { Context } from 'hono';
import { acceptsGzip, matchesEtag, type CachedAnswer } from './answer-cache.ts';

export function sendCached(c: Context, a: CachedAnswer): Response {
  // Cache-Control stays no-store for signed-in answers (app.ts): the browser keeps nothing; our
  // own client keeps the last answer in memory and asks with If-None-Match (web/src/api.ts).
  const headers: Record<string, string> = { etag: a.etag, vary: 'Accept-Encoding' };
  if (matchesEtag(c.req.header('if-none-match'), a.etag)) return c.body(null, 304, headers);
  headers['content-type'] = 'application/json; charset=UTF-8';
  if (a.gzip && acceptsGzip(c.req.header('accept-encoding'))) {
    headers['content-encoding'] = 'gzip';
    return c.body(a.gzip, 200, headers);
  }
  return c.body(a.body, 200, headers);
}
