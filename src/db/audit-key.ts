// The audit chain's secret, kept outside the database: AUDIT_KEY, or `haidang.key` (mode 0600) created
// at first start in DATA_DIR; whoever can rewrite the tables but not read this cannot forge the chain.
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, closeSync, mkdirSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../domain/errors.ts';

export const KEY_FILE = 'haidang.key';

/**
 * The key for a database: from AUDIT_KEY (at least 32 characters, so several servers on one PostgreSQL
 * share it), else from DATA_DIR/haidang.key (created once with O_EXCL, so two processes agree), else,
 * for a database in memory, a random key of this process.
 */
export function loadAuditKey(dir: string | null, env: NodeJS.ProcessEnv = process.env): Buffer {
  const fromEnv = env.AUDIT_KEY;
  if (fromEnv) {
    if (fromEnv.length < 32) throw new AppError('invalid', { vi: 'AUDIT_KEY: ít nhất 32 ký tự (ví dụ `openssl rand -hex 32`)', en: 'AUDIT_KEY: at least 32 characters (e.g. `openssl rand -hex 32`)' });
    return createHash('sha256').update(fromEnv).digest();
  }
  if (dir === null) return randomBytes(32);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, KEY_FILE);
  try {
    const fd = openSync(file, 'wx', 0o600);
    try {
      writeSync(fd, randomBytes(32).toString('hex') + '\n');
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  // A key others can read is no secret: tighten it rather than run with it open.
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  const hex = readFileSync(file, 'utf8').trim();
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new AppError('invalid', { vi: `${file}: không phải khoá nhật ký (64 chữ số thập lục phân)`, en: `${file}: not an audit key (64 hexadecimal digits)` });
  return Buffer.from(hex, 'hex');
}
