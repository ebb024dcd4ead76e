// Starts the HTTP server on the configured address; returns a handle that stops it.
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { buildApp } from './app.ts';
import type { ServerContext } from './context.ts';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export function startServer(ctx: ServerContext, opts: { port: number; host: string }): Promise<RunningServer> {
  const app = buildApp(ctx);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host }, (info: AddressInfo) => {
      const host = info.address.includes(':') ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        close: () => new Promise<void>((res) => server.close(() => res())),
      });
    });
    server.once('error', reject);
    // A slow client must not hold a connection for ever.
    server.setTimeout?.(30_000);
  });
}
