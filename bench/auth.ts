// The API answers only a signed-in user: the benchmark creates accounts at the Thành ủy (a leader,
// who reads everything; a secretariat officer, who records figures) and signs them in through the
// real login route.
import { writeTransaction } from '../src/db/tx.ts';
import type { Db } from '../src/db/connection.ts';
import { createUser } from '../src/db/users.ts';
import type { Role } from '../src/domain/user.ts';

const PASSWORD = 'do-hieu-nang-hai-dang-2025';

/** Creates the account and signs it in; returns the Cookie header to send and the CSRF token for writes. */
export async function signInAs(db: Db, baseUrl: string, unitId: string, role: Role): Promise<{ cookie: string; csrf: string }> {
  const login = `bench.${role}`;
  // A database kept from an earlier run (--reuse) has the account already.
  const exists = await db.selectFrom('users').select('id').where('login', '=', login).executeTakeFirst();
  if (!exists) await writeTransaction(db, (trx) => createUser(trx, { login, name: `Tài khoản đo (${role})`, unitId, roles: [role], password: PASSWORD, mustChangePassword: false }, null));
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login: ${res.status} ${await res.text()}`);
  const pairs = res.headers.getSetCookie().map((c) => c.split(';')[0]!);
  const cookie = pairs.join('; ');
  if (!cookie) throw new Error('login: no session cookie');
  const csrf = pairs.find((p) => p.startsWith('hd_csrf='))?.slice('hd_csrf='.length) ?? '';
  return { cookie, csrf };
}

/** The leader's cookie alone (the list benchmark). */
export const signIn = async (db: Db, baseUrl: string, unitId: string) => (await signInAs(db, baseUrl, unitId, 'leader')).cookie;
