// Starts the HTTP server on the configured address; returns a handle that stops it.
import { serve } from '@hono/node-server';
import { createServer, type IncomingMessage, type RequestListener, type ServerOptions, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildApp } from './app.ts';
import type { ServerContext } from './context.ts';
import { purgeExpiredSessions } from '../db/sessions.ts';
import { purgeExpiredDelegateSessions } from '../db/congress-signin.ts';
import { answerFromMemory } from './front.ts';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** How often expired sessions are deleted: a stolen cookie of an ended session is then not even a row. */
export const SESSION_PURGE_MS = 15 * 60_000;

function purgeSessions(ctx: ServerContext): void {
  purgeExpiredSessions(ctx.db, ctx.session).catch((e: Error) => console.error(`sessions: purge failed: ${e.message}`));
  purgeExpiredDelegateSessions(ctx.db).catch((e: Error) => console.error(`delegate sessions: purge failed: ${e.message}`));
}

export function startServer(ctx: ServerContext, opts: { port: number; host: string; purgeEveryMs?: number }): Promise<RunningServer> {
  const app = buildApp(ctx);
  purgeSessions(ctx);
  const purge = setInterval(() => purgeSessions(ctx), opts.purgeEveryMs ?? SESSION_PURGE_MS);
  purge.unref();
  return new Promise((resolve, reject) => {
    // A kept summary is answered before Hono when memory alone can (front.ts); everything else goes to Hono.
    const withFront = (options: ServerOptions, listener: RequestListener) =>
      createServer(options, (req: IncomingMessage, res: ServerResponse) => {
        let answered = false;
        try {
          answered = answerFromMemory(ctx, req, res);
        } catch (e) {
          // Never the client's problem: Hono answers instead (the front writes only once sure).
          console.error(`front: ${(e as Error).message}`);
        }
        if (!answered) listener(req, res);
      });
    const server = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host, createServer: withFront as typeof createServer }, (info: AddressInfo) => {
      const host = info.address.includes(':') ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        close: () => {
          clearInterval(purge);
          ctx.live.closeAll();
          return new Promise<void>((res) => server.close(() => res()));
        },
      });
    });
    server.once('error', reject);
    // A slow client must not hold a connection for ever.
    server.setTimeout?.(30_000);
  });
}
