// npm run bench [-- --scales 0.3,1,3,10] [--no-start]: first how long `npm start` takes on PGlite
// (start.ts; printed, not written), then GET /api/summary at several sizes on PostgreSQL, each beside
// what it cannot beat: the same bytes from an ideal server, and the statements the request sends,
// replayed alone. The client runs in its own process (load-client.mjs) and, under load, a writer
// posts figures through the API (2 a second) so the kept answer is really invalidated. Writes the
// table into docs/benchmarks.md (see there for the method). The PostgreSQL server is the one of
// BENCH_DATABASE_URL or DATABASE_URL, or a throw-away one started here.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { openDb } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';
import { startServer } from '../src/server/serve.ts';
import { serverContext } from '../src/server/context.ts';
import { todayInVietnam } from '../src/domain/calendar.ts';
import { loadavg } from 'node:os';
import { describeWorkspace, generate } from './generate.ts';
import { signInAs } from './auth.ts';
import { percentile } from './measure.ts';
import { StatementLog, capture, idealServer, replay } from './probe.ts';
import { startPgServer } from './pg-server.ts';
import { measureStart, renderStart } from './start.ts';
import { renderGoals, renderSummaryRun, writeSummaryResults, type ScaleResult, type LoadResult } from './summary-report.ts';

const { values: args } = parseArgs({
  options: {
    scales: { type: 'string', default: '0.3,1,3,10' },
    seed: { type: 'string', default: '20251' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    writes: { type: 'string', default: '2' },
    misses: { type: 'string', default: '7' },
    today: { type: 'string' },
    'no-write': { type: 'boolean' },
    'no-start': { type: 'boolean' },
    database: { type: 'string', default: 'haidang_bench' },
    // Keep the generated database at the end, and use it again when it is there (national size takes
    // half an hour to generate). With several scales, each gets its own database: NAME_s<scale>.
    reuse: { type: 'boolean', default: false },
  },
});
const scales = args.scales.split(',').map(Number);
const seconds = Number(args.seconds);
const connections = Number(args.connections);
const asOf = args.today ?? todayInVietnam();
const DUE_SOON_DAYS = 7;
const log = (line: string) => console.error(`[bench] ${line}`);
const CLIENT = fileURLToPath(new URL('./load-client.mjs', import.meta.url));

/** The load client in its own process; its one JSON line back. */
function client(cfg: object): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLIENT, JSON.stringify(cfg)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as LoadResult) : reject(new Error(`load client exited ${code}`))));
  });
}

const figure = (i: number) => {
  // A day's stock figure of an indicator no target reads: a real write (audited, a new data version), distinct each time.
  const d = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
  return { indicator: 'bench.write', period: d, value: i, unit: '%', standing: 'estimate' };
};

async function onScale(serverUrl: string, scale: number): Promise<ScaleResult> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const name = args.reuse ? `${args.database}_s${String(scale).replace('.', '_')}` : args.database;
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`--database: a plain lower-case name, got ${name}`);
  const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
  if (!args.reuse || !exists) {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  }
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  const statements = new StatementLog();
  const h = await openDb({ databaseUrl: u.toString(), onQuery: statements.listener });
  try {
    await migrate(h.db);
    const kept = args.reuse ? await describeWorkspace(h.db) : null;
    if (kept) log(`scale ${scale}: reusing database ${name} (${kept.counts.units} units, ${kept.counts.tasks} tasks)`);
    else log(`scale ${scale}: generating`);
    const workspace = kept ?? (await generate(h.db, { scale, seed: Number(args.seed), today: asOf, log: (l) => log(`scale ${scale}: ${l}`) }));
    const loadAtStart = loadavg()[0]!;
    const context = serverContext(h.db, { dueSoonDays: DUE_SOON_DAYS });
    const server = await startServer(context, { port: 0, host: '127.0.0.1' });
    try {
      const reader = await signInAs(h.db, server.url, workspace.root.id, 'leader');
      const writer = await signInAs(h.db, server.url, workspace.root.id, 'secretariat');
      const url = `${server.url}/api/summary?asOf=${asOf}`;
      const headers = { cookie: reader.cookie, 'accept-encoding': 'gzip' };
      // Past the figures an earlier run of a reused database wrote.
      const last = (await sql<{ p: string | null }>`SELECT max(period) AS p FROM observations WHERE indicator = 'bench.write'`.execute(h.db)).rows[0]?.p;
      let written = last ? (Date.parse(`${last}T00:00:00Z`) - Date.UTC(2020, 0, 1)) / 86_400_000 + 1 : 0;
      const write = async () => {
        const r = await fetch(`${server.url}/api/observations`, { method: 'POST', headers: { cookie: writer.cookie, 'x-csrf-token': writer.csrf, 'content-type': 'application/json' }, body: JSON.stringify(figure(written++)) });
        if (r.status !== 201) throw new Error(`write: ${r.status} ${await r.text()}`);
      };

      // Misses: each after a write and for a day not asked before, so nothing kept can answer (not
      // even a slow answer served stale). Timed here, one at a time.
      log(`scale ${scale}: misses`);
      const missMs: number[] = [];
      let missSql: Awaited<ReturnType<typeof statements.during>> = [];
      for (let i = 0; i < Number(args.misses) + 1; i++) {
        await write();
        const day = new Date(Date.parse(`${asOf}T00:00:00Z`) + (i + 1) * 86_400_000).toISOString().slice(0, 10);
        const t0 = performance.now();
        const caught = await statements.during(() => capture(`${server.url}/api/summary?asOf=${day}`, headers));
        if (i > 0) missMs.push(performance.now() - t0); // the first warms the server's caches of code and plans
        missSql = caught;
      }
      missMs.sort((a, b) => a - b);
      await capture(url, headers); // today's answer computed and kept: what follows is a hit
      const hitSql = await statements.during(() => capture(url, headers));
      const answer = await capture(url, headers);
      const plain = await capture(url, { cookie: reader.cookie });
      if (answer.status !== 200) throw new Error(`summary: ${answer.status}`);
      const missAlone = await replay(u.toString(), missSql, Number(args.misses));
      const hitAlone = await replay(u.toString(), hitSql, 200);

      const ideal = await idealServer(answer);
      try {
        log(`scale ${scale}: one connection`);
        const seq = await client({ url, headers, connections: 1, seconds: seconds / 2 });
        const idealSeq = await client({ url: ideal.url, headers, connections: 1, seconds: seconds / 2 });
        log(`scale ${scale}: ${connections} connections with ${args.writes} writes a second`);
        const bodies = Array.from({ length: Math.ceil(Number(args.writes) * seconds * 2) + 10 }, (_, i) => figure(written + 1000 + i));
        const before = { ...context.answers.counts };
        const load = await client({
          url, headers, connections, seconds,
          writes: { url: `${server.url}/api/observations`, headers: { cookie: writer.cookie, 'x-csrf-token': writer.csrf }, perSecond: Number(args.writes), bodies },
        });
        const idealLoad = await client({ url: ideal.url, headers, connections, seconds });
        const version = (await sql<{ v: string }>`SELECT current_setting('server_version') AS v`.execute(h.db)).rows[0]!.v;
        return {
          scale, version, workspace,
          bytes: { gzip: answer.body.length, json: plain.body.length },
          miss: { median: percentile(missMs, 50), max: missMs.at(-1)!, n: missMs.length, statements: missSql.length, sqlAlone: missAlone.median },
          hit: { median: seq.p50!, p99: seq.p99!, statements: hitSql.length, sqlAlone: hitAlone.median, ideal: idealSeq.p50! },
          load, idealLoad, loadAverage: [loadAtStart, loadavg()[0]!],
          answers: Object.fromEntries(Object.entries(context.answers.counts).map(([k, v]) => [k, v - before[k as keyof typeof before]])) as ScaleResult['answers'],
        };
      } finally {
        await ideal.close();
      }
    } finally {
      await server.close();
    }
  } finally {
    await h.close();
    if (!args.reuse) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

if (!args['no-start']) {
  log('npm start on PGlite: first start and restart');
  console.log(renderStart(await measureStart()));
}

const given = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL;
const pgServer = given ? null : startPgServer();
const serverUrl = given ?? pgServer!.url;
const started = new Date();
const results: ScaleResult[] = [];
try {
  for (const scale of scales) {
    results.push(await onScale(serverUrl, scale));
    // The row as soon as it is known: a long run (scale 30) shows its progress.
    log(`scale ${scale}: done\n${renderSummaryRun({ date: started, asOf, seconds, connections, writesPerSecond: Number(args.writes) }, results.slice(-1)).split('\n').slice(-1)[0]}`);
  }
} finally {
  pgServer?.stop();
}
const markdown = renderSummaryRun({ date: started, asOf, seconds, connections, writesPerSecond: Number(args.writes) }, results);
console.log(markdown);
console.log(`\n${renderGoals(results, connections)}`);
if (!args['no-write']) {
  writeSummaryResults(fileURLToPath(new URL('../docs/benchmarks.md', import.meta.url)), markdown);
  log('written to docs/benchmarks.md');
}
