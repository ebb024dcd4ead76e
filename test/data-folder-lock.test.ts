// One process per PGlite data folder, with real processes: while `haidang serve` runs, the CLI and a
// second server refuse and write nothing; a lock left by a dead process is taken over; on a
// PostgreSQL server (DATABASE_URL) there is no lock and the CLI works beside the server.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { onServer, scratchDatabase } from './support/db.ts';
import { openDb } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';
import { verifyAudit } from '../src/db/audit.ts';
import { LOCK_FILE } from '../src/db/folder-lock.ts';

const BIN = resolve(import.meta.dirname, '../bin/haidang.js');
const EXIT_FOLDER_IN_USE = 4;

const dirs: string[] = [];
const children: ChildProcess[] = [];
// A migrated data folder made once and copied for each test: creating a PGlite cluster takes seconds.
let template = '';

function dataDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'haidang-lock-'));
  cpSync(template, d, { recursive: true });
  dirs.push(d);
  return d;
}

function env(dir: string, databaseUrl = ''): NodeJS.ProcessEnv {
  // PORT=0: the system picks a free port, and the server prints the address it got.
  return { ...process.env, DATA_DIR: dir, DATABASE_URL: databaseUrl, PORT: '0', HOST: '127.0.0.1', HAIDANG_EMPTY: '', HAIDANG_LANG: '' };
}

function haidang(dir: string, args: string[], databaseUrl = '', extra: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { env: { ...env(dir, databaseUrl), ...extra }, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

interface Serving {
  child: ChildProcess;
  pid: number;
  url: string;
  /** Sends the signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** `haidang serve --empty` as a child process, once it answers /api/health. */
async function serve(dir: string, databaseUrl = ''): Promise<Serving> {
  const child = spawn(process.execPath, [BIN, 'serve', '--empty'], { env: env(dir, databaseUrl), stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  let err = '';
  child.stdout!.on('data', (b: Buffer) => (out += b.toString('utf8')));
  child.stderr!.on('data', (b: Buffer) => (err += b.toString('utf8')));
  const exited = new Promise<number | null>((res) => child.once('exit', (code) => res(code)));
  const url = await new Promise<string>((res, rej) => {
    const timer = setInterval(() => {
      const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) {
        clearInterval(timer);
        res(m[1]!);
      }
    }, 50);
    void exited.then((code) => {
      clearInterval(timer);
      rej(new Error(`serve exited with ${code} before listening: ${err}${out}`));
    });
  });
  for (;;) {
    const r = await fetch(url + '/api/health').catch(() => null);
    if (r?.ok) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    child,
    pid: child.pid!,
    url,
    stop: (signal = 'SIGTERM') => {
      child.kill(signal);
      return exited;
    },
  };
}

/** Opens the folder once nothing else runs on it, to see what was really stored. */
async function stored(dir: string, login: string) {
  const h = await openDb({ dataDir: dir });
  try {
    const users = await h.db.selectFrom('users').select('login').where('login', '=', login).execute();
    const created = (await h.db.selectFrom('audit_log').select(['action', 'object_type', 'after']).where('object_type', '=', 'user').execute()).filter(
      (e) => e.action === 'create' && (e.after as { login?: string } | null)?.login === login,
    );
    return { users, created, auditIntact: (await verifyAudit(h.db)).brokenAt === null };
  } finally {
    await h.close();
  }
}

beforeAll(async () => {
  if (onServer) return;
  template = mkdtempSync(join(tmpdir(), 'haidang-lock-template-'));
  const h = await openDb({ dataDir: template });
  await migrate(h.db);
  await h.close();
}, 120_000);
afterAll(() => {
  if (template) rmSync(template, { recursive: true, force: true });
});

afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

// The lock guards an embedded database; a PostgreSQL server takes many clients (test/cli.test.ts).
describe.skipIf(onServer)('one process per PGlite data folder', () => {
  it('refuses `user add` while the server runs: no password, no user, no audit entry, even after a restart', { timeout: 120_000 }, async () => {
    const dir = dataDir();
    const server = await serve(dir);

    const r = haidang(dir, ['user', 'add', '--login', 'can.bo.x', '--name', 'X', '--role', 'viewer']);
    expect(r.code).toBe(EXIT_FOLDER_IN_USE);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/^haidang: thư mục dữ liệu .* đang được máy chủ Hải Đăng/);
    expect(r.err).toContain(`PID ${server.pid}, haidang serve`);
    expect(r.err).not.toMatch(/in use/);
    expect(r.out).not.toMatch(/mật khẩu|password/i);
    // In English when asked, one language still, the same exit code.
    const en = haidang(dir, ['user', 'add', '--login', 'can.bo.x', '--name', 'X', '--role', 'viewer'], '', { HAIDANG_LANG: 'en' });
    expect(en.code).toBe(EXIT_FOLDER_IN_USE);
    expect(en.err.trim()).toMatch(new RegExp(`^haidang: the data folder \\S+ is in use by the Hải Đăng server \\(PID ${server.pid}, haidang serve, since [^)]+\\); stop it or work through the web app or the API \\(lock: \\S+\\)\\.$`));

    // The server carries on, undisturbed.
    expect((await fetch(server.url + '/api/health')).ok).toBe(true);
    expect(await server.stop('SIGTERM')).toBe(0);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);

    const again = await serve(dir);
    expect(await again.stop('SIGINT')).toBe(0);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);

    expect(await stored(dir, 'can.bo.x')).toEqual({ users: [], created: [], auditIntact: true });
  });

  it('refuses a second server on the same folder while the first runs', { timeout: 120_000 }, async () => {
    const dir = dataDir();
    const first = await serve(dir);
    const lock = readFileSync(join(dir, LOCK_FILE), 'utf8');

    const second = haidang(dir, ['serve', '--empty']);
    expect(second.code).toBe(EXIT_FOLDER_IN_USE);
    expect(second.err).toContain(`PID ${first.pid}, haidang serve`);
    expect(second.out).not.toMatch(/đang chạy tại/);
    // The refusal left the first server's lock as it was.
    expect(readFileSync(join(dir, LOCK_FILE), 'utf8')).toBe(lock);
    expect((await fetch(first.url + '/api/health')).ok).toBe(true);
    expect(await first.stop()).toBe(0);
  });

  it('takes over a lock whose process is gone', { timeout: 120_000 }, async () => {
    const dir = dataDir();
    // A pid that existed a moment ago and no longer does.
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: gone, command: 'haidang serve', started: new Date().toISOString(), token: 'dead' }) + '\n');

    const r = haidang(dir, ['user', 'add', '--login', 'can.bo.x', '--name', 'X', '--role', 'viewer']);
    expect(r).toMatchObject({ code: 0 });
    expect(r.out).toMatch(/^can\.bo\.x: mật khẩu dùng một lần/);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    expect((await stored(dir, 'can.bo.x')).users).toEqual([{ login: 'can.bo.x' }]);
  });

  it('takes over the lock of a server killed with SIGKILL', { timeout: 120_000 }, async () => {
    const dir = dataDir();
    const killed = await serve(dir);
    await killed.stop('SIGKILL');
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: killed.pid, command: 'haidang serve' });

    const next = await serve(dir);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: next.pid });
    expect(await next.stop()).toBe(0);
  });
});

describe.runIf(onServer)('with a PostgreSQL server (DATABASE_URL)', () => {
  it('takes no folder lock: the CLI works while the server runs', { timeout: 120_000 }, async () => {
    const scratch = await scratchDatabase();
    try {
      const dir = mkdtempSync(join(tmpdir(), 'haidang-lock-'));
      dirs.push(dir);
      const url = scratch.env.DATABASE_URL!;
      const server = await serve(dir, url);
      const r = haidang(dir, ['user', 'add', '--login', 'can.bo.x', '--name', 'X', '--role', 'viewer'], url);
      expect(r).toMatchObject({ code: 0 });
      expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
      expect(await server.stop()).toBe(0);
      const h = await openDb({ databaseUrl: url });
      expect(await h.db.selectFrom('users').select('login').where('login', '=', 'can.bo.x').execute()).toEqual([{ login: 'can.bo.x' }]);
      await h.close();
    } finally {
      await scratch.drop();
    }
  });
});
