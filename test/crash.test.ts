// Nothing acknowledged is lost: a real server takes writes in a loop, is killed with SIGKILL at a
// random moment, starts again on the same database; every write it answered 201 is there, and the
// audit trail's chain is intact. On PGlite (a data folder) and on a PostgreSQL server.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scratchDatabase } from './support/db.ts';

const BIN = resolve(import.meta.dirname, '../bin/haidang.js');
const children: ChildProcess[] = [];
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  for (const f of cleanups) await f();
});

async function serve(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string; out: () => string }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--empty'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  child.stdout!.on('data', (b: Buffer) => (out += b.toString('utf8')));
  child.stderr!.on('data', (b: Buffer) => (out += b.toString('utf8')));
  for (let i = 0; i < 1200; i++) {
    const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out);
    if (m && (await fetch(m[1] + '/api/health').catch(() => null))?.ok) return { child, url: m[1]!, out: () => out };
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`serve did not start: ${out}`);
}

/** A signed-in session: cookie and CSRF header, as the browser keeps them. */
async function signIn(url: string, login: string, password: string) {
  const r = await fetch(url + '/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login, password }) });
  if (r.status !== 200) throw new Error(`login ${r.status}: ${await r.text()}`);
  const cookies = r.headers.getSetCookie().map((c) => c.split(';')[0]!);
  const csrf = cookies.find((c) => c.startsWith('hd_csrf='))!.slice('hd_csrf='.length);
  return { cookie: cookies.join('; '), csrf };
}

describe('a server killed with SIGKILL in the middle of writes', () => {
  it('keeps every acknowledged write, and the audit chain, after the restart', { timeout: 240_000 }, async () => {
    const scratch = process.env.DATABASE_URL ? await scratchDatabase() : null;
    const dir = mkdtempSync(join(tmpdir(), 'haidang-crash-'));
    cleanups.push(async () => {
      rmSync(dir, { recursive: true, force: true });
      await scratch?.drop();
    });
    const env = { ...process.env, DATA_DIR: join(dir, 'data'), DATABASE_URL: scratch?.env.DATABASE_URL ?? '', PORT: '0', HOST: '127.0.0.1', HAIDANG_EMPTY: '', HAIDANG_LANG: '' };

    const first = await serve(env);
    const otp = /mật khẩu dùng một lần: (\S+)/.exec(first.out())![1]!;
    let s = await signIn(first.url, 'admin', otp);
    const pw = 'mat-khau-sau-su-co-1';
    const changed = await fetch(first.url + '/api/auth/password', {
      method: 'POST', headers: { 'content-type': 'application/json', cookie: s.cookie, 'x-csrf-token': s.csrf }, body: JSON.stringify({ current: otp, next: pw }),
    });
    expect(changed.status).toBe(200);
    s = await signIn(first.url, 'admin', pw);

    // Writes, four at a time, until the kill; only those answered 201 count as acknowledged.
    const acknowledged: string[] = [];
    let n = 0;
    let killed = false;
    const writer = async () => {
      while (!killed) {
        const code = `U${++n}`;
        const r = await fetch(first.url + '/api/units', {
          method: 'POST', headers: { 'content-type': 'application/json', cookie: s.cookie, 'x-csrf-token': s.csrf },
          body: JSON.stringify({ code, name: `Đơn vị ${code}`, kind: 'xa' }),
        }).catch(() => null);
        if (r?.status === 201) acknowledged.push(code);
      }
    };
    const writers = [writer(), writer(), writer(), writer()];
    await new Promise((r) => setTimeout(r, 1500 + Math.random() * 2500));
    first.child.kill('SIGKILL');
    killed = true;
    await Promise.all(writers);
    await new Promise<void>((r) => (first.child.exitCode !== null || first.child.signalCode !== null ? r() : first.child.once('exit', () => r())));
    expect(acknowledged.length).toBeGreaterThan(5);

    const second = await serve(env);
    const t = await signIn(second.url, 'admin', pw);
    const units = await (await fetch(second.url + '/api/units', { headers: { cookie: t.cookie } })).json() as { items: { code: string }[] };
    const present = new Set(units.items.map((u) => u.code));
    expect(acknowledged.filter((c) => !present.has(c))).toEqual([]);
    second.child.kill('SIGTERM');
    await new Promise<void>((r) => (second.child.exitCode !== null ? r() : second.child.once('exit', () => r())));

    const verify = spawnSync(process.execPath, [BIN, 'audit', 'verify'], { env, encoding: 'utf8', timeout: 120_000 });
    expect(verify.stdout + verify.stderr).toMatch(/nhật ký kiểm toán nguyên vẹn/);
    expect(verify.status).toBe(0);
  });
});
