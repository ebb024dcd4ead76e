// Opens the configured database and brings its schema up to date: the first step of every command.
import { loadConfig, type Config } from '../config.ts';
import { openDb, type DbHandle } from '../db/connection.ts';
import { migrate } from '../db/migrate.ts';

export async function openMigrated(config: Config = loadConfig()): Promise<DbHandle> {
  const handle = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrate(handle.db);
  return handle;
}
