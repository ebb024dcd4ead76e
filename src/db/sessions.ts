// Sessions in the database: the cookie carries a random id, the table only its hash.
import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from './connection.ts';
import { toUser, type UserRow } from './users.ts';
import { UNIT_DATA_KINDS, subtreeKept } from './units.ts';
import type { WriteTx } from './tx.ts';
import { forgetKept, keepSession, keepVersion, keptGeneration, keptSession, keptVersion } from './kept.ts';
import { dataVersion } from './audit.ts';

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
 * The live session for a cookie value, with its user and the units the user acts in (their unit's
 * subtree, kept while the units are unchanged: a leader at the top of a national tree would otherwise
 * read 80,000 ids at every request), in one statement: every request pays for it. It also reads the data version (dataVersion in
 * audit.ts, one index probe) so that a kept answer is checked without a second round trip. The session is touched (bookkeeping of the
 * session itself, not a change a person makes, so it is neither a command nor audited) at most once a
 * minute, and deleted when its user is disabled, idle too long or past its end; null then, or when unknown.
 */
export async function resumeSession(db: Db, id: string, policy: SessionPolicy, now = new Date()) {
  const idHash = hashSessionId(id);
  // Kept a second or two (kept.ts): every write of this process, a sign-out first, forgets it at once.
  const kept = keptLiveSession(db, idHash, now.getTime());
  if (kept) {
    const version = keptVersion(db, now.getTime()) ?? (await probeVersion(db));
    return { ...kept, dataVersion: version };
  }
  const readFrom = keptGeneration();
  const idleFrom = new Date(now.getTime() - policy.idleMinutes * 60_000);
  const touchBefore = new Date(now.getTime() - 60_000);
  const r = await sql<UserRow & { csrf_token: string; live: boolean; expires_at: Date | string; data_version: string | null; units_version: string }>`
    WITH found AS (
      SELECT s.id_hash, s.csrf_token, u.id, u.login, u.name, u.unit_id, u.roles, u.must_change_password, u.disabled,
             (NOT u.disabled AND s.expires_at >= ${now} AND s.last_seen_at >= ${idleFrom}) AS live, s.last_seen_at, s.expires_at
      FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id_hash = ${idHash}),
    touched AS (
      UPDATE sessions SET last_seen_at = ${now}
      WHERE id_hash = ${idHash} AND EXISTS (SELECT 1 FROM found WHERE live AND last_seen_at < ${touchBefore}) RETURNING 1),
    ended AS (
      DELETE FROM sessions WHERE id_hash = ${idHash} AND EXISTS (SELECT 1 FROM found WHERE NOT live) RETURNING 1)
    SELECT f.*, (SELECT count(*) FROM touched) + (SELECT count(*) FROM ended) AS changed,
      (SELECT max(seq)::text FROM audit_log) AS data_version,
      greatest(${sql.join(UNIT_DATA_KINDS.map((k) => sql`coalesce((SELECT max(seq) FROM audit_log WHERE object_type = ${k}), 0)`))})::text AS units_version
    FROM found f`.execute(db);
  const s = r.rows[0];
  if (!s || !s.live) return null;
  const scope = s.unit_id ? await subtreeKept(db, s.unit_id, s.units_version) : new Set<string>();
  const resumed: Resumed = { idHash, userId: s.id, csrfToken: s.csrf_token, user: toUser(s), scope, expiresAt: new Date(s.expires_at).getTime() };
  const dataVersion = s.data_version ?? '0';
  keepSession(db, idHash, resumed, readFrom, now.getTime());
  keepVersion(db, dataVersion, readFrom, now.getTime());
  return { ...resumed, dataVersion };
}

function keptLiveSession(db: Db, idHash: string, now: number): Resumed | null {
  const kept = keptSession<Resumed>(db, idHash, now);
  return kept && kept.expiresAt >= now ? kept : null;
}

/**
 * resumeSession's answer when memory alone can give it (the session and the data version both kept,
 * kept.ts), else null: no I/O, for the answers given before the framework (server/front.ts).
 */
export function resumeKeptSession(db: Db, id: string, now: number): (Resumed & { dataVersion: string }) | null {
  const kept = keptLiveSession(db, hashSessionId(id), now);
  const version = kept && keptVersion(db, now);
  return kept && version ? { ...kept, dataVersion: version } : null;
}

interface Resumed {
  idHash: string;
  userId: string;
  csrfToken: string;
  user: ReturnType<typeof toUser>;
  scope: ReadonlySet<string>;
  /** The session's absolute end (ms since the epoch): a kept session past it is read again (and ended). */
  expiresAt: number;
}

/** The data version, read when the kept one is older than VERSION_KEEP_MS (at most about once a second). */
async function probeVersion(db: Db): Promise<string> {
  const readFrom = keptGeneration();
  const at = Date.now();
  const v = await dataVersion(db);
  keepVersion(db, v, readFrom, at);
  return v;
}

/** Ends every session past its absolute or idle expiry; returns how many. Run on a schedule by the server. */
export async function purgeExpiredSessions(db: Db, policy: SessionPolicy, now = new Date()): Promise<number> {
  const idleBefore = new Date(now.getTime() - policy.idleMinutes * 60_000);
  const r = await db.deleteFrom('sessions').where((eb) => eb.or([eb('expires_at', '<', now), eb('last_seen_at', '<', idleBefore)])).executeTakeFirst();
  forgetKept();
  return Number(r.numDeletedRows);
}

export async function endSession(db: Db, id: string) {
  await db.deleteFrom('sessions').where('id_hash', '=', hashSessionId(id)).execute();
  // A signed-out session stops at once, whatever this process kept of it.
  forgetKept();
}
