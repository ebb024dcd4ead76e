// npm run bench [-- --scale 0.1] : generates a province-scale workspace on PGlite and, when
// BENCH_DATABASE_URL or DATABASE_URL names a PostgreSQL server, on a fresh database there; starts the
// real HTTP server over each and measures the summary and the task lists (see docs/benchmarks.md).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { openDb, type DbHandle } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';
import { startServer } from '../src/server/serve.ts';
import { serverContext } from '../src/server/context.ts';
import { signIn } from './auth.ts';
import { todayInVietnam } from '../src/domain/calendar.ts';
import { generate, verifyStoredState } from './generate.ts';
import { DUE_SOON_DAYS, cases, explain, observationsSql } from './cases.ts';
import { summarySteps } from './breakdown.ts';
import { get, load, timeCalls } from './measure.ts';
import { render, writeResults, type BackendResult, type RunInfo } from './report.ts';

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    seed: { type: 'string', default: '20251' },
    calls: { type: 'string', default: '200' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    today: { type: 'string' },
    only: { type: 'string' },
    write: { type: 'boolean' },
    'no-write': { type: 'boolean' },
  },
});

const info: RunInfo = {
  date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  asOf: args.today ?? todayInVietnam(),
  scale: Number(args.scale),
  seed: Number(args.seed),
  calls: Number(args.calls),
  connections: Number(args.connections),
  seconds: Number(args.duration),
};
if (!(info.scale > 0 && info.scale <= 10)) throw new Error(`--scale: expected a number in (0, 10], got ${args.scale}`);
const log = (line: string) => console.error(`[bench] ${line}`);

interface Backend {
  name: string;
  open(): Promise<DbHandle>;
  cleanup(): Promise<void>;
}

function pgliteBackend(): Backend {
  const dir = mkdtempSync(join(tmpdir(), 'haidang-bench-'));
  return {
    name: 'PGlite',
    open: () => openDb({ dataDir: dir }),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

const BENCH_DB = 'haidang_bench';

function serverBackend(url: string): Backend {
  const admin = async (text: string) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      await c.query(text);
    } finally {
      await c.end();
    }
  };
  const u = new URL(url);
  u.pathname = `/${BENCH_DB}`;
  return {
    name: 'PostgreSQL',
    open: async () => {
      await admin(`DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`);
      await admin(`CREATE DATABASE ${BENCH_DB}`);
      return openDb({ databaseUrl: u.toString() });
    },
    cleanup: () => admin(`DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`),
  };
}

async function runOn(b: Backend): Promise<BackendResult> {
  log(`${b.name}: generating (scale ${info.scale})`);
  const h = await b.open();
  try {
    await migrate(h.db);
    const workspace = await generate(h.db, { scale: info.scale, seed: info.seed, today: info.asOf, log: (l) => log(`${b.name}: ${l}`) });
    const bad = await verifyStoredState(h.db, 200, info.seed);
    if (bad.length) log(`${b.name}: stored state differs from deriveTaskState for ${bad.join(', ')}`);
    const version = (await sql<{ v: string }>`SELECT version() AS v`.execute(h.db)).rows[0]!.v.replace(/ on .*/, '');

    const server = await startServer(serverContext(h.db, { dueSoonDays: DUE_SOON_DAYS }), { port: 0, host: '127.0.0.1' });
    const headers = { cookie: await signIn(h.db, server.url, workspace.root.id) };
    const result: BackendResult = { backend: b.name, version, workspace, mismatches: bad.length, cases: [], steps: [], plans: [] };
    try {
      for (const c of await cases(h.db, info.asOf, workspace.so.id)) {
        const url = server.url + c.path;
        const bytes = await get(url, headers);
        log(`${b.name}: ${c.name}: sequential`);
        const http = await timeCalls(() => get(url, headers), info.calls);
        const dbCalls = await timeCalls(c.dbCalls, info.calls);
        const bare = await timeCalls(() => c.bare.execute(h.db), info.calls);
        log(`${b.name}: ${c.name}: ${http.median.toFixed(1)} ms median; load ${info.seconds} s`);
        const l = await load(url, info.connections, info.seconds, headers);
        result.cases.push({ name: c.name, path: c.path, bytes, http, dbCalls, bare, bareLabel: c.bareLabel, load: l });
        result.plans.push({ label: c.bareLabel, plan: await explain(h.db, c.bare) });
      }
      log(`${b.name}: summary step by step`);
      result.steps = await summarySteps(h.db, info.asOf, workspace.root.id, Math.max(10, Math.round(info.calls / 4)));
      const indicators = (await h.db.selectFrom('targets').select('indicator').distinct().execute()).map((r) => r.indicator);
      result.plans.push({ label: 'observations of the summary (listObservations)', plan: await explain(h.db, observationsSql(indicators)) });
    } finally {
      await server.close();
    }
    return result;
  } finally {
    await h.close();
    await b.cleanup();
  }
}

const backends: Backend[] = [];
const serverUrl = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL;
if (args.only !== 'postgres') backends.push(pgliteBackend());
if (args.only !== 'pglite') {
  if (serverUrl) backends.push(serverBackend(serverUrl));
  else log('PostgreSQL: skipped (set BENCH_DATABASE_URL or DATABASE_URL; see docs/benchmarks.md)');
}

const results: BackendResult[] = [];
for (const b of backends) results.push(await runOn(b));
const markdown = render(info, results);
console.log(markdown);
if (!args['no-write'] && (args.write || info.scale === 1)) {
  const doc = fileURLToPath(new URL('../docs/benchmarks.md', import.meta.url));
  writeResults(doc, markdown);
  log(`written to ${doc}`);
} else log('docs/benchmarks.md not changed (only a full-scale run writes it, or pass --write)');
