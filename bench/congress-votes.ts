// node bin/run-ts.js bench/congress-votes.ts : a hall of 446 delegates (445 present) on PGlite and, when
// BENCH_DATABASE_URL or DATABASE_URL names a PostgreSQL server, on a fresh database there: every delegate
// signs in with their code, then all vote on one question, 20 phones at a time, through the real HTTP
// server; the live count is read meanwhile. Prints a Markdown table (see docs/benchmarks.md).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDb, type DbHandle } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';
import { writeTransaction } from '../src/db/tx.ts';
import { createUser } from '../src/db/users.ts';
import { startServer } from '../src/server/serve.ts';
import { serverContext } from '../src/server/context.ts';
import { execute } from '../src/commands/command.ts';
import { checkIn, importRoster } from '../src/commands/congress.ts';
import { systemActor } from '../src/domain/user.ts';
import { percentile } from './measure.ts';

const DELEGATES = 446;
const PARALLEL = 20;
const CONGRESS = 'DH-BENCH';
const log = (line: string) => console.error(`[bench votes] ${line}`);

interface Session { cookie: string; csrf: string }
const sessionOf = (res: Response): Session => {
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]!);
  return { cookie: cookies.join('; '), csrf: cookies.find((c) => c.startsWith('hd_csrf='))!.slice('hd_csrf='.length) };
};

async function call(url: string, method: string, body: unknown, s: Session | null, expect: number): Promise<Response> {
  const res = await fetch(url, { method, headers: { 'content-type': 'application/json', ...(s ? { cookie: s.cookie, 'x-csrf-token': s.csrf } : {}) }, body: body === undefined ? undefined : JSON.stringify(body) });
  if (res.status !== expect) throw new Error(`${method} ${url}: ${res.status} ${(await res.text()).slice(0, 300)}`);
  return res;
}

/** Runs the jobs `parallel` at a time; the wall time and each job's milliseconds, sorted. */
async function inParallel<T>(items: T[], parallel: number, job: (x: T) => Promise<unknown>) {
  const ms: number[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: parallel }, async () => {
    while (next < items.length) {
      const x = items[next++]!;
      const t = performance.now();
      await job(x);
      ms.push(performance.now() - t);
    }
  }));
  return { wall: performance.now() - t0, ms: ms.sort((a, b) => a - b) };
}

async function runOn(name: string, h: DbHandle) {
  await migrate(h.db);
  const server = await startServer(serverContext(h.db), { port: 0, host: '127.0.0.1' });
  try {
    const api = server.url + '/api';
    await writeTransaction(h.db, (trx) => createUser(trx, { login: 'bench.btc', name: 'Ban Tổ chức', unitId: null, roles: ['secretariat'], password: 'do-hieu-nang-dai-hoi-2025', mustChangePassword: false }, null));
    const sec = sessionOf(await call(`${api}/auth/login`, 'POST', { login: 'bench.btc', password: 'do-hieu-nang-dai-hoi-2025' }, null, 200));
    await call(`${api}/congresses`, 'POST', { code: CONGRESS, name: 'Đại hội đo hiệu năng', startsOn: '2025-09-26', endsOn: '2025-09-27' }, sec, 201);
    const codes = Array.from({ length: DELEGATES }, (_, i) => `B${String(i + 1).padStart(3, '0')}`);
    const rows = codes.map((c, i) => ({ row: i + 2, cells: [c, `Đại biểu ${c}`, i % 5 ? 'Nam' : 'Nữ', String(1960 + (i % 40)), `Đảng bộ ${i % 118}`, 'Chỉ định'] }));
    await execute(h.db, systemActor('cli'), importRoster, { congress: CONGRESS, table: { headers: ['ma_dai_bieu', 'ho_ten', 'gioi_tinh', 'nam_sinh', 'don_vi', 'loai_dai_bieu'], rows } });
    await execute(h.db, systemActor('cli'), checkIn, { congress: CONGRESS, codes: codes.slice(1) });
    const issued = (await (await call(`${api}/congresses/${CONGRESS}/signin-codes`, 'POST', {}, sec, 200)).json()) as { codes: { delegate: string; signInCode: string }[] };
    const present = issued.codes.filter((c) => c.delegate !== 'B001');

    log(`${name}: ${present.length} sign-ins, ${PARALLEL} at a time`);
    const phones = new Map<string, Session>();
    const signIns = await inParallel(present, PARALLEL, async (c) => {
      phones.set(c.delegate, sessionOf(await call(`${api}/delegate/login`, 'POST', { congress: CONGRESS, delegate: c.delegate, code: c.signInCode }, null, 200)));
    });

    const vote = (await (await call(`${api}/congresses/${CONGRESS}/votes`, 'POST', { question: 'Thông qua Nghị quyết Đại hội', kind: 'resolution', secret: true }, sec, 201)).json()) as { id: string };
    log(`${name}: ${present.length} ballots, ${PARALLEL} at a time, the live count read meanwhile`);
    const counts: number[] = [];
    let voting = true;
    const reader = (async () => {
      while (voting) {
        const t = performance.now();
        await call(`${api}/congresses/${CONGRESS}/votes/${vote.id}`, 'GET', undefined, sec, 200);
        counts.push(performance.now() - t);
      }
    })();
    const choices = ['agree', 'disagree', 'abstain'] as const;
    const ballots = await inParallel(present, PARALLEL, (c) => call(`${api}/congresses/${CONGRESS}/votes/${vote.id}/ballots`, 'POST', { choice: choices[Number(c.delegate.slice(1)) % 7 === 0 ? 1 : 0] }, phones.get(c.delegate)!, 201));
    voting = false;
    await reader;
    const closed = (await (await call(`${api}/congresses/${CONGRESS}/votes/${vote.id}/close`, 'POST', undefined, sec, 200)).json()) as { count: { voted: number }; result: { passed: boolean } };
    if (closed.count.voted !== present.length) throw new Error(`${name}: counted ${closed.count.voted} of ${present.length}`);
    counts.sort((a, b) => a - b);
    const row = (what: string, r: { wall?: number; ms: number[] }) =>
      `| ${name} | ${what} | ${r.ms.length} | ${r.wall ? (r.wall / 1000).toFixed(2) : '—'} | ${r.wall ? Math.round((r.ms.length / r.wall) * 1000) : '—'} | ${percentile(r.ms, 50).toFixed(1)} | ${percentile(r.ms, 95).toFixed(1)} |`;
    return [row('sign-in with the card\'s code', signIns), row('ballot (secret)', ballots), row('live count read during the vote', { ms: counts })];
  } finally {
    await server.close();
    await h.close();
  }
}

const lines = ['| Database | Step | Requests | Wall (s) | Per second | p50 (ms) | p95 (ms) |', '|---|---|---:|---:|---:|---:|---:|'];
const dir = mkdtempSync(join(tmpdir(), 'haidang-bench-votes-'));
try {
  lines.push(...(await runOn('PGlite', await openDb({ dataDir: dir }))));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const url = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL;
if (url) {
  const admin = async (text: string) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(text).finally(() => c.end());
  };
  const u = new URL(url);
  u.pathname = '/haidang_bench_votes';
  await admin('DROP DATABASE IF EXISTS haidang_bench_votes WITH (FORCE)');
  await admin('CREATE DATABASE haidang_bench_votes');
  try {
    lines.push(...(await runOn('PostgreSQL', await openDb({ databaseUrl: u.toString() }))));
  } finally {
    await admin('DROP DATABASE IF EXISTS haidang_bench_votes WITH (FORCE)');
  }
} else log('PostgreSQL: skipped (set BENCH_DATABASE_URL or DATABASE_URL)');
console.log(lines.join('\n'));
