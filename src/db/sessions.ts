// Sessions in the database: the cookie carries a random id, the table only its hash.
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from './connection.ts';
import type { WriteTx } from './tx.ts';

export interface SessionPolicy {
  /** Minutes without a request after which a session ends. */
  idleMinutes: number;
  /** Hours after sign-in after which a session ends whatever happens. */
  maxHours: number;
}

export const hashSessionId = (id: string) => createHash('sha256').update(id).digest('hex');

export async function createSession(db: WriteTx, userId: string, policy: SessionPolicy, meta: { ip: string | null; userAgent: string | null }) {
  const id = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const now = new Date();
  await db
    .insertInto('sessions')
    .values({
      id_hash: hashSessionId(id),
      user_id: userId,
      csrf_token: csrfToken,
      created_at: now,
      last_seen_at: now,
      expires_at: new Date(now.getTime() + policy.maxHours * 3_600_000),
      ip: meta.ip,
      user_agent: meta.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return { id, csrfToken };
}

/**
 * The live session for a cookie value, touched (bookkeeping of the session itself, not a change a
 * person makes, so it is neither a command nor audited); null when unknown, idle too long or past its end. */
export async function resumeSession(db: Db, id: string, policy: SessionPolicy, now = new Date()) {
  const idHash = hashSessionId(id);
  const s = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['sessions.id_hash', 'sessions.user_id', 'sessions.csrf_token', 'sessions.last_seen_at', 'sessions.expires_at', 'users.disabled'])
    .where('sessions.id_hash', '=', idHash)
    .executeTakeFirst();
  if (!s) return null;
  const idleUntil = new Date(new Date(s.last_seen_at).getTime() + policy.idleMinutes * 60_000);
  if (s.disabled || now > new Date(s.expires_at) || now > idleUntil) {
    await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
    return null;
  }
  // Touch at most once a minute: reads should not each cost a write.
  if (now.getTime() - new Date(s.last_seen_at).getTime() > 60_000) {
    await db.updateTable('sessions').set({ last_seen_at: now }).where('id_hash', '=', idHash).execute();
  }
  return { idHash, userId: s.user_id, csrfToken: s.csrf_token };
}

/** Ends every session past its absolute or idle expiry; returns how many. Run on a schedule by the server. */
export async function purgeExpiredSessions(db: Db, policy: SessionPolicy, now = new Date()): Promise<number> {
  const idleBefore = new Date(now.getTime() - policy.idleMinutes * 60_000);
  const r = await db.deleteFrom('sessions').where((eb) => eb.or([eb('expires_at', '<', now), eb('last_seen_at', '<', idleBefore)])).executeTakeFirst();
  return Number(r.numDeletedRows);
}

export async function endSession(db: Db, id: string) {
  await db.deleteFrom('sessions').where('id_hash', '=', hashSessionId(id)).execute();
}
