// Backups that carry everything (accounts, sessions, the audit trail with its chain, attachments,
// ratings, periods, submissions): the database's own dump, never the workspace export. PGlite's is a
// gzipped tarball of its data folder; a PostgreSQL server's is pg_dump's custom format.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { AppError } from '../domain/errors.ts';
import type { Db, DbHandle } from './connection.ts';

export type BackupKind = 'pglite' | 'postgres';

/** What a file holds, from its first bytes: gzip (PGlite's tarball) or pg_dump's "PGDMP". */
export function backupKindOf(bytes: Uint8Array): BackupKind | null {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return 'pglite';
  if (Buffer.from(bytes.subarray(0, 5)).toString('latin1') === 'PGDMP') return 'postgres';
  return null;
}

function run(cmd: string, args: string[], stdout?: (chunk: Buffer) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { stdio: ['ignore', stdout ? 'pipe' : 'ignore', 'pipe'] });
    let err = '';
    p.stderr!.on('data', (c: Buffer) => (err += c.toString()));
    if (stdout) p.stdout!.on('data', stdout);
    p.on('error', (e) => reject(new AppError('unavailable', { vi: `${cmd}: ${e.message} (cài gói postgresql-client)`, en: `${cmd}: ${e.message} (install postgresql-client)` })));
    p.on('close', (code) => (code === 0 ? resolve() : reject(new AppError('invalid', `${cmd}: ${err.trim().split('\n').at(-1) ?? `exit ${code}`}`))));
  });
}

/** The whole database as bytes, taken from the open handle (a running server can give it). */
export async function takeBackup(handle: DbHandle, databaseUrl: string | null): Promise<{ kind: BackupKind; bytes: Uint8Array }> {
  if (handle.kind === 'pglite') {
    const blob = await handle.dumpDataDir!();
    return { kind: 'pglite', bytes: new Uint8Array(await blob.arrayBuffer()) };
  }
  if (!databaseUrl) throw new AppError('invalid', { vi: 'backup: không có DATABASE_URL cho pg_dump', en: 'backup: no DATABASE_URL for pg_dump' });
  const chunks: Buffer[] = [];
  // A consistent snapshot of a live database: pg_dump runs in one repeatable-read transaction.
  await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', '--dbname', databaseUrl], (c) => chunks.push(c));
  return { kind: 'postgres', bytes: new Uint8Array(Buffer.concat(chunks)) };
}

/** A PGlite folder that already holds a database (PostgreSQL writes PG_VERSION first). */
export function folderHoldsDatabase(dataDir: string): boolean {
  return existsSync(join(dataDir, 'PG_VERSION')) || (existsSync(dataDir) && readdirSync(dataDir).some((f) => f === 'base' || f === 'global'));
}

export async function databaseIsEmpty(db: Db): Promise<boolean> {
  const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'`.execute(db);
  return (r.rows[0]?.n ?? 0) === 0;
}

/** Loads a pg_dump file into an empty PostgreSQL database. */
export async function restorePostgres(databaseUrl: string, file: string): Promise<void> {
  await run('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', '--dbname', databaseUrl, file]);
}

export function readBackup(file: string): { kind: BackupKind; bytes: Uint8Array } {
  const bytes = new Uint8Array(readFileSync(file));
  const kind = backupKindOf(bytes);
  if (!kind) throw new AppError('invalid', { vi: `restore: ${file} không phải bản sao lưu Hải Đăng (không phải tệp tar PGlite, cũng không phải tệp pg_dump)`, en: `restore: ${file} is not a Hải Đăng backup (neither a PGlite tarball nor a pg_dump file)` });
  return { kind, bytes };
}

export function writeBackup(file: string, bytes: Uint8Array): void {
  writeFileSync(file, bytes, { mode: 0o600 });
}
