// Checks every JSON answer against the schema its route declares for that status (on in tests, off in production).
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import type { AppEnv } from './context.ts';
import { errorBody } from './errors.ts';
import { ErrorSchema } from './validation.ts';

/** What a broken promise looks like: which route, which status, and zod's account of what differs. */
export interface ContractViolation {
  method: string;
  path: string;
  status: number;
  issues: string[];
}

interface Declared {
  method: string;
  pattern: RegExp;
  /** Literal segments first: `/tasks/{id}` must not take what a more literal route declares. */
  params: number;
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

/** The routes as the OpenAPI registry holds them, their `{param}` paths turned into patterns. */
function declaredRoutes(app: OpenAPIHono<AppEnv>): Declared[] {
  const out: Declared[] = [];
  for (const def of app.openAPIRegistry.definitions) {
    if (def.type !== 'route') continue;
    const { method, path, responses } = def.route;
    const source = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+');
    out.push({ method: method.toUpperCase(), pattern: new RegExp(`^${source}/?$`), params: (path.match(/\{/g) ?? []).length, responses: responses as Declared['responses'] });
  }
  return out.sort((a, b) => a.params - b.params);
}

/**
 * The answer of a route is read back and parsed with its declared schema; an error status the route
 * does not declare must still be the one error shape. A mismatch turns the answer into a 500 that
 * names the route and the issues, and is reported to `onViolation`, so no test passes over it.
 */
export function checkResponses(app: OpenAPIHono<AppEnv>, onViolation: (v: ContractViolation) => void): MiddlewareHandler<AppEnv> {
  let routes: Declared[] | null = null;
  return async (c, next) => {
    await next();
    const res = c.res;
    if (!(res.headers.get('content-type') ?? '').includes('application/json')) return;
    // Read lazily: the sub-apps are all mounted by the time the first request comes.
    routes ??= declaredRoutes(app);
    const route = routes.find((r) => r.method === c.req.method && r.pattern.test(c.req.path));
    if (!route) return; // /api/health, /api/openapi.json, unknown paths: not part of the contract
    const declared = route.responses[String(res.status)]?.content?.['application/json']?.schema as z.ZodType | undefined;
    const schema = declared ?? (res.status >= 400 ? ErrorSchema : undefined);
    // A kept answer goes out gzipped as it was stored (send-cached.ts): read it as the client will.
    const raw = res.clone().body;
    const gzipped = res.headers.get('content-encoding') === 'gzip' && raw;
    const body: unknown = await (gzipped ? new Response(raw.pipeThrough(new DecompressionStream('gzip'))) : res.clone()).json();
    const problem = schema
      ? (() => {
          const r = schema.safeParse(body);
          return r.success ? null : r.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`);
        })()
      : [`status ${res.status} is not declared for this route`];
    if (!problem) return;
    const v: ContractViolation = { method: c.req.method, path: c.req.path, status: res.status, issues: problem.slice(0, 20) };
    onViolation(v);
    c.res = undefined;
    c.res = c.json(errorBody('contract_violation', `${v.method} ${v.path} answered ${v.status} outside its declared schema`, v), 500);
  };
}
