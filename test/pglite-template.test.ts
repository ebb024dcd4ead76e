// A new PGlite folder starts from the copy of an empty cluster made at install (`haidang prepare`),
// not from initdb: the copy is used (a marker put in it shows up), the folder then migrates, keeps
// its data and reopens; a folder that already holds a database is never overwritten by it.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';
import { holdsNoDatabase, templatePath } from '../src/db/pglite-template.ts';

let dir = '';
const before = process.env.HAIDANG_CACHE_DIR;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'haidang-template-'));
  process.env.HAIDANG_CACHE_DIR = join(dir, 'cache');
  // A copy with a marker table, so that a folder made from it can be told from one made by initdb.
  const { PGlite } = await import('@electric-sql/pglite');
  const pg = await PGlite.create('memory://');
  await pg.exec('CREATE TABLE template_marker (x int)');
  const dump = await pg.dumpDataDir('gzip');
  await pg.close();
  mkdirSync(dirname(templatePath()), { recursive: true });
  writeFileSync(templatePath(), Buffer.from(await dump.arrayBuffer()));
}, 120_000);
afterAll(() => {
  if (before === undefined) delete process.env.HAIDANG_CACHE_DIR;
  else process.env.HAIDANG_CACHE_DIR = before;
  rmSync(dir, { recursive: true, force: true });
});

const marker = async (db: Awaited<ReturnType<typeof openDb>>['db']) =>
  (await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'template_marker'`.execute(db)).rows[0]!.n;

describe('a new PGlite folder', () => {
  it('starts from the copy, migrates, keeps its data and reopens', async () => {
    const folder = join(dir, 'data');
    expect(holdsNoDatabase(folder)).toBe(true);
    const h = await openDb({ dataDir: folder });
    try {
      expect(await marker(h.db)).toBe(1);
      expect((await migrate(h.db)).length).toBeGreaterThan(0);
      await sql`INSERT INTO template_marker VALUES (7)`.execute(h.db);
    } finally {
      await h.close();
    }
    expect(holdsNoDatabase(folder)).toBe(false);
    const again = await openDb({ dataDir: folder });
    try {
      expect((await sql<{ x: number }>`SELECT x FROM template_marker`.execute(again.db)).rows).toEqual([{ x: 7 }]);
      expect(await migrate(again.db)).toEqual([]);
    } finally {
      await again.close();
    }
  }, 120_000);
});
