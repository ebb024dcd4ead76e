// A fresh, migrated database for one test file: in-memory PGlite, or a new database on the
// PostgreSQL server named by DATABASE_URL (dropped again at the end).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDb, type DbHandle } from '../../src/db/connection.ts';
import { migrate } from '../../src/db/migrate.ts';

export const onServer = Boolean(process.env.DATABASE_URL);

export async function freshDb(): Promise<DbHandle> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const h = await openDb({ dataDir: 'memory://' });
    await migrate(h.db);
    return h;
  }
  const name = `haidang_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  const h = await openDb({ databaseUrl: u.toString() });
  await migrate(h.db);
  return {
    ...h,
    close: async () => {
      await h.close();
      const a = new pg.Client({ connectionString: url });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name}`);
      await a.end();
    },
  };
}
