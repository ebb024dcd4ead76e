// Login attempts, counted per login and per address over a sliding window, for throttling.
import { sql } from 'kysely';
import type { Db } from './connection.ts';
import type { WriteTx } from './tx.ts';

export async function recordAttempt(db: WriteTx, login: string, ip: string, success: boolean) {
  await db.insertInto('login_attempts').values({ login: login.trim().toLowerCase().slice(0, 200), ip, success, at: new Date() }).execute();
  // Old attempts say nothing any more; keep the table small.
  await db.deleteFrom('login_attempts').where('at', '<', sql<Date>`now() - interval '1 day'`).execute();
}

/** Sign-ins to one login take turns until their transaction ends: parallel guesses are counted one by one. */
export async function lockLogin(trx: WriteTx, login: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${'login:' + login.trim().toLowerCase()}))`.execute(trx);
}

/** Failures since the last success for this login (from anywhere, and from this address), and failures from this address, within the window. */
export async function recentFailures(db: Db, login: string, ip: string, windowMinutes: number) {
  const since = new Date(Date.now() - windowMinutes * 60_000);
  const l = login.trim().toLowerCase();
  const lastOk = await db
    .selectFrom('login_attempts')
    .select((eb) => eb.fn.max('at').as('at'))
    .where('login', '=', l)
    .where('success', '=', true)
    .executeTakeFirst();
  const from = lastOk?.at && new Date(lastOk.at) > since ? new Date(lastOk.at) : since;
  const byLogin = await db
    .selectFrom('login_attempts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('login', '=', l)
    .where('success', '=', false)
    .where('at', '>', from)
    .executeTakeFirstOrThrow();
  const byLoginIp = await db
    .selectFrom('login_attempts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('login', '=', l)
    .where('ip', '=', ip)
    .where('success', '=', false)
    .where('at', '>', from)
    .executeTakeFirstOrThrow();
  const byIp = await db
    .selectFrom('login_attempts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('ip', '=', ip)
    .where('success', '=', false)
    .where('at', '>', since)
    .executeTakeFirstOrThrow();
  return { byLogin: Number(byLogin.n), byLoginIp: Number(byLoginIp.n), byIp: Number(byIp.n) };
}
