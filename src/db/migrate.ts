// Applies the numbered SQL files of migrations/ in order, each in its own transaction, once.
import { forgetKept } from './kept.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { Db } from './connection.ts';
import { rebuildAllTaskStates } from './task-states.ts';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
// Any constant: several server processes starting at once take turns on it.
const MIGRATION_LOCK = 4_216_001;

/**
 * Work a migration needs that SQL cannot do, run right after its file in the same transaction:
 * task_states is filled by the domain's fold, which exists only in TypeScript.
 */
const AFTER: Record<string, (trx: Db) => Promise<unknown>> = {
  '0010_task_states.sql': rebuildAllTaskStates,
};

export function migrationFiles(): string[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort();
}

/** Returns the names of the migrations applied by this call. */
export async function migrate(db: Db): Promise<string[]> {
  await sql`CREATE TABLE IF NOT EXISTS schema_migrations (
    name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`.execute(db);
  const applied: string[] = [];
  // Those already applied are skipped without a transaction each (a restart checks ~80 files); a
  // pending one is checked again under the lock, as another process may be applying it.
  const done = new Set((await sql<{ name: string }>`SELECT name FROM schema_migrations`.execute(db)).rows.map((r) => r.name));
  for (const file of migrationFiles()) {
    if (done.has(file)) continue;
    await db.transaction().execute(async (trx) => {
      await sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
      const done = await sql<{ name: string }>`SELECT name FROM schema_migrations WHERE name = ${file}`.execute(trx);
      if (done.rows.length > 0) return;
      await sql.raw(readFileSync(join(MIGRATIONS_DIR, file), 'utf8')).execute(trx);
      await AFTER[file]?.(trx);
      await sql`INSERT INTO schema_migrations (name) VALUES (${file})`.execute(trx);
      applied.push(file);
    });
  }
  if (applied.length > 0) forgetKept();
  return applied;
}
