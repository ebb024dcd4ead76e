// `npm start` runs the server under a supervisor: killed like an out-of-memory death, it answers again
// by itself; stopped on purpose, it stays stopped. (The embedded database: the point is the process.)
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = resolve(import.meta.dirname, '../bin/haidang.js');
const dir = mkdtempSync(join(tmpdir(), 'haidang-supervise-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The server processes the supervisor started (not the esbuild service tsx keeps beside it). */
const childrenOf = (pid: number) =>
  spawnSync('ps', ['-o', 'pid=,args=', '--ppid', String(pid)], { encoding: 'utf8' })
    .stdout.split('\n')
    .filter((line) => / serve\b/.test(line))
    .map((line) => Number(line.trim().split(/\s+/)[0]))
    .filter((n) => n > 0);
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('the supervisor of npm start', () => {
  it('starts the server again after it is killed, and stops for good on SIGTERM', { timeout: 300_000 }, async () => {
    const env = { ...process.env, DATA_DIR: join(dir, 'data'), DATABASE_URL: '', PORT: '0', HOST: '127.0.0.1' };
    const sup = spawn(process.execPath, [BIN, 'serve', '--supervise', '--empty'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    sup.stdout!.on('data', (b: Buffer) => (out += b.toString('utf8')));
    sup.stderr!.on('data', (b: Buffer) => (out += b.toString('utf8')));
    const answering = async (nth: number) => {
      for (let i = 0; i < 2400; i++) {
        const urls = [...out.matchAll(/(http:\/\/127\.0\.0\.1:\d+)/g)].map((m) => m[1]!);
        if (urls.length >= nth && (await fetch(urls[nth - 1] + '/api/health').catch(() => null))?.ok) return urls[nth - 1]!;
        if (sup.exitCode !== null) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`no server #${nth}: ${out}`);
    };
    try {
      const first = await answering(1);
      const [server] = childrenOf(sup.pid!);
      expect(server).toBeGreaterThan(0);
      process.kill(server!, 'SIGKILL');
      const second = await answering(2);
      expect((await fetch(second + '/api/health')).ok).toBe(true);
      expect(out).toMatch(/khởi động lại sau/);
      expect(childrenOf(sup.pid!)).not.toContain(server);
      expect(first).not.toBe(''); // the first one answered before it died

      const [replacement] = childrenOf(sup.pid!);
      const exited = new Promise<number | null>((r) => sup.once('exit', (code) => r(code)));
      sup.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(alive(replacement!)).toBe(false);
    } finally {
      if (sup.exitCode === null) sup.kill('SIGKILL');
    }
  });
});
