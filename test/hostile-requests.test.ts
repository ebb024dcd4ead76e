// Guesses, stray bytes and deployment: parallel sign-ins stay within the throttle; a busy address does
// not shut out others; password changes are throttled; NUL and lone surrogates answer 400; signed-in
// answers are not cached; HSTS and Secure cookies follow HTTPS, behind a trusted proxy too; sessions purged.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TEST_PASSWORD, type TestServer } from './support/server.ts';
import { purgeExpiredSessions } from '../src/db/sessions.ts';

const RULE = { slowAfter: 3, refuseAfter: 10, refuseLoginAfter: 1000, refuseIpAfter: 20, refuseIpHardAfter: 10_000, windowMinutes: 15, stepMs: 1, maxDelayMs: 5 };
let s: TestServer;

beforeAll(async () => {
  s = await startTestServer({ context: { throttle: RULE, trustProxy: true } });
  for (const login of ['muc-tieu', 'dong-nghiep', 'truong-phong', 'doi-mat-khau']) await s.userClient(login, ['viewer'], null);
});
afterAll(async () => s?.close());

const signIn = (login: string, password: string, from: string, headers: Record<string, string> = {}) =>
  fetch(`${s.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': from, ...headers }, body: JSON.stringify({ login, password }) });

const count = async (table: string) => Number((await sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(s.handle.db)).rows[0]!.n);

describe('sign-in throttling', () => {
  it('60 parallel tries at one login check no more passwords than the rule allows; the right one (#45) gets in only among them', async () => {
    const statuses = await Promise.all(Array.from({ length: 60 }, (_, i) => signIn('muc-tieu', i === 44 ? TEST_PASSWORD : `sai-${i}`, '10.0.1.1').then((r) => r.status)));
    const checked = statuses.filter((x) => x === 200 || x === 401).length;
    expect(statuses.filter((x) => x !== 200 && x !== 401 && x !== 429)).toEqual([]);
    expect(checked).toBeLessThanOrEqual(RULE.refuseAfter);
    // Let in only if its turn came before the tenth failure.
    if (statuses[44] === 200) expect(statuses.filter((x) => x === 401).length).toBeLessThan(RULE.refuseAfter);
  });

  it('a busy address (an office behind one NAT) is refused only for the logins it failed on', async () => {
    for (let i = 0; i < RULE.refuseIpAfter + 5; i++) expect((await signIn(`khong-co-${i}`, 'sai', '10.0.2.1')).status).toBe(401);
    expect((await signIn('khong-co-1', 'sai', '10.0.2.1')).status).toBe(429);
    expect((await signIn('dong-nghiep', TEST_PASSWORD, '10.0.2.1')).status).toBe(200);
  });

  it('ten failures at a login from one address refuse that address for it, not the login\'s owner elsewhere', async () => {
    for (let i = 0; i < RULE.refuseAfter; i++) expect((await signIn('truong-phong', `sai-${i}`, '10.0.3.1')).status).toBe(401);
    expect((await signIn('truong-phong', TEST_PASSWORD, '10.0.3.1')).status).toBe(429);
    expect((await signIn('truong-phong', TEST_PASSWORD, '10.0.3.2')).status).toBe(200);
  });

  it('throttles the current password of a password change like a sign-in (a stolen session is no oracle)', async () => {
    const me = await s.login('doi-mat-khau', TEST_PASSWORD);
    const statuses: number[] = [];
    for (let i = 0; i < RULE.refuseAfter + 2; i++) statuses.push((await me.api('POST', '/api/auth/password', { current: `sai-${i}`, next: 'mat-khau-moi-rat-dai-1' })).status);
    expect(statuses.slice(0, RULE.refuseAfter)).toEqual(Array(RULE.refuseAfter).fill(400));
    expect(statuses.slice(RULE.refuseAfter)).toEqual([429, 429]);
    const right = await me.api('POST', '/api/auth/password', { current: TEST_PASSWORD, next: 'mat-khau-moi-rat-dai-1' });
    expect(right.status).toBe(429);
  });
});

describe('stray bytes', () => {
  const refused = async (method: string, path: string, body?: string) => {
    const before = [await count('units'), await count('audit_log')];
    const r = await s.api(method, path, body, body === undefined ? {} : { 'content-type': 'application/json' });
    expect(r.status, `${method} ${path} ${body ?? ''}: ${JSON.stringify(r.body)}`).toBe(400);
    expect(r.body.error.code).toBe('invalid');
    expect([await count('units'), await count('audit_log')]).toEqual(before);
  };

  it('NUL in a JSON string, a key, a query or a path answers 400 and writes nothing', async () => {
    await refused('POST', '/api/units', JSON.stringify({ code: 'X1', name: 'Sở\u0000Tài chính', kind: 'so_nganh' }));
    await refused('POST', '/api/units', JSON.stringify({ code: 'X1', name: 'Sở', kind: 'so_nganh', ['k\u0000']: 1 }));
    await refused('GET', '/api/tasks?q=%00');
    await refused('GET', '/api/tasks/%00');
  });

  it('a lone surrogate (escaped in JSON) answers 400', async () => {
    await refused('POST', '/api/units', '{"code":"X2","name":"S\\ud800","kind":"so_nganh"}');
    await refused('POST', '/api/units', '{"code":"X2","name":"S\\udc00x","kind":"so_nganh"}');
  });

  it('a well-formed pair of surrogates (an emoji) is text and passes the gate', async () => {
    const r = await s.api('POST', '/api/units', { code: 'X3', name: 'Sở 🌊', kind: 'so_nganh' });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
  });

  it('a period far outside the calendar answers 400, not 500', async () => {
    expect((await s.api('GET', '/api/reports/review?period=9999-Q4')).status).toBe(400);
  });
});

describe('deployment', () => {
  it('signed-in API answers carry Cache-Control: no-store', async () => {
    const r = await s.api('GET', '/api/units');
    expect(r.headers.get('cache-control')).toBe('no-store');
    const err = await s.api('GET', '/api/tasks/nope');
    expect(err.headers.get('cache-control')).toBe('no-store');
  });

  it('sends HSTS only over HTTPS, and a Secure cookie behind a trusted TLS proxy', async () => {
    expect((await fetch(`${s.url}/api/health`)).headers.get('strict-transport-security')).toBeNull();
    expect((await fetch(`${s.url}/api/health`, { headers: { 'x-forwarded-proto': 'https' } })).headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    const plain = await signIn('dong-nghiep', TEST_PASSWORD, '10.0.4.1');
    expect(plain.headers.getSetCookie().join('\n')).not.toMatch(/;\s*secure/i);
    const tls = await signIn('dong-nghiep', TEST_PASSWORD, '10.0.4.1', { 'x-forwarded-proto': 'https' });
    expect(tls.status).toBe(200);
    for (const c of tls.headers.getSetCookie()) expect(c).toMatch(/;\s*secure/i);
  });

  it('without TRUST_PROXY the forwarded headers are not believed', async () => {
    const direct = await startTestServer({ context: { throttle: RULE } });
    try {
      expect((await fetch(`${direct.url}/api/health`, { headers: { 'x-forwarded-proto': 'https' } })).headers.get('strict-transport-security')).toBeNull();
    } finally {
      await direct.close();
    }
  });

  it('purges sessions past their expiry', async () => {
    await s.login('dong-nghiep', TEST_PASSWORD);
    const before = await count('sessions');
    await s.handle.db.updateTable('sessions').set({ expires_at: new Date(Date.now() - 60_000) }).where('user_id', 'in', s.handle.db.selectFrom('users').select('id').where('login', '=', 'dong-nghiep')).execute();
    const purged = await purgeExpiredSessions(s.handle.db, { idleMinutes: 120, maxHours: 24 });
    expect(purged).toBeGreaterThan(0);
    expect(await count('sessions')).toBe(before - purged);
    expect((await s.api('GET', '/api/auth/me')).status).toBe(200);
  });
});
