// `haidang serve --supervise` (what `npm start` runs): a small parent that starts the server as its
// child and starts it again when it dies on its own — out of memory, an uncaught error, a kill — so a
// machine without systemd still answers after a crash. The parent opens no database: the child holds
// the data folder, and its lock goes with it. systemd's Restart=always does the same job; use one.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { say } from './language.ts';

const BIN = fileURLToPath(new URL('../../bin/haidang.js', import.meta.url));
/** Exit codes that say "starting again will not help": usage (2), the data folder held by another (4). */
const FINAL_CODES = new Set([0, 2, 4]);

export interface RestartPolicy {
  /** First wait before a restart; doubled after each quick death, up to maxDelayMs. */
  delayMs: number;
  maxDelayMs: number;
  /** A child that lived this long was healthy: the next wait starts from delayMs again. */
  healthyAfterMs: number;
}
export const DEFAULT_POLICY: RestartPolicy = { delayMs: 1000, maxDelayMs: 30_000, healthyAfterMs: 60_000 };

/** The wait before the next start, or null to stop (pure: tested in supervise.test.ts). */
export function nextDelay(exit: { code: number | null; signal: string | null; livedMs: number; stopping: boolean }, lastDelay: number, policy: RestartPolicy): number | null {
  if (exit.stopping) return null;
  if (exit.signal === null && exit.code !== null && FINAL_CODES.has(exit.code)) return null;
  if (exit.livedMs >= policy.healthyAfterMs || lastDelay === 0) return policy.delayMs;
  return Math.min(policy.maxDelayMs, lastDelay * 2);
}

export function supervise(args: string[], policy: RestartPolicy = DEFAULT_POLICY): Promise<number> {
  let child: ChildProcess | null = null;
  let stopping = false;
  let delay = 0;
  return new Promise<number>((resolve) => {
    const start = () => {
      const startedAt = Date.now();
      child = spawn(process.execPath, [BIN, 'serve', ...args], { stdio: 'inherit', env: { ...process.env, HAIDANG_SUPERVISED: '1' } });
      child.once('exit', (code, signal) => {
        child = null;
        const next = nextDelay({ code, signal, livedMs: Date.now() - startedAt, stopping }, delay, policy);
        if (next === null) return resolve(stopping ? 0 : (code ?? 1));
        delay = next;
        const seconds = Math.round(next / 1000);
        console.error(say({
          vi: `Hải Đăng: máy chủ dừng bất thường (${signal ?? `mã ${code}`}); khởi động lại sau ${seconds} giây`,
          en: `Hải Đăng: the server stopped (${signal ?? `code ${code}`}); restarting in ${seconds} s`,
        }));
        setTimeout(() => (stopping ? resolve(0) : start()), next);
      });
    };
    const stop = (signal: NodeJS.Signals) => {
      stopping = true;
      if (child) child.kill(signal);
      else resolve(0);
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
    start();
  });
}
