// Delegates' sign-in codes (kept as hashes) and their sessions: a delegate signs in with the code on their card.
import { createHash, randomBytes } from 'node:crypto';
import type { Seat } from '../domain/user.ts';
import type { Db } from './connection.ts';
import type { WriteTx } from './tx.ts';
import { hashSessionId } from './sessions.ts';

export const hashSignInCode = (normalised: string) => createHash('sha256').update(`congress-signin:${normalised}`).digest('hex');

/** A delegate session's cookie value starts with this, so the session check knows which table to ask. */
export const DELEGATE_SESSION_PREFIX = 'd.';
/**
 * A delegate session lasts the congress: long enough for the days of a congress on one phone (a code
 * signs in once), not beyond. There is no idle limit: a phone sleeps through the lunch break.
 */
export const DELEGATE_SESSION_HOURS = 96;

/** New codes for these delegates: the old code and every session opened with it end. */
export async function replaceSignInCodes(trx: WriteTx, codes: readonly { delegateId: string; codeHash: string }[], actor: string | null): Promise<void> {
  if (codes.length === 0) return;
  const ids = codes.map((c) => c.delegateId);
  for (let i = 0; i < codes.length; i += 1000) {
    await trx
      .insertInto('congress_signin_codes')
      .values(codes.slice(i, i + 1000).map((c) => ({ delegate_id: c.delegateId, code_hash: c.codeHash, issued_at: new Date(), issued_by: actor, used_at: null })))
      .onConflict((oc) => oc.column('delegate_id').doUpdateSet((eb) => ({ code_hash: eb.ref('excluded.code_hash'), issued_at: eb.ref('excluded.issued_at'), issued_by: eb.ref('excluded.issued_by'), used_at: null })))
      .execute();
  }
  for (let i = 0; i < ids.length; i += 1000) await trx.deleteFrom('delegate_sessions').where('delegate_id', 'in', ids.slice(i, i + 1000)).execute();
}

/**
 * Spends the code: true only for the one sign-in that finds it unused and unchanged. Two phones
 * trying the same code at once cannot both get in (the update takes the row; the second sees it used).
 */
export async function spendSignInCode(trx: WriteTx, delegateId: string, codeHash: string): Promise<boolean> {
  const r = await trx
    .updateTable('congress_signin_codes')
    .set({ used_at: new Date() })
    .where('delegate_id', '=', delegateId)
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .returning('delegate_id')
    .executeTakeFirst();
  return r !== undefined;
}

export async function createDelegateSession(trx: WriteTx, delegateId: string, meta: { ip: string | null; userAgent: string | null }) {
  const id = DELEGATE_SESSION_PREFIX + randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const now = new Date();
  await trx
    .insertInto('delegate_sessions')
    .values({ id_hash: hashSessionId(id), delegate_id: delegateId, csrf_token: csrfToken, created_at: now, expires_at: new Date(now.getTime() + DELEGATE_SESSION_HOURS * 3_600_000), ip: meta.ip, user_agent: meta.userAgent?.slice(0, 300) ?? null })
    .execute();
  return { id, csrfToken };
}

export interface DelegateSession { idHash: string; seat: Seat; name: string; csrfToken: string }

/** The seat behind a cookie; null when unknown, past its end, or the delegate was replaced (thẩm tra tư cách). */
export async function resumeDelegateSession(db: Db, id: string, now = new Date()): Promise<DelegateSession | null> {
  const idHash = hashSessionId(id);
  const s = await db
    .selectFrom('delegate_sessions as s')
    .innerJoin('congress_delegates as d', 'd.id', 's.delegate_id')
    .innerJoin('congresses as c', 'c.id', 'd.congress_id')
    .select(['s.csrf_token', 's.expires_at', 'd.id as delegate_id', 'd.code as delegate_code', 'd.name', 'd.status', 'c.id as congress_id', 'c.code as congress_code'])
    .where('s.id_hash', '=', idHash)
    .executeTakeFirst();
  if (!s) return null;
  if (now > new Date(s.expires_at) || s.status === 'replaced') {
    await db.deleteFrom('delegate_sessions').where('id_hash', '=', idHash).execute();
    return null;
  }
  return { idHash, name: s.name, csrfToken: s.csrf_token, seat: { congressId: s.congress_id, congressCode: s.congress_code, delegateId: s.delegate_id, delegateCode: s.delegate_code } };
}

export async function endDelegateSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom('delegate_sessions').where('id_hash', '=', hashSessionId(id)).execute();
}

/** The delegate a sign-in names, by the congress's and the delegate's codes (any case). */
export async function findDelegateForSignIn(db: Db, congressCode: string, delegateCode: string) {
  return db
    .selectFrom('congress_delegates as d')
    .innerJoin('congresses as c', 'c.id', 'd.congress_id')
    .select(['d.id', 'd.code', 'd.name', 'd.status', 'c.id as congress_id', 'c.code as congress_code'])
    .where((eb) => eb(eb.fn('lower', ['c.code']), '=', congressCode.toLowerCase()))
    .where((eb) => eb(eb.fn('lower', ['d.code']), '=', delegateCode.toLowerCase()))
    .executeTakeFirst();
}

/** The congress's delegates in roster order, as the cards and the code sheet list them. */
export async function rosterSeats(db: Db, congressId: string) {
  return db.selectFrom('congress_delegates').select(['id', 'code', 'name', 'unit', 'status']).where('congress_id', '=', congressId).orderBy('position').execute();
}

/** Whether this is the delegate's code, already used to sign in. */
export async function isSpentSignInCode(db: Db, delegateId: string, codeHash: string): Promise<boolean> {
  const r = await db.selectFrom('congress_signin_codes').select('delegate_id').where('delegate_id', '=', delegateId).where('code_hash', '=', codeHash).where('used_at', 'is not', null).executeTakeFirst();
  return r !== undefined;
}

/** Ends every delegate session past its end; run with the users' session purge (serve.ts). */
export async function purgeExpiredDelegateSessions(db: Db, now = new Date()): Promise<number> {
  const r = await db.deleteFrom('delegate_sessions').where('expires_at', '<', now).executeTakeFirst();
  return Number(r.numDeletedRows);
}
