// The API answers only a signed-in user: the benchmark signs in as a leader of the Thành ủy
// (who reads everything), through the real login route, and sends that cookie with every request.
import { writeTransaction } from '../src/db/tx.ts';
import type { Db } from '../src/db/connection.ts';
import { createUser } from '../src/db/users.ts';

const LOGIN = 'bench.lanhdao';
const PASSWORD = 'do-hieu-nang-hai-dang-2025';

/** Creates the account and signs it in; returns the Cookie header to send. */
export async function signIn(db: Db, baseUrl: string, unitId: string): Promise<string> {
  await writeTransaction(db, (trx) => createUser(trx, { login: LOGIN, name: 'Lãnh đạo (benchmark)', unitId, roles: ['leader'], password: PASSWORD, mustChangePassword: false }, null));
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: LOGIN, password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]!).join('; ');
  if (!cookie) throw new Error('login: no session cookie');
  return cookie;
}
