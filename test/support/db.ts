// A fresh, migrated database for one test file: in-memory PGlite, or a new database on the
// PostgreSQL server named by DATABASE_URL (dropped again at the end).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDb, type DbHandle } from '../../src/db/connection.ts';
import { migrate } from '../../src/db/migrate.ts';

export const onServer = Boolean(process.env.DATABASE_URL);

async function admin(sqlText: string) {
  const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  try {
    await c.query(sqlText);
  } finally {
    await c.end();
  }
}

/** An empty database for a child process: the env it needs, and a way to remove it. */
export async function scratchDatabase(): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const dir = mkdtempSync(join(tmpdir(), 'haidang-test-'));
    return { env: { DATA_DIR: dir }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `haidang_test_${randomBytes(6).toString('hex')}`;
  await admin(`CREATE DATABASE ${name}`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  return { env: { DATABASE_URL: u.toString() }, drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** A migrated database; `url` names it on a PostgreSQL server (null for PGlite). */
export async function freshDb(): Promise<DbHandle & { url: string | null }> {
  if (!process.env.DATABASE_URL) {
    const h = await openDb({ dataDir: 'memory://' });
    await migrate(h.db);
    return { ...h, url: null };
  }
  const scratch = await scratchDatabase();
  const h = await openDb({ databaseUrl: scratch.env.DATABASE_URL });
  await migrate(h.db);
  return {
    ...h,
    url: scratch.env.DATABASE_URL!,
    close: async () => {
      await h.close();
      await scratch.drop();
    },
  };
}
