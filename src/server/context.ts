// What every route handler can reach: the database and the settings of this server.
import type { Db } from '../db/connection.ts';

export interface ServerContext {
  db: Db;
  /** Days before a deadline when a task counts as sắp đến hạn. */
  dueSoonDays: number;
}

export type AppEnv = { Variables: { ctx: ServerContext } };
