// Opens the database: embedded PGlite in a folder by default, a PostgreSQL server when a URL is given.
// Both go through node-postgres and Kysely's PostgresDialect, so the rest of the code sees one `Db`.
import { accessSync, constants, mkdirSync, statfsSync } from 'node:fs';
import { AppError } from '../domain/errors.ts';
import { Kysely, PostgresDialect, type LogEvent } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';
import { lockFolder } from './folder-lock.ts';
import { loadAuditKey } from './audit-key.ts';
import { useAuditKey } from './audit.ts';
import { emptyClusterCopy, holdsNoDatabase } from './pglite-template.ts';

/** The audit key of this database (see audit-key.ts); a database in memory keeps the process's random one. */
function takeAuditKey(dir: string | null): void {
  if (dir === null && !process.env.AUDIT_KEY) return;
  useAuditKey(loadAuditKey(dir));
}

export type Db = Kysely<Database>;

export interface DbHandle {
  db: Db;
  /**
   * Where reads that tolerate seconds of lag may go (DATABASE_REPLICA_URL: a streaming replica of a
   * PostgreSQL server); absent without one. Never written to: a hot standby refuses writes anyway.
   */
  readDb?: Db;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
  /** PGlite only: the whole data folder as a gzipped tarball (PGlite's own dump), taken while open. */
  dumpDataDir?(): Promise<Blob>;
}

// Calendar dates stay strings: a JS Date would shift them by the process's time zone.
pg.types.setTypeParser(1082, (v: string) => v);
// numeric and bigint come back as numbers: values here stay far below 2^53 in magnitude
// (2,4 triệu tỷ đồng is 2.4e15), and the domain computes with numbers.
pg.types.setTypeParser(1700, (v: string) => Number(v));
pg.types.setTypeParser(20, (v: string) => Number(v));

export interface OpenOptions {
  databaseUrl?: string | null;
  /** A streaming replica of databaseUrl's server, for reads that tolerate lag (see DbHandle.readDb). */
  replicaUrl?: string | null;
  /** Told every statement sent, with its parameters (the benchmark replays what a request sends). */
  onQuery?: (sql: string, parameters: readonly unknown[]) => void;
  /** Folder for PGlite, or `memory://` for a throw-away database. */
  dataDir?: string;
  /** Who opens a PGlite folder (`haidang serve`), written in its lock file for the message another process shows. */
  command?: string;
  /** PGlite only: start the folder from this dump (`haidang restore`); the folder must hold no database. */
  loadDataDir?: Blob;
}

export async function openDb(opts: OpenOptions): Promise<DbHandle> {
  if (opts.databaseUrl) {
    takeAuditKey(opts.dataDir ?? null);
    const onQuery = opts.onQuery;
    const log = onQuery ? (e: LogEvent) => void (e.level === 'query' && onQuery(e.query.sql, e.query.parameters)) : undefined;
    const db = serverDb(opts.databaseUrl, 'haidang', log);
    if (!opts.replicaUrl) return { db, kind: 'postgres', close: () => db.destroy() };
    const readDb = serverDb(opts.replicaUrl, 'haidang-read', log);
    return { db, readDb, kind: 'postgres', close: async () => void (await Promise.all([db.destroy(), readDb.destroy()])) };
  }
  if (opts.replicaUrl) throw new AppError('invalid', { vi: 'DATABASE_REPLICA_URL: chỉ dùng cùng DATABASE_URL (máy chủ PostgreSQL có bản sao)', en: 'DATABASE_REPLICA_URL: only with DATABASE_URL (a PostgreSQL server with a streaming replica)' });
  const { PGlite } = await import('@electric-sql/pglite');
  const { createPgConfig } = await import('@electric-sql/pglite/node-postgres');
  const dataDir = opts.dataDir ?? 'memory://';
  // PGlite is single-user PostgreSQL: a second process on the same folder would corrupt it, so
  // the folder is taken before PGlite reads a byte of it. A server database needs no such lock.
  let lock: { release(): void } = { release: () => {} };
  if (!dataDir.startsWith('memory://')) {
    try {
      mkdirSync(dataDir, { recursive: true });
      lock = lockFolder(dataDir, opts.command);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOSPC') throw folderProblem(dataDir) ?? e;
      throw e;
    }
  }
  try {
    takeAuditKey(dataDir.startsWith('memory://') ? null : dataDir);
  } catch (e) {
    lock.release();
    throw e;
  }
  let pglite: Awaited<ReturnType<typeof PGlite.create>>;
  try {
    // A new folder starts from the copy of an empty cluster made at install (pglite-template.ts), when there is one.
    const loadDataDir = opts.loadDataDir ?? (!dataDir.startsWith('memory://') && holdsNoDatabase(dataDir) ? emptyClusterCopy() : undefined);
    pglite = await PGlite.create(dataDir, loadDataDir ? { loadDataDir } : {});
  } catch (e) {
    lock.release();
    // PGlite says only that it "failed to initialize": say why, when the folder can tell.
    throw folderProblem(dataDir) ?? e;
  }
  const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1 } as pg.PoolConfig);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'pglite',
    dumpDataDir: () => pglite.dumpDataDir('gzip'),
    close: async () => {
      try {
        await db.destroy();
        await pglite.close();
      } finally {
        lock.release();
      }
    },
  };
}

/** A pool on a PostgreSQL server, named in its pg_stat_activity (application_name). */
function serverDb(url: string, applicationName: string, log: ((e: LogEvent) => void) | undefined): Db {
  const pool = new pg.Pool({ connectionString: url, max: 10, application_name: applicationName });
  // An idle connection killed by the server (restart, admin) must not crash the process;
  // the pool opens a new one on the next query.
  pool.on('error', (e) => console.error(`database: idle connection lost: ${e.message}`));
  // A connection killed while in use (pg_terminate_backend, a fast restart of the server) fails
  // the query it was running, which answers that one request; without a listener the client's
  // 'error' event would end the whole process.
  pool.on('connect', (client) => client.on('error', (e) => console.error(`database: connection lost while in use: ${e.message}`)));
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }), ...(log ? { log } : {}) });
}

/** Why a data folder cannot hold a database (no write permission, a full disk), or null. */
function folderProblem(dataDir: string): AppError | null {
  try {
    accessSync(dataDir, constants.W_OK | constants.X_OK);
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code;
    return new AppError('unavailable', { vi: `không ghi được vào thư mục dữ liệu ${dataDir} (${why}); kiểm tra quyền ghi`, en: `the data folder ${dataDir} is not writable (${why}); check its permissions` });
  }
  const fs = statfsSync(dataDir);
  if (fs.bavail * fs.bsize < 64 * 1024 * 1024) {
    const left = Math.round((fs.bavail * fs.bsize) / 1048576);
    return new AppError('no_space', { vi: `thư mục dữ liệu ${dataDir}: ổ đĩa gần hết dung lượng (còn ${left} MB)`, en: `the data folder ${dataDir}: the disk is almost full (${left} MB left)` });
  }
  return null;
}
