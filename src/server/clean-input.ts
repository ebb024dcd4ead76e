// One gate for stray bytes: a NUL or a lone UTF-16 surrogate anywhere in the path, the query or a JSON
// body is refused with 400 before any handler (PostgreSQL refuses NUL in text; a lone surrogate is no text).
import { fieldVi } from '../domain/input-error.ts';
import type { MiddlewareHandler } from 'hono';
import { AppError } from '../domain/errors.ts';

// A high surrogate not followed by a low one, or a low one not preceded by a high one (no `u` flag: code units).
const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const bad = (s: string) => s.includes('\u0000') || LONE.test(s);

/** The first string (key or value) of a parsed JSON value that is not clean text, as a path. */
function firstBad(v: unknown, path: string, depth = 0): string | null {
  if (depth > 64) return null; // deeper than any schema; the route's validation refuses it
  if (typeof v === 'string') return bad(v) ? path : null;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const p = firstBad(v[i], `${path}.${i}`, depth + 1);
      if (p) return p;
    }
    return null;
  }
  if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      if (bad(k)) return `${path}.${k.replace(/[\u0000\uD800-\uDFFF]/gu, '?')}`;
      const p = firstBad(x, `${path}.${k}`, depth + 1);
      if (p) return p;
    }
  }
  return null;
}

const refuse = (where: string) =>
  new AppError('invalid', { vi: `${fieldVi(where)}: ký tự không hợp lệ (NUL hoặc nửa cặp UTF-16)`, en: `${where}: control characters (NUL or a lone UTF-16 surrogate) are not allowed` });

export function cleanInput(): MiddlewareHandler {
  return async (c, next) => {
    const url = new URL(c.req.url);
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      throw refuse('path');
    }
    if (bad(path)) throw refuse('path');
    for (const [k, v] of url.searchParams) if (bad(k) || bad(v)) throw refuse(k.replace(/[\u0000\uD800-\uDFFF]/gu, '?') || 'query');
    if ((c.req.header('content-type') ?? '').toLowerCase().startsWith('application/json')) {
      let body: unknown;
      try {
        body = JSON.parse(await c.req.text());
      } catch {
        return next(); // not JSON: the route's validation answers 400
      }
      const p = firstBad(body, 'body');
      if (p) throw refuse(p.replace(/^body\./, ''));
    }
    return next();
  };
}
