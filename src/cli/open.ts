// Opens the configured database and brings its schema up to date: the first step of every command.
import { loadConfig, type Config } from '../config.ts';
import { openDb, type DbHandle } from '../db/connection.ts';
import { migrate } from '../db/migrate.ts';

/** `command` (e.g. `haidang serve`) names this process in the data folder's lock file. */
export async function openMigrated(config: Config = loadConfig(), command?: string): Promise<DbHandle & { applied: string[] }> {
  const handle = await openDb({ databaseUrl: config.databaseUrl, replicaUrl: config.replicaUrl, dataDir: config.dataDir, command });
  let applied: string[];
  try {
    applied = await migrate(handle.db);
  } catch (e) {
    // Close, so the data folder's lock is released before the error ends the command.
    await handle.close().catch(() => {});
    throw e;
  }
  return { ...handle, applied };
}
