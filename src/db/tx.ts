// Runs work in a transaction, or inside the caller's when there is one, so that single writes and
// batches (an intake that registers many items at once) share the same storage functions.
import type { Db } from './connection.ts';

export function tx<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}
