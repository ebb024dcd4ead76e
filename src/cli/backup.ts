// `haidang backup FILE` and `haidang restore FILE`: everything in the database, for PGlite and for a
// PostgreSQL server. A running server on a PGlite folder gives its backup through the API instead.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config.ts';
import { LOCK_FILE } from '../db/folder-lock.ts';
import { openDb } from '../db/connection.ts';
import { migrate } from '../db/migrate.ts';
import { copyDatabase } from '../db/copy.ts';
import { databaseIsEmpty, folderHoldsDatabase, readBackup, restorePostgres, takeBackup, writeBackup } from '../db/backup.ts';
import { AppError } from '../domain/errors.ts';
import { openMigrated } from './open.ts';
import { say } from './language.js';

export async function backupCommand(config: Config, args: string[], invokedAs: string): Promise<number> {
  const file = args[0];
  if (!file) throw new AppError('invalid', 'usage: haidang backup FILE');
  const handle = await openMigrated(config, invokedAs);
  try {
    const { kind, bytes } = await takeBackup(handle, config.databaseUrl);
    writeBackup(file, bytes);
    const what = `${kind === 'pglite' ? 'PGlite' : 'PostgreSQL'}, ${bytes.byteLength}`;
    console.log(say({ vi: `Đã sao lưu (${what} byte) vào ${file}`, en: `Backup (${what} bytes) written to ${file}` }));
    return 0;
  } finally {
    await handle.close();
  }
}

export async function restoreCommand(config: Config, args: string[], invokedAs: string): Promise<number> {
  const file = args[0];
  if (!file) throw new AppError('invalid', 'usage: haidang restore FILE');
  const { kind, bytes } = readBackup(file);
  if (config.databaseUrl) {
    if (kind !== 'postgres') {
      throw new AppError('invalid', {
        vi: 'restore: đây là bản sao lưu PGlite; khôi phục nó với DATA_DIR (không đặt DATABASE_URL), rồi chuyển sang PostgreSQL bằng `haidang copy-to`',
        en: 'restore: this is a PGlite backup; restore it with DATA_DIR (no DATABASE_URL), then move it with `haidang copy-to`',
      });
    }
    const probe = await openDb({ databaseUrl: config.databaseUrl });
    try {
      if (!(await databaseIsEmpty(probe.db))) {
        throw new AppError('conflict', { vi: 'restore: cơ sở dữ liệu đích không trống; hãy khôi phục vào một cơ sở dữ liệu mới', en: 'restore: the target database is not empty; restore into a new database' });
      }
    } finally {
      await probe.close();
    }
    await restorePostgres(config.databaseUrl, file);
  } else {
    if (kind !== 'pglite') {
      throw new AppError('invalid', {
        vi: 'restore: đây là bản sao lưu PostgreSQL (pg_dump); đặt DATABASE_URL trỏ tới một cơ sở dữ liệu trống để khôi phục',
        en: 'restore: this is a PostgreSQL (pg_dump) backup; set DATABASE_URL to an empty database to restore it',
      });
    }
    if (folderHoldsDatabase(config.dataDir)) {
      throw new AppError('conflict', {
        vi: `restore: thư mục ${config.dataDir} đã có cơ sở dữ liệu; hãy khôi phục vào một DATA_DIR trống`,
        en: `restore: the data folder ${config.dataDir} already holds a database; restore into an empty DATA_DIR`,
      });
    }
    const h = await openDb({ dataDir: config.dataDir, command: invokedAs, loadDataDir: new Blob([bytes]) });
    await h.close();
    // The tarball holds the folder as it was, the backing-up process's lock file among its files:
    // this folder is new and ours, so that copy goes (else it would name a live server's pid).
    rmSync(join(config.dataDir, LOCK_FILE), { force: true });
  }
  // A backup of an older version is brought up to this version's schema.
  const h = await openMigrated(config, invokedAs);
  await h.close();
  console.log(say({ vi: `Đã khôi phục từ ${file}`, en: `Restored from ${file}` }));
  return 0;
}

/** `haidang copy-to URL`: the configured database (PGlite, as a rule) copied whole into a PostgreSQL server's. */
export async function copyToCommand(config: Config, args: string[], invokedAs: string): Promise<number> {
  const url = args[0];
  if (!url || !/^postgres(ql)?:\/\//.test(url)) throw new AppError('invalid', 'usage: haidang copy-to postgres://USER@HOST:PORT/DATABASE');
  const source = await openMigrated(config, invokedAs);
  try {
    const target = await openDb({ databaseUrl: url });
    try {
      await migrate(target.db);
      const counts = await copyDatabase(source.db, target.db);
      const rows = Object.values(counts).reduce((a, b) => a + b, 0);
      const tables = Object.keys(counts).length;
      const host = new URL(url).host;
      console.log(say({
        vi: `Đã chép ${rows} dòng của ${tables} bảng sang ${host}; từ nay khởi động với DATABASE_URL trỏ tới đó`,
        en: `Copied ${rows} rows of ${tables} tables to ${host}; now start with DATABASE_URL set to it`,
      }));
      return 0;
    } finally {
      await target.close();
    }
  } finally {
    await source.close();
  }
}
