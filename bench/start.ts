// How long `npm start` takes to answer on PGlite: `haidang serve --supervise` on a new data folder (first
// start) and again on the same folder (restart), each until GET /api/health answers 200. `npm run bench`
// runs it first and prints the times, unless `--no-start` (they are not written into docs/benchmarks.md).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../bin/haidang.js', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.once('error', reject);
  });
}

/** Seconds from spawning `npm start`'s command until /api/health answers 200; the server is then stopped. */
async function timeOneStart(dataDir: string): Promise<number> {
  const port = await freePort();
  // PGlite: a PostgreSQL server named in the environment (the summary bench's) is not the subject here.
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' };
  for (const k of ['DATABASE_URL', 'DATABASE_REPLICA_URL', 'HAIDANG_SUPERVISED']) delete env[k];
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, 'serve', '--supervise'], { env, stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let gone = false;
  void exited.then(() => (gone = true));
  try {
    for (;;) {
      if (gone) throw new Error('start: the server ended before answering');
      const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false);
      if (ok) return (performance.now() - started) / 1000;
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

export interface StartTimes {
  first: number[];
  restart: number[];
  load: number[];
}

/** `runs` first starts, each on a new folder, then `runs` restarts of the last one. */
export async function measureStart(runs = 3): Promise<StartTimes> {
  const first: number[] = [];
  const restart: number[] = [];
  const dirs: string[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const dir = mkdtempSync(join(tmpdir(), 'haidang-bench-start-'));
      dirs.push(dir);
      first.push(await timeOneStart(dir));
    }
    for (let i = 0; i < runs; i++) restart.push(await timeOneStart(dirs.at(-1)!));
  } finally {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }
  return { first, restart, load: loadavg() };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (xs: number[]) => `${xs.map((x) => x.toFixed(1).replace('.', ',')).join(' / ')} s: median ${median(xs).toFixed(1).replace('.', ',')}`;

export function renderStart(t: StartTimes): string {
  return [`first start (new folder): ${fmt(t.first)}`, `restart:                  ${fmt(t.restart)}`, `load average: ${t.load.map((l) => l.toFixed(2)).join(', ')}`].join('\n');
}
