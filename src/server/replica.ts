// Who reads where when a streaming replica is configured (DATABASE_REPLICA_URL): reads that tolerate
// seconds of lag (the summary, the task list) go to the replica, except for a session that wrote
// lately, which reads from the primary so that it sees its own write (read-your-writes). Writes, the
// session check and everything else always go to the primary (ctx.db).
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv, ServerContext } from './context.ts';
import type { Db } from '../db/connection.ts';

/**
 * After a session's write, its reads go to the primary this long. A replica that lags more than this
 * (pg_stat_replication.replay_lag; see docs/operations.md) would show a writer the data before its write.
 */
export const READ_OWN_WRITES_MS = 10_000;
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The last write per session hash, per server (one Map per context: tests run several servers). */
const writers = new WeakMap<ServerContext, Map<string, number>>();

function lastWrites(ctx: ServerContext): Map<string, number> {
  let m = writers.get(ctx);
  if (!m) writers.set(ctx, (m = new Map()));
  return m;
}

/** Notes the sessions that write (any state-changing request, from its start to its end); after sessions(). */
export function noteWriters(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const hash = c.var.sessionHash;
    if (!c.var.ctx.readDb || SAFE.has(c.req.method) || !hash) return next();
    const m = lastWrites(c.var.ctx);
    m.set(hash, Date.now());
    try {
      await next();
    } finally {
      m.delete(hash);
      m.set(hash, Date.now());
      // Forget sessions whose window has passed (the oldest first: the map keeps insertion order).
      const before = Date.now() - READ_OWN_WRITES_MS;
      for (const [h, at] of m) {
        if (at >= before) break;
        m.delete(h);
      }
    }
  };
}

/** The database a read that tolerates lag goes to, for this request. */
export function readDb(c: Context<AppEnv>): Db {
  const { db, readDb: replica } = c.var.ctx;
  if (!replica) return db;
  const hash = c.var.sessionHash;
  const wrote = hash ? lastWrites(c.var.ctx).get(hash) : undefined;
  return wrote !== undefined && Date.now() - wrote < READ_OWN_WRITES_MS ? db : replica;
}
