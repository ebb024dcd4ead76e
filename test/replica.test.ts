// DATABASE_REPLICA_URL on a real primary and streaming replica (Debian's PostgreSQL, on 127.0.0.1):
// a reader's list comes from the replica (replay paused there, it does not show a new task), the
// writer's from the primary (it sees its own write), and the summary never keeps older data than
// its version. Skipped only where PostgreSQL's server binaries are absent (CI has them).
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';
import { startTestServer, type Client, type TestServer } from './support/server.ts';

const BASE = '/usr/lib/postgresql';
const version = existsSync(BASE) ? readdirSync(BASE).sort((a, b) => Number(b) - Number(a)).find((v) => existsSync(join(BASE, v, 'bin/initdb'))) : undefined;
// Ports free on this machine now, so a PostgreSQL already running here (CI's own) does not collide.
let PRIMARY_PORT = 0;
let REPLICA_PORT = 0;
let primaryUrl = '';
let replicaUrl = '';
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

let dir = '';
let s: TestServer;
let reader: Client;
const asRoot = process.getuid?.() === 0;
const run = (cmd: string, args: string[]) => {
  const bin = join(BASE, version!, 'bin', cmd);
  execFileSync(asRoot ? 'runuser' : bin, asRoot ? ['-u', 'postgres', '--', bin, ...args] : args, { stdio: 'ignore' });
};
const start = (data: string, port: number) =>
  run('pg_ctl', ['-D', join(dir, data), '-l', join(dir, `${data}.log`), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);

async function query<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(text)).rows;
  } finally {
    await c.end();
  }
}

/** Until the replica has replayed everything the primary has written so far. */
async function caughtUp(): Promise<void> {
  const lsn = (await query<{ lsn: string }>(primaryUrl, 'SELECT pg_current_wal_lsn()::text AS lsn'))[0]!.lsn;
  for (let i = 0; i < 400; i++) {
    const ok = await query<{ ok: boolean }>(replicaUrl, `SELECT pg_last_wal_replay_lsn() >= '${lsn}'::pg_lsn AS ok`);
    if (ok[0]!.ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the replica did not catch up');
}

const total = async (c: Client) => (await c.api('GET', '/api/tasks?limit=50')).body.total as number;

describe.skipIf(!version)('a streaming replica (DATABASE_REPLICA_URL)', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'haidang-replica-'));
    PRIMARY_PORT = await freePort();
    do REPLICA_PORT = await freePort();
    while (REPLICA_PORT === PRIMARY_PORT);
    primaryUrl = `postgres://haidang@127.0.0.1:${PRIMARY_PORT}/postgres`;
    replicaUrl = `postgres://haidang@127.0.0.1:${REPLICA_PORT}/postgres`;
    if (asRoot) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString()), Number(execFileSync('id', ['-g', 'postgres']).toString()));
    run('initdb', ['-D', join(dir, 'primary'), '-U', 'haidang', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
    start('primary', PRIMARY_PORT);
    run('pg_basebackup', ['-h', '127.0.0.1', '-p', String(PRIMARY_PORT), '-U', 'haidang', '-D', join(dir, 'replica'), '-R', '-X', 'stream']);
    start('replica', REPLICA_PORT);
    const h = await openDb({ databaseUrl: primaryUrl, replicaUrl });
    await migrate(h.db);
    s = await startTestServer({ handle: { ...h, url: primaryUrl }, context: { readDb: h.readDb! } });
    reader = await s.userClient('lanh-dao', ['leader'], null);
    const unit = (await s.api('POST', '/api/units', { code: 'SOXD', name: 'Sở Xây dựng', kind: 'so_nganh' })).body.id as string;
    expect((await s.api('POST', '/api/tasks', { title: 'Nhiệm vụ thứ nhất', leadUnitId: unit, coUnitIds: [], assignedOn: '2025-06-01', deadline: '2026-06-30' })).status).toBe(201);
    await caughtUp();
  }, 120_000);

  afterAll(async () => {
    await s?.close();
    for (const data of ['replica', 'primary']) if (existsSync(join(dir, data))) run('pg_ctl', ['-D', join(dir, data), '-m', 'fast', '-w', 'stop']);
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('reads from the replica, except for a session that has just written', async () => {
    expect(await total(reader)).toBe(1);
    await query(replicaUrl, 'SELECT pg_wal_replay_pause()');
    try {
      const unit = (await s.api('GET', '/api/units')).body.items[0].id as string;
      expect((await s.api('POST', '/api/tasks', { title: 'Nhiệm vụ thứ hai', leadUnitId: unit, coUnitIds: [], assignedOn: '2025-06-01', deadline: '2026-07-31' })).status).toBe(201);
      // The writer sees its write (the primary); the reader is served by the replica, which has not replayed it.
      expect(await total(s)).toBe(2);
      expect(await total(reader)).toBe(1);
      // The summary is kept under the primary's data version: a replica behind it does not compute it.
      expect((await reader.api('GET', '/api/summary')).body.tasks.total).toBe(2);
      const named = await query<{ n: number }>(replicaUrl, "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'haidang-read'");
      expect(named[0]!.n).toBeGreaterThan(0);
    } finally {
      await query(replicaUrl, 'SELECT pg_wal_replay_resume()');
    }
    await caughtUp();
    expect(await total(reader)).toBe(2);
  });
});
