// What one request costs apart from HTTP: the statements it sends (caught as they go), replayed alone
// on one connection; and an ideal server that answers the same bytes from memory, nothing else.
import { createServer, request, type Server } from 'node:http';
import pg from 'pg';
import { percentile } from './measure.ts';

export interface Statement {
  sql: string;
  parameters: readonly unknown[];
}

/** Catches the statements sent while `record` is on. */
export class StatementLog {
  private on = false;
  private caught: Statement[] = [];
  readonly listener = (sql: string, parameters: readonly unknown[]) => void (this.on && this.caught.push({ sql, parameters }));

  async during(fn: () => Promise<unknown>): Promise<Statement[]> {
    this.caught = [];
    this.on = true;
    try {
      await fn();
    } finally {
      this.on = false;
    }
    return this.caught;
  }
}

/** The statements run one after another on one connection, `n` times: median and p99 of the whole set (ms). */
export async function replay(url: string, statements: Statement[], n: number): Promise<{ median: number; p99: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const ms: number[] = [];
    for (let i = 0; i < n + 3; i++) {
      const t0 = performance.now();
      for (const s of statements) await client.query(s.sql, s.parameters as unknown[]);
      if (i >= 3) ms.push(performance.now() - t0);
    }
    ms.sort((a, b) => a - b);
    return { median: percentile(ms, 50), p99: percentile(ms, 99) };
  } finally {
    await client.end();
  }
}

export interface Captured {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** One GET read raw (gzip left as it came), for the ideal server to send back. */
export function capture(url: string, headers: Record<string, string>): Promise<Captured> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c)).on('end', () => {
        const h: Record<string, string> = {};
        for (const k of ['content-type', 'content-encoding', 'etag', 'vary', 'cache-control']) if (res.headers[k]) h[k] = String(res.headers[k]);
        resolve({ status: res.statusCode ?? 0, headers: h, body: Buffer.concat(chunks) });
      });
    }).on('error', reject).end();
  });
}

/** A bare node:http server answering every request with these bytes: the ceiling of any server here. */
export async function idealServer(answer: Captured): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { ...answer.headers, 'content-length': answer.body.length });
    res.end(answer.body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(() => r())) };
}
