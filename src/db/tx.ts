// The one way to open a writing transaction. Write functions of src/db take a `WriteTx`, which only
// `writeTransaction` makes, and only src/commands calls it (test/layers.test.ts): so every write in
// the code base runs inside a command's transaction, where it was authorised and is audited.
import type { Db } from './connection.ts';
import { forgetKept } from './kept.ts';
import { deferAudit, flushAudit } from './audit.ts';

declare const WRITE: unique symbol;
/** A transaction opened by a command; repositories' write functions require one. */
export type WriteTx = Db & { readonly [WRITE]: true };

/** PostgreSQL's "try again" answers: a serialisation failure or a deadlock broke the transaction, not the input. */
const RETRYABLE = new Set(['40001', '40P01']);
const ATTEMPTS = 4;

const sqlState = (e: unknown) => (e && typeof e === 'object' && 'code' in e ? (e as { code: unknown }).code : null);

/**
 * Runs `work` in one transaction and commits, or rolls back on any error. A deadlock or a
 * serialisation failure (possible on a PostgreSQL server under parallel clients, never on PGlite's
 * single connection) runs the whole work again, a few times, after a short random pause.
 */
export async function writeTransaction<T>(db: Db, work: (trx: WriteTx) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db as WriteTx);
  // What this process kept of the database (kept.ts: the data version, sessions) is forgotten once
  // the transaction ends, before its caller answers: the next request reads the database again.
  try {
    return await attempts(db, work);
  } finally {
    forgetKept();
  }
}

async function attempts<T>(db: Db, work: (trx: WriteTx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(async (trx) => {
        deferAudit(trx);
        const out = await work(trx as unknown as WriteTx);
        await flushAudit(trx);
        return out;
      });
    } catch (e) {
      if (attempt >= ATTEMPTS || !RETRYABLE.has(sqlState(e) as string)) throw e;
      await new Promise((r) => setTimeout(r, 5 + Math.random() * 20 * attempt));
    }
  }
}
