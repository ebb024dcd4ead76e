// npm run bench:congress [-- --delegates 446 --checkins 1000 --concurrency 10]: the congress hall on the
// embedded database (PGlite, or DATABASE_URL's server): a generated roster imported over HTTP, then
// check-ins sent one code per request (10 at a time, as ten check-in desks would), some scanned twice;
// throughput and latency, then the presidium's attendance count and the section II statistics.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { openDb } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';
import { writeTransaction } from '../src/db/tx.ts';
import { createUser } from '../src/db/users.ts';
import { startServer } from '../src/server/serve.ts';
import { serverContext } from '../src/server/context.ts';
import { get, percentile, timeCalls } from './measure.ts';

const { values: args } = parseArgs({
  options: {
    delegates: { type: 'string', default: '446' },
    checkins: { type: 'string', default: '1000' },
    concurrency: { type: 'string', default: '10' },
    calls: { type: 'string', default: '100' },
  },
});
const N = Number(args.delegates);
const CHECKINS = Number(args.checkins);
const CONCURRENCY = Number(args.concurrency);
const log = (line: string) => console.error(`[bench:congress] ${line}`);

/** A roster shaped like section II of 004 (sex, ages, schooling, kinds), deterministic. */
function roster(n: number): string {
  const units = Array.from({ length: 118 }, (_, i) => `Đảng bộ trực thuộc số ${i + 1}`);
  const lines = ['ma_dai_bieu,ho_ten,gioi_tinh,nam_sinh,don_vi,loai_dai_bieu,pho_thong,chuyen_mon,hoc_ham,ly_luan_chinh_tri,linh_vuc'];
  const fields = ['Xây dựng Đảng', '"Chính quyền, Nhà nước"', '"MTTQ, đoàn thể"', 'Lực lượng vũ trang', '"Kinh tế, doanh nghiệp"'];
  for (let i = 0; i < n; i++) {
    const kind = i < 77 ? 'Đương nhiên' : i % 150 === 149 ? 'Dự khuyết chuyển chính thức' : 'Chỉ định';
    lines.push([`DB${String(i + 1).padStart(3, '0')}`, `Đại biểu số ${i + 1}`, i % 5 === 0 ? 'Nữ' : 'Nam', 1961 + (i % 37), units[i % units.length],
      kind, i % 40 === 0 ? '10/10' : '12/12', ['Tiến sĩ', 'Thạc sĩ', 'Đại học'][i % 3], i % 150 === 0 ? 'Phó Giáo sư' : '', i % 9 === 0 ? '' : 'Cao cấp', fields[i % 5]].join(','));
  }
  return lines.join('\n');
}

const dir = mkdtempSync(join(tmpdir(), 'haidang-bench-congress-'));
const h = await openDb(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : { dataDir: dir });
try {
  await migrate(h.db);
  const backend = (await sql<{ v: string }>`SELECT version() AS v`.execute(h.db)).rows[0]!.v.replace(/ on .*/, '');
  const server = await startServer(serverContext(h.db, {}), { port: 0, host: '127.0.0.1' });
  try {
    await writeTransaction(h.db, (trx) => createUser(trx, { login: 'bench.vanphong', name: 'Văn phòng (benchmark)', unitId: null, roles: ['secretariat'], password: 'do-hieu-nang-dai-hoi-2025', mustChangePassword: false }, null));
    const login = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'bench.vanphong', password: 'do-hieu-nang-dai-hoi-2025' }) });
    const cookies = login.headers.getSetCookie().map((c) => c.split(';')[0]!);
    const csrf = cookies.find((c) => c.startsWith('hd_csrf='))!.slice('hd_csrf='.length);
    const headers = { cookie: cookies.join('; '), 'x-csrf-token': decodeURIComponent(csrf) };
    const post = async (path: string, body: unknown) => {
      const res = await fetch(server.url + path, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const text = await res.text();
      if (!res.ok) throw new Error(`POST ${path}: ${res.status} ${text.slice(0, 300)}`);
      return JSON.parse(text) as { added?: number };
    };
    await post('/api/congresses', { code: 'DH-BENCH', name: 'Đại hội (benchmark)', startsOn: '2025-09-26', endsOn: '2025-09-27' });
    const form = new FormData();
    form.append('file', new Blob([roster(N)]), 'ds.csv');
    const t0 = performance.now();
    const up = await fetch(`${server.url}/api/congresses/DH-BENCH/roster`, { method: 'POST', headers, body: form });
    if (up.status !== 200) throw new Error(`roster: ${up.status} ${await up.text()}`);
    const importMs = performance.now() - t0;
    log(`roster of ${N} imported in ${importMs.toFixed(0)} ms`);

    // The preparatory session for everyone, then the official one; every tenth card scanned twice.
    const codes: Array<{ code: string; session: string }> = [];
    for (const session of ['tru-bi', 'chinh-thuc']) {
      for (let i = 0; i < N && codes.length < CHECKINS; i++) {
        const code = `DB${String(i + 1).padStart(3, '0')}`;
        codes.push({ code, session });
        if (i % 10 === 0 && codes.length < CHECKINS) codes.push({ code, session });
      }
    }
    while (codes.length < CHECKINS) codes.push(codes[codes.length % N]!);
    const ms: number[] = [];
    let next = 0;
    let added = 0;
    const c0 = process.cpuUsage();
    const w0 = performance.now();
    await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
      while (next < codes.length) {
        const { code, session } = codes[next++]!;
        const s = performance.now();
        const r = await post('/api/congresses/DH-BENCH/checkins', { codes: [code], session });
        added += r.added ?? 0;
        ms.push(performance.now() - s);
      }
    }));
    const wall = performance.now() - w0;
    const cpu = process.cpuUsage(c0);
    ms.sort((a, b) => a - b);
    const stored = Number((await sql<{ n: string }>`SELECT count(*) AS n FROM congress_checkins`.execute(h.db)).rows[0]!.n);
    log(`${codes.length} check-ins in ${wall.toFixed(0)} ms`);

    const calls = Number(args.calls);
    // One desk alone, for the floor under the queue: a card scanned again (answered "already"), one request at a time.
    const alone = await timeCalls(() => post('/api/congresses/DH-BENCH/checkins', { codes: ['DB001'], session: 'chinh-thuc' }), calls);
    const attendance = await timeCalls(() => get(`${server.url}/api/congresses/DH-BENCH/attendance`, headers), calls);
    const stats = await timeCalls(() => get(`${server.url}/api/congresses/DH-BENCH/stats`, headers), calls);
    const report = await timeCalls(() => get(`${server.url}/api/congresses/DH-BENCH/report`, headers), Math.max(5, calls / 10), 3);
    const cards = await timeCalls(() => get(`${server.url}/api/congresses/DH-BENCH/cards`, headers), 3, 1);
    const f = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
    console.log([
      `Congress hall, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; ${backend}; Node ${process.version}; ${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GB`,
      '',
      '| measure | value |',
      '| --- | ---: |',
      `| roster of ${N} delegates imported (HTTP upload, CSV) | ${f(importMs)} ms |`,
      `| ${codes.length} check-in requests, ${CONCURRENCY} concurrent: wall time | ${f(wall)} ms |`,
      `| throughput | ${f((codes.length / wall) * 1000)} check-ins/s (${f((codes.length / wall) * 60_000)}/min) |`,
      `| check-in latency median / p99 / max | ${f(percentile(ms, 50))} / ${f(percentile(ms, 99))} / ${f(ms[ms.length - 1]!)} ms |`,
      `| one desk alone: check-in median / p99 (${alone.n} calls) | ${f(alone.median)} / ${f(alone.p99)} ms |`,
      `| Node CPU per check-in (server and client in one process) | ${f((cpu.user + cpu.system) / 1000 / codes.length)} ms |`,
      `| check-ins stored (new) / answered "already" | ${stored} (${added}) / ${codes.length - added} |`,
      `| GET attendance median / p99 (${attendance.n} calls) | ${f(attendance.median)} / ${f(attendance.p99)} ms |`,
      `| GET stats (section II, ${N} present) median / p99 (${stats.n} calls) | ${f(stats.median)} / ${f(stats.p99)} ms |`,
      `| GET report (.docx) median (${report.n} calls) | ${f(report.median)} ms |`,
      `| GET cards (.docx, ${N} QR codes) median (${cards.n} calls) | ${f(cards.median)} ms |`,
    ].join('\n'));
  } finally {
    await server.close();
  }
} finally {
  await h.close();
  rmSync(dir, { recursive: true, force: true });
}
