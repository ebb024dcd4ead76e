// A backup carries everything: taken from a running server (through the API), restored into an empty
// database, every table compares equal row for row; and a PGlite workspace moves to a PostgreSQL server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { sql } from 'kysely';
import { startTestServer, type TestServer } from './support/server.ts';
import { onServer, scratchDatabase } from './support/db.ts';
import { openDb, type Db } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';
import { backupKindOf, restorePostgres } from '../src/db/backup.ts';
import { copyDatabase } from '../src/db/copy.ts';
import { verifyAudit } from '../src/db/audit.ts';
import { readDemoWorkspace } from '../src/cli/demo.ts';
import { execute } from '../src/commands/command.ts';
import { importWorkspace } from '../src/commands/workspace.ts';
import { systemActor } from '../src/domain/user.ts';

/** Every table, every row, in a stable order: what "nothing lost" is checked against. */
async function everything(db: Db): Promise<Record<string, string[]>> {
  const tables = await sql<{ name: string }>`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`.execute(db);
  const out: Record<string, string[]> = {};
  for (const { name } of tables.rows) {
    const rows = await sql<{ r: string }>`SELECT to_jsonb(t)::text AS r FROM ${sql.table(name)} t`.execute(db);
    out[name] = rows.rows.map((x) => x.r).sort();
  }
  return out;
}

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ setup: async (h) => void (await execute(h.db, systemActor('import'), importWorkspace, { workspace: readDemoWorkspace() })) });
  // Something in every kind of table: accounts and sessions, a corrected figure, a report and its
  // acceptance, a rating's general points and adjustment, a file.
  await s.userClient('can.bo', ['officer'], 'bqlkkt');
  const fig = await s.api('POST', '/api/observations', { indicator: 'economy.grdp_growth', period: '2024', value: -3, unit: '%' });
  await s.api('POST', `/api/observations/${fig.body.id}/correct`, { value: 11.01, reason: 'Nhầm dấu' });
  const rp = (await s.api('POST', '/api/reporting-periods', { period: '2025-Q3', dueOn: '2025-10-05', title: 'Quý III/2025' })).body.id;
  await s.api('PUT', `/api/reporting-periods/${rp}/units/bqlkkt`, { figures: [] });
  await s.api('PUT', '/api/ratings/2025-Q3/units/bqlkkt/general', { points: 25 });
  const form = new FormData();
  form.append('file', new Blob(['Báo cáo kết quả thực hiện'], { type: 'text/plain' }), 'bao-cao.txt');
  await fetch(`${s.url}/api/tasks/nv-khu-kinh-te-phia-bac/attachments`, {
    method: 'POST', body: form, headers: { cookie: [...s.cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'x-csrf-token': s.cookies.get('hd_csrf')! },
  });
});
afterAll(async () => s?.close());

describe('backup and restore', () => {
  it('takes a backup from the running server, only for an administrator, and says so in the trail', async () => {
    const officer = await s.login('can.bo', 'mat-khau-thu-nghiem-1');
    expect((await officer.api('GET', '/api/admin/backup')).status).toBe(403);
    const res = await fetch(`${s.url}/api/admin/backup`, { headers: { cookie: [...s.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/attachment/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(backupKindOf(bytes)).toBe(onServer ? 'postgres' : 'pglite');
    const audit = (await s.api('GET', '/api/audit?limit=5')).body.items.map((a: { action: string }) => a.action);
    expect(audit).toContain('backup');

    const before = await everything(s.handle.db);
    expect(before.attachments!.length).toBe(1);
    expect(before.sessions!.length).toBeGreaterThan(0);
    const dir = mkdtempSync(join(tmpdir(), 'haidang-restore-'));
    try {
      let restored: Db;
      let close: () => Promise<void>;
      if (!onServer) {
        const h = await openDb({ dataDir: join(dir, 'data'), loadDataDir: new Blob([bytes]) });
        restored = h.db;
        close = h.close;
      } else {
        const scratch = await scratchDatabase();
        writeFileSync(join(dir, 'b.dump'), bytes);
        await restorePostgres(scratch.env.DATABASE_URL!, join(dir, 'b.dump'));
        const h = await openDb({ databaseUrl: scratch.env.DATABASE_URL });
        restored = h.db;
        close = async () => (await h.close(), await scratch.drop());
      }
      try {
        const after = await everything(restored);
        // The backup's own audit entry was written before the bytes were taken: nothing else differs,
        // the audit rows with their hashes included.
        expect(after).toEqual(before);
        // The chain is checked with its key: on a server database the same process's; a PGlite folder
        // carries its own key file (checked through the CLI below), which this in-memory one lacks.
        if (onServer) expect((await verifyAudit(restored)).brokenAt).toBeNull();
      } finally {
        await close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(onServer)('the CLI on a PGlite folder', () => {
  it('backs up and restores a folder with its audit key: the chain verifies after the restore', { timeout: 300_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'haidang-cli-backup-'));
    const BIN = resolve(import.meta.dirname, '../bin/haidang.js');
    const cli = (data: string, args: string[]) => spawnSync(process.execPath, [BIN, ...args], { env: { ...process.env, DATA_DIR: join(dir, data), DATABASE_URL: '', HAIDANG_LANG: '' }, encoding: 'utf8', timeout: 120_000 });
    try {
      expect(cli('a', ['user', 'add', '--login', 'can.bo', '--name', 'Cán bộ', '--role', 'viewer']).status).toBe(0);
      expect(cli('a', ['backup', join(dir, 'b.tar.gz')]).status).toBe(0);
      const restored = cli('b', ['restore', join(dir, 'b.tar.gz')]);
      expect(restored.status, restored.stderr).toBe(0);
      const verify = cli('b', ['audit', 'verify']);
      expect(verify.stdout).toMatch(/nhật ký kiểm toán nguyên vẹn: 1 mục/);
      // A folder that holds a database is never overwritten.
      expect(cli('b', ['restore', join(dir, 'b.tar.gz')]).status).not.toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!onServer)('moving from PGlite to a PostgreSQL server', () => {
  it('copies every row of every table, keeps the audit chain, and the counters go on', async () => {
    const source = await openDb({ dataDir: 'memory://' });
    await migrate(source.db);
    await execute(source.db, systemActor('import'), importWorkspace, { workspace: readDemoWorkspace() });
    const scratch = await scratchDatabase();
    const target = await openDb({ databaseUrl: scratch.env.DATABASE_URL });
    try {
      await migrate(target.db);
      await copyDatabase(source.db, target.db);
      // Everything but the migrations' own bookkeeping (the target ran them itself).
      const { schema_migrations: _a, ...copied } = await everything(target.db);
      const { schema_migrations: _b, ...original } = await everything(source.db);
      expect(copied).toEqual(original);
      expect((await verifyAudit(target.db)).brokenAt).toBeNull();
      // A second copy into a database that holds data is refused.
      await expect(copyDatabase(source.db, target.db)).rejects.toMatchObject({ code: 'conflict' });
    } finally {
      await target.close();
      await scratch.drop();
      await source.close();
    }
  });
});
