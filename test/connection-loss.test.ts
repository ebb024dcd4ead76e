// On a PostgreSQL server, connections killed in the middle of requests (pg_terminate_backend, a fast
// restart) fail those requests and nothing else: the server goes on answering.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import pg from 'pg';
import { onServer } from './support/db.ts';
import { startTestServer, type TestServer } from './support/server.ts';

describe.skipIf(!onServer)('lost database connections', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
    await s.api('POST', '/api/units', { code: 'TP', name: 'Thành phố', kind: 'thanh_uy' });
  });
  afterAll(async () => s?.close());

  it('terminating every backend of the database mid-load fails some requests, never the process', async () => {
    const { name } = (await sql<{ name: string }>`SELECT current_database() AS name`.execute(s.handle.db)).rows[0]!;
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    try {
      let stop = false;
      const statuses: number[] = [];
      const load = (async () => {
        while (!stop) {
          const batch = await Promise.all(Array.from({ length: 8 }, () => s.api('GET', '/api/summary')));
          statuses.push(...batch.map((r) => r.status));
        }
      })();
      for (let i = 0; i < 5; i++) {
        await new Promise((r) => setTimeout(r, 60));
        await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
      }
      stop = true;
      await load;
      expect(statuses.length).toBeGreaterThan(0);
      // Failed requests answer with the error shape (503 or 500), the rest 200; then all is well again.
      expect(statuses.every((st) => st === 200 || st === 503 || st === 500)).toBe(true);
      const after = await Promise.all(Array.from({ length: 5 }, () => s.api('GET', '/api/summary')));
      expect(after.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
      expect((await s.api('POST', '/api/units', { code: 'SXD', name: 'Sở Xây dựng', kind: 'so_nganh' })).status).toBe(201);
    } finally {
      await admin.end();
    }
  });
});
