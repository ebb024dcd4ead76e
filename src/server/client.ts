// Who is asking and over what: the peer's address and scheme, or, behind a proxy we are told to trust
// (TRUST_PROXY), what that proxy appended to X-Forwarded-For and said in X-Forwarded-Proto.
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/**
 * With a trusted proxy the client is the rightmost X-Forwarded-For entry: the one the proxy itself
 * appended; anything left of it came from the client and may be forged.
 */
export function clientIp(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const last = (c.req.header('x-forwarded-for') ?? '').split(',').map((s) => s.trim()).filter(Boolean).at(-1);
    if (last) return last.slice(0, 100);
  }
  return getConnInfo(c).remote.address ?? 'unknown';
}

export function isHttps(c: Context, trustProxy: boolean): boolean {
  return schemeIsHttps(c.req.header('x-forwarded-proto'), () => new URL(c.req.url).protocol === 'https:', trustProxy);
}

/** isHttps from the parts of a request: the proxy's word when trusted and given, else the connection's. */
export function schemeIsHttps(forwardedProto: string | undefined, connectionIsHttps: () => boolean, trustProxy: boolean): boolean {
  if (trustProxy) {
    const proto = (forwardedProto ?? '').split(',')[0]?.trim().toLowerCase();
    if (proto) return proto === 'https';
  }
  return connectionIsHttps();
}
