// A real HTTP server on an ephemeral port over a fresh database, and a small JSON client for it.
import { freshDb } from './db.ts';
import { startServer } from '../../src/server/serve.ts';
import type { DbHandle } from '../../src/db/connection.ts';

export interface TestServer {
  url: string;
  handle: DbHandle;
  api<T = any>(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: T }>;
  close(): Promise<void>;
}

export async function startTestServer(opts: { setup?: (h: DbHandle) => Promise<void> } = {}): Promise<TestServer> {
  const handle = await freshDb();
  if (opts.setup) await opts.setup(handle);
  const server = await startServer({ db: handle.db, dueSoonDays: 7 }, { port: 0, host: '127.0.0.1' });
  return {
    url: server.url,
    handle,
    async api(method, path, body, headers = {}) {
      const res = await fetch(server.url + path, {
        method,
        headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        /* not JSON: the test sees the text */
      }
      return { status: res.status, body: parsed as any };
    },
    async close() {
      await server.close();
      await handle.close();
    },
  };
}
