// `haidang serve --supervise` (what `npm start` runs): a small parent that starts the server as its
// child and starts it again when it dies on its own — out of memory, an uncaught error, a kill — so a
// machine without systemd still answers after a crash. The parent opens no database: the child holds
// the data folder, and its lock goes with it. systemd's Restart=always does the same job; use one.
// Plain JavaScript (types in supervise.d.ts): bin/haidang.js loads it without registering tsx, which
// would cost the parent a third of a second of every start for a page of code.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { say } from './language.js';

const BIN = fileURLToPath(new URL('../../bin/haidang.js', import.meta.url));
/** Exit codes that say "starting again will not help": usage (2), the data folder held by another (4). */
const FINAL_CODES = new Set([0, 2, 4]);

/** @type {import('./supervise.d.ts').RestartPolicy} */
export const DEFAULT_POLICY = { delayMs: 1000, maxDelayMs: 30_000, healthyAfterMs: 60_000 };

/** @type {typeof import('./supervise.d.ts').nextDelay} */
export function nextDelay(exit, lastDelay, policy) {
  if (exit.stopping) return null;
  if (exit.signal === null && exit.code !== null && FINAL_CODES.has(exit.code)) return null;
  if (exit.livedMs >= policy.healthyAfterMs || lastDelay === 0) return policy.delayMs;
  return Math.min(policy.maxDelayMs, lastDelay * 2);
}

/** @type {typeof import('./supervise.d.ts').supervise} */
export function supervise(args, policy = DEFAULT_POLICY) {
  /** @type {import('node:child_process').ChildProcess | null} */
  let child = null;
  let stopping = false;
  let delay = 0;
  return new Promise((resolve) => {
    const start = () => {
      const startedAt = Date.now();
      const running = spawn(process.execPath, [BIN, 'serve', ...args], { stdio: 'inherit', env: { ...process.env, HAIDANG_SUPERVISED: '1' } });
      child = running;
      running.once('exit', (code, signal) => {
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
    /** @param {NodeJS.Signals} signal */
    const stop = (signal) => {
      stopping = true;
      if (child) child.kill(signal);
      else resolve(0);
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
    start();
  });
}
