import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY as P, nextDelay } from './supervise.js';

describe('nextDelay: when the supervisor starts the server again', () => {
  it.each([
    ['killed (out of memory, kill -9): at once, after the first wait', { code: null, signal: 'SIGKILL', livedMs: 5000, stopping: false }, 0, 1000],
    ['an uncaught error', { code: 1, signal: null, livedMs: 5000, stopping: false }, 0, 1000],
    ['dying again quickly: the wait doubles', { code: 1, signal: null, livedMs: 2000, stopping: false }, 1000, 2000],
    ['… up to its ceiling', { code: null, signal: 'SIGABRT', livedMs: 10, stopping: false }, 30_000, 30_000],
    ['after a healthy hour: the first wait again', { code: null, signal: 'SIGKILL', livedMs: 3_600_000, stopping: false }, 16_000, 1000],
    ['a clean exit: stop', { code: 0, signal: null, livedMs: 5000, stopping: false }, 0, null],
    ['the folder held by another server: stop', { code: 4, signal: null, livedMs: 500, stopping: false }, 0, null],
    ['a usage error: stop', { code: 2, signal: null, livedMs: 500, stopping: false }, 0, null],
    ['asked to stop (Ctrl-C, systemctl stop): stop', { code: null, signal: 'SIGTERM', livedMs: 5000, stopping: true }, 1000, null],
  ] as const)('%s', (_what, exit, last, expected) => expect(nextDelay(exit, last, P)).toBe(expected));
});
