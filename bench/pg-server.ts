// A throw-away PostgreSQL server for the benchmark when no URL is given, started as .ci/run does:
// Debian's binaries, initdb in a temporary folder, trust on 127.0.0.1, fsync off (data is generated).
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PgServer {
  url: string;
  stop(): void;
}

export function startPgServer(port = 55_400 + Math.floor(Math.random() * 500)): PgServer {
  const base = '/usr/lib/postgresql';
  const version = existsSync(base) ? readdirSync(base).sort((a, b) => Number(b) - Number(a)).find((v) => existsSync(join(base, v, 'bin/initdb'))) : undefined;
  if (!version) throw new Error('no PostgreSQL server binaries under /usr/lib/postgresql: set BENCH_DATABASE_URL');
  const bin = join(base, version, 'bin');
  const dir = mkdtempSync(join(tmpdir(), 'haidang-pgbench-'));
  // initdb refuses to run as root: as the postgres user then, like .ci/run.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString()), Number(execFileSync('id', ['-g', 'postgres']).toString()));
  const run = (cmd: string, args: string[]) => execFileSync(asRoot ? 'runuser' : cmd, asRoot ? ['-u', 'postgres', '--', cmd, ...args] : args, { stdio: 'ignore' });
  run(join(bin, 'initdb'), ['-D', join(dir, 'data'), '-U', 'haidang', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  run(join(bin, 'pg_ctl'), ['-D', join(dir, 'data'), '-l', join(dir, 'log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100`, 'start']);
  return {
    url: `postgres://haidang@127.0.0.1:${port}/postgres`,
    stop: () => {
      try {
        run(join(bin, 'pg_ctl'), ['-D', join(dir, 'data'), '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
