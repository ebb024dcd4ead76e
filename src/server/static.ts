// Serves the built web app (web/dist): files by path, and index.html for the app's own routes.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';

export const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any Hono app, whatever its variables
export function mountWebApp(app: Hono<any>, dist = WEB_DIST): boolean {
  if (!existsSync(join(dist, 'index.html'))) return false;
  const root = relative(process.cwd(), dist) || '.';
  // Hashed asset names never change content: cache them for a year.
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.status === 200) c.res.headers.set('cache-control', 'public, max-age=31536000, immutable');
  });
  app.use('/*', serveStatic({ root }));
  const index = () => readFileSync(join(dist, 'index.html'), 'utf8');
  app.get('*', (c, next) => {
    if (c.req.path.startsWith('/api/')) return next();
    c.header('cache-control', 'no-cache');
    return c.html(index());
  });
  return true;
}
