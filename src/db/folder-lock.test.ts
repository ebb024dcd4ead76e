// The data-folder lock within one process: refusals, release of one's own lock only, leftovers taken over.
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FolderInUseError, inUseMessage, LOCK_FILE, lockFolder } from './folder-lock.ts';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'haidang-folder-lock-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const lockText = () => readFileSync(join(dir, LOCK_FILE), 'utf8');

describe('lockFolder', () => {
  it('writes who holds the folder, refuses a second opening in the same process, and releases once', () => {
    const lock = lockFolder(dir, 'haidang serve');
    expect(JSON.parse(lockText())).toMatchObject({ pid: process.pid, command: 'haidang serve' });
    expect(() => lockFolder(dir, 'haidang demo')).toThrow(FolderInUseError);
    expect(() => lockFolder(dir)).toThrow(/đã được mở trong chính tiến trình này/);
    expect(() => lockFolder(dir)).toThrow(expect.objectContaining({ text: expect.objectContaining({ en: expect.stringMatching(/is already open in this process/) }) }));
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    lock.release();
    lockFolder(dir).release();
  });

  it('does not remove a lock another process has put in its place', () => {
    const lock = lockFolder(dir);
    const other = JSON.stringify({ pid: process.pid, command: 'x', started: '', token: 'someone-else' });
    writeFileSync(join(dir, LOCK_FILE), other);
    lock.release();
    expect(lockText()).toBe(other);
  });

  it('takes over a lock naming this very pid that it does not hold (a pid reused after a restart)', () => {
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: process.pid, command: 'haidang serve', started: '', token: 'earlier' }));
    const lock = lockFolder(dir, 'haidang migrate');
    expect(JSON.parse(lockText())).toMatchObject({ command: 'haidang migrate' });
    lock.release();
  });

  it('takes over an unreadable lock once it is old, as its writer died before writing it', () => {
    writeFileSync(join(dir, LOCK_FILE), '');
    const old = new Date(Date.now() - 60_000);
    utimesSync(join(dir, LOCK_FILE), old, old);
    const lock = lockFolder(dir);
    expect(JSON.parse(lockText())).toMatchObject({ pid: process.pid });
    lock.release();
  });

  it('refuses a live holder of another process (pid 1 is always alive), naming it, in either language', () => {
    const holder = { pid: 1, command: 'haidang serve', started: '2026-05-12T10:20:00.000Z', token: 't' };
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify(holder));
    expect(() => lockFolder(dir)).toThrow(FolderInUseError);
    expect(lockText()).toBe(JSON.stringify(holder));
    expect(inUseMessage('/srv/data', '/srv/data/haidang.lock', holder)).toEqual({
      vi: 'thư mục dữ liệu /srv/data đang được máy chủ Hải Đăng (PID 1, haidang serve, từ 17:20 12/05/2026) sử dụng; dừng máy chủ hoặc làm việc qua giao diện web hay API (tệp khoá: /srv/data/haidang.lock).',
      en: 'the data folder /srv/data is in use by the Hải Đăng server (PID 1, haidang serve, since 17:20 12/05/2026 Vietnam time); stop it or work through the web app or the API (lock: /srv/data/haidang.lock).',
    });
    expect(inUseMessage('/srv/data', '/srv/data/haidang.lock', { ...holder, command: 'haidang user add' })).toEqual({
      vi: 'thư mục dữ liệu /srv/data đang được tiến trình khác (PID 1, haidang user add, từ 17:20 12/05/2026) sử dụng; chờ tiến trình đó xong rồi chạy lại (tệp khoá: /srv/data/haidang.lock).',
      en: 'the data folder /srv/data is in use by PID 1 (haidang user add, since 17:20 12/05/2026 Vietnam time); wait for it to finish and run again (lock: /srv/data/haidang.lock).',
    });
  });
});
