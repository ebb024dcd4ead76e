// One process per PGlite data folder: an exclusive lock file inside the folder, as postmaster.pid is for PostgreSQL.
//
// PGlite is PostgreSQL in single-user mode with no lock of its own on the Node file system: two
// processes on one folder both start, both acknowledge writes, and each overwrites the other's pages.
// The lock file is created with O_EXCL (`wx`), names its holder (pid, command, start), and is
// stale only when that pid is no longer alive. There is deliberately no age or heartbeat rule
// (as in proper-lockfile): PGlite runs on the event loop, a long query or checkpoint blocks any
// timer, and taking a lock from a live holder is exactly the corruption this file prevents.
import { linkSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, join, resolve } from 'node:path';
import type { Bilingual } from '../domain/errors.ts';

export const LOCK_FILE = 'haidang.lock';

/** What the lock file says about the process that holds the folder. */
export interface LockHolder {
  pid: number;
  /** What it runs, e.g. `haidang serve`; never its arguments (they may name people). */
  command: string;
  /** ISO timestamp. */
  started: string;
  /** Tells this holding apart from an earlier one by the same pid. */
  token: string;
}

export interface FolderLock {
  readonly file: string;
  /** Removes the lock file if it is still ours; safe to call twice. */
  release(): void;
}

/** The folder is held by another live process (or already open in this one). */
export class FolderInUseError extends Error {
  constructor(
    readonly dir: string,
    readonly file: string,
    readonly holder: LockHolder,
    /** Both languages: the command line prints the one HAIDANG_LANG asks for. */
    readonly text: Bilingual = inUseMessage(dir, file, holder),
  ) {
    super(text.vi);
    this.name = 'FolderInUseError';
  }
}

// Locks held by this process, by lock-file path → token: the exit hook releases them, and a
// second open of the same folder in this process is refused like one from another process.
const held = new Map<string, string>();
let exitHookInstalled = false;

function errno(e: unknown): string | undefined {
  return e && typeof e === 'object' && 'code' in e ? String((e as { code: unknown }).code) : undefined;
}

function readLock(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    if (errno(e) === 'ENOENT') return null;
    throw e;
  }
}

function parseHolder(text: string): LockHolder | null {
  try {
    const v = JSON.parse(text) as Partial<LockHolder>;
    // pid 0 or a negative pid would make process.kill() signal a whole process group.
    if (typeof v.pid !== 'number' || !Number.isInteger(v.pid) || v.pid <= 0) return null;
    return { pid: v.pid, command: String(v.command ?? '?'), started: String(v.started ?? ''), token: String(v.token ?? '') };
  } catch {
    return null;
  }
}

/** Signal 0 checks that a process exists without touching it. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to another user, so it is alive.
    return errno(e) !== 'ESRCH';
  }
}

/** When the file was last written; 0 when it is gone (then it is no obstacle). */
function modifiedAt(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch (e) {
    if (errno(e) === 'ENOENT') return 0;
    throw e;
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Moves a stale lock out of the way. Renaming is atomic, so of two processes taking over the
 * same stale lock only one moves it; if what it moved is no longer the stale lock it judged
 * (another process took over in between), it puts that lock back for its owner.
 */
function takeOver(file: string, staleText: string, token: string): void {
  const aside = `${file}.${process.pid}.${token}.stale`;
  try {
    renameSync(file, aside);
  } catch (e) {
    if (errno(e) === 'ENOENT') return;
    throw e;
  }
  const moved = readFileSync(aside, 'utf8');
  if (moved !== staleText) {
    try {
      linkSync(aside, file);
    } catch {
      // A third process locked the folder in the instant between: its lock stands.
    }
  }
  unlinkSync(aside);
}

function releaseAll(): void {
  for (const [file, token] of held) releaseFile(file, token);
}

function releaseFile(file: string, token: string): void {
  if (held.get(file) !== token) return;
  held.delete(file);
  const text = readLock(file);
  // Never remove a lock that is not ours (taken over after we were judged dead, or edited by hand).
  if (text !== null && parseHolder(text)?.token === token) {
    try {
      unlinkSync(file);
    } catch (e) {
      if (errno(e) !== 'ENOENT') throw e;
    }
  }
}

/** The default name of what a process runs, for the lock file: the script, not its arguments. */
function defaultCommand(): string {
  return process.argv[1] ? basename(process.argv[1]) : 'node';
}

/**
 * Takes the folder for this process, or throws FolderInUseError naming the live holder.
 * Synchronous so that the exit hook can release it and nothing else runs in between.
 */
export function lockFolder(dir: string, command: string = defaultCommand()): FolderLock {
  const folder = resolve(dir);
  const file = join(folder, LOCK_FILE);
  const token = randomBytes(8).toString('hex');
  const mine: LockHolder = { pid: process.pid, command, started: new Date().toISOString(), token };
  const content = JSON.stringify(mine) + '\n';
  // A writer is between creating the file and writing it for microseconds; an unreadable lock
  // that stays so for this long was left by a process that died in between.
  const unreadableAfterMs = 1000;
  const deadline = Date.now() + 5000;

  for (;;) {
    const ownToken = held.get(file);
    if (ownToken !== undefined) {
      const text = readLock(file);
      const holder = text === null ? null : parseHolder(text);
      throw new FolderInUseError(folder, file, holder ?? { ...mine, token: ownToken });
    }
    try {
      writeFileSync(file, content, { flag: 'wx' });
      held.set(file, token);
      if (!exitHookInstalled) {
        // Covers process.exit() and an uncaught error; SIGINT/SIGTERM must end through exit() too.
        process.on('exit', releaseAll);
        exitHookInstalled = true;
      }
      return { file, release: () => releaseFile(file, token) };
    } catch (e) {
      if (errno(e) !== 'EEXIST') throw e;
    }
    const text = readLock(file);
    if (text === null) continue; // released in the meantime
    const holder = parseHolder(text);
    // Our own pid in a lock we do not hold is an earlier process's, reused (a container restarted).
    if (holder && holder.pid !== process.pid && alive(holder.pid)) throw new FolderInUseError(folder, file, holder);
    if (!holder && Date.now() - modifiedAt(file) < unreadableAfterMs) {
      if (Date.now() > deadline) throw new Error(`${file}: lock file unreadable; remove it if no Hải Đăng process runs on this folder`);
      sleep(50);
      continue;
    }
    takeOver(file, text, token);
    if (Date.now() > deadline) throw new Error(`${file}: could not take the stale lock`);
  }
}

const VIETNAM_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hourCycle: 'h23',
});

/** `17:20 12/05/2026`, Vietnam time, whatever the machine's zone. */
function when(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '?';
  const parts = VIETNAM_TIME.formatToParts(d);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('hour')}:${get('minute')} ${get('day')}/${get('month')}/${get('year')}`;
}

/** One line in each language, naming who holds the folder and what to do. */
export function inUseMessage(dir: string, file: string, h: LockHolder): Bilingual {
  const t = when(h.started);
  if (h.pid === process.pid) {
    return {
      vi: `thư mục dữ liệu ${dir} đã được mở trong chính tiến trình này (PID ${h.pid}); đóng lần mở trước.`,
      en: `the data folder ${dir} is already open in this process (PID ${h.pid}); close it first.`,
    };
  }
  if (/\bserve\b/.test(h.command)) {
    return {
      vi: `thư mục dữ liệu ${dir} đang được máy chủ Hải Đăng (PID ${h.pid}, ${h.command}, từ ${t}) sử dụng; dừng máy chủ hoặc làm việc qua giao diện web hay API (tệp khoá: ${file}).`,
      en: `the data folder ${dir} is in use by the Hải Đăng server (PID ${h.pid}, ${h.command}, since ${t} Vietnam time); stop it or work through the web app or the API (lock: ${file}).`,
    };
  }
  return {
    vi: `thư mục dữ liệu ${dir} đang được tiến trình khác (PID ${h.pid}, ${h.command}, từ ${t}) sử dụng; chờ tiến trình đó xong rồi chạy lại (tệp khoá: ${file}).`,
    en: `the data folder ${dir} is in use by PID ${h.pid} (${h.command}, since ${t} Vietnam time); wait for it to finish and run again (lock: ${file}).`,
  };
}
