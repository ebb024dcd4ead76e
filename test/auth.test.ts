// Accounts and sessions over HTTP: sign-in, fixation, CSRF, expiry, logout, password change, throttling.
import { writeTransaction } from '../src/db/tx.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TEST_PASSWORD, type TestServer } from './support/server.ts';
import { createUser } from '../src/db/users.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ context: { throttle: { slowAfter: 2, refuseAfter: 4, refuseIpAfter: 1000, refuseLoginAfter: 1000, refuseIpHardAfter: 10000, windowMinutes: 15, stepMs: 10, maxDelayMs: 50 } } });
});
afterAll(async () => s?.close());

describe('sessions', () => {
  it('answers 401 without a session, except health and the OpenAPI document', async () => {
    const anon = s.anonymous();
    expect((await anon.api('GET', '/api/tasks')).status).toBe(401);
    expect((await anon.api('GET', '/api/summary')).body.error.code).toBe('unauthorized');
    expect((await anon.api('GET', '/api/health')).status).toBe(200);
    expect((await anon.api('GET', '/api/openapi.json')).status).toBe(200);
    expect((await anon.api('GET', '/api/public/summary')).status).toBe(200);
  });

  it('sets an httpOnly SameSite=Strict session cookie and a new id at every sign-in', async () => {
    await writeTransaction(s.handle.db, (trx) => createUser(trx, { login: 'vanphong', name: 'Văn phòng', unitId: null, roles: ['secretariat'], password: TEST_PASSWORD, mustChangePassword: false }, null));
    const c = s.anonymous();
    const r = await c.api('POST', '/api/auth/login', { login: 'VanPhong', password: TEST_PASSWORD });
    expect(r.status).toBe(200);
    const cookie = r.headers.getSetCookie().find((x) => x.startsWith('hd_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const first = c.cookies.get('hd_session');
    await c.api('POST', '/api/auth/login', { login: 'vanphong', password: TEST_PASSWORD });
    const second = c.cookies.get('hd_session');
    expect(second).not.toBe(first);
    // The old id no longer opens anything.
    const old = s.anonymous();
    old.cookies.set('hd_session', first!);
    expect((await old.api('GET', '/api/auth/me')).status).toBe(401);
    expect((await c.api('GET', '/api/auth/me')).body.user.login).toBe('vanphong');
  });

  it('refuses a state-changing request without the CSRF header, and changes nothing', async () => {
    const before = await s.api('GET', '/api/units');
    const r = await s.api('POST', '/api/units', { code: 'CSRF', name: 'x', kind: 'xa' }, { 'x-csrf-token': 'wrong' });
    expect(r.status).toBe(403);
    expect(r.body.error.details.reason).toBe('csrf');
    expect((await s.api('GET', '/api/units')).body).toEqual(before.body);
  });

  it('ends the session at logout', async () => {
    const c = await s.login('vanphong', TEST_PASSWORD);
    expect((await c.api('POST', '/api/auth/logout')).status).toBe(200);
    expect((await c.api('GET', '/api/tasks')).status).toBe(401);
  });

  it('stops a session the server keeps in memory at once: signed out, or its user disabled', async () => {
    // Each client is answered first, so that the server keeps its session (src/db/kept.ts).
    const a = await s.login('vanphong', TEST_PASSWORD);
    const b = await s.login('vanphong', TEST_PASSWORD);
    expect((await a.api('GET', '/api/tasks')).status).toBe(200);
    expect((await b.api('GET', '/api/tasks')).status).toBe(200);
    expect((await a.api('POST', '/api/auth/logout')).status).toBe(200);
    expect((await a.api('GET', '/api/tasks')).status).toBe(401);
    expect((await b.api('GET', '/api/tasks')).status).toBe(200);
    const id = (await s.api('GET', '/api/users')).body.items.find((u: { login: string }) => u.login === 'vanphong').id;
    expect((await s.api('PATCH', `/api/users/${id}`, { disabled: true })).status).toBe(200);
    expect((await b.api('GET', '/api/tasks')).status).toBe(401);
    expect((await s.api('PATCH', `/api/users/${id}`, { disabled: false })).status).toBe(200);
  });

  it('ends idle sessions and sessions past their absolute end', async () => {
    const c = await s.login('vanphong', TEST_PASSWORD);
    const mine = s.handle.db.selectFrom('users').select('id').where('login', '=', 'vanphong');
    await s.handle.db.updateTable('sessions').set({ last_seen_at: new Date(Date.now() - 3 * 3600_000) }).where('user_id', 'in', mine).execute();
    expect((await c.api('GET', '/api/tasks')).status).toBe(401);
    const d = await s.login('vanphong', TEST_PASSWORD);
    await s.handle.db.updateTable('sessions').set({ expires_at: new Date(Date.now() - 1000) }).where('user_id', 'in', mine).execute();
    expect((await d.api('GET', '/api/tasks')).status).toBe(401);
  });
});

describe('passwords', () => {
  it('makes a one-time password usable only for changing it', async () => {
    await writeTransaction(s.handle.db, (trx) => createUser(trx, { login: 'moi', name: 'Mới', unitId: null, roles: ['leader'], password: 'mot-lan-duy-nhat', mustChangePassword: true }, null));
    const c = await s.login('moi', 'mot-lan-duy-nhat');
    const blocked = await c.api('GET', '/api/tasks');
    expect(blocked.status).toBe(403);
    expect(blocked.body.error.details.reason).toBe('password_change_required');
    expect((await c.api('POST', '/api/auth/password', { current: 'sai-mat-khau', next: 'mat-khau-moi-123' })).status).toBe(400);
    expect((await c.api('POST', '/api/auth/password', { current: 'mot-lan-duy-nhat', next: 'ngan' })).status).toBe(400);
    expect((await c.api('POST', '/api/auth/password', { current: 'mot-lan-duy-nhat', next: 'mat-khau-moi-123' })).status).toBe(200);
    expect((await c.api('GET', '/api/tasks')).status).toBe(200);
    expect((await s.anonymous().api('POST', '/api/auth/login', { login: 'moi', password: 'mot-lan-duy-nhat' })).status).toBe(401);
  });

  it('lets an administrator reset a password, ending the user\'s sessions', async () => {
    const c = await s.login('moi', 'mat-khau-moi-123');
    const users = await s.api('GET', '/api/users');
    const moi = users.body.items.find((u: { login: string }) => u.login === 'moi');
    const r = await s.api('POST', `/api/users/${moi.id}/reset-password`);
    expect(r.status).toBe(200);
    expect(r.body.oneTimePassword).toMatch(/^[\w]{5}(-[\w]{5}){3}$/);
    expect((await c.api('GET', '/api/auth/me')).status).toBe(401);
    // The trail records the reset, never the password.
    const audit = await s.api('GET', `/api/audit?objectId=${moi.id}`);
    expect(JSON.stringify(audit.body)).not.toContain(r.body.oneTimePassword);
    expect(audit.body.items.some((e: { action: string }) => e.action === 'reset_password')).toBe(true);
  });

  it('refuses guessable passwords and, after a reset, the password that was reset (NIST SP 800-63B)', async () => {
    const users = await s.api('GET', '/api/users');
    const moi = users.body.items.find((u: { login: string }) => u.login === 'moi');
    const once = (await s.api('POST', `/api/users/${moi.id}/reset-password`)).body.oneTimePassword as string;
    const c = await s.login('moi', once);
    for (const [next, reason] of [['aaaaaaaaaa', 'guessable'], ['password123', 'guessable'], ['matkhau2025', 'guessable'], ['mat-khau-moi-123', 'reused']] as const) {
      const r = await c.api('POST', '/api/auth/password', { current: once, next });
      expect(r.status, next).toBe(400);
      expect(r.body.error.details).toMatchObject({ field: 'next', reason });
      expect(r.body.error.message).toMatch(/^next: (mật khẩu|không được)/);
    }
    const en = await c.api('POST', '/api/auth/password', { current: once, next: 'aaaaaaaaaa' }, { 'accept-language': 'en' });
    expect(en.body.error.message).toMatch(/too easy to guess/);
    expect((await c.api('POST', '/api/auth/password', { current: once, next: 'mat-khau-moi-rat-dai-2' })).status).toBe(200);
    // The one before stays remembered: going back to it is refused too.
    const again = await c.api('POST', '/api/auth/password', { current: 'mat-khau-moi-rat-dai-2', next: 'mat-khau-moi-123' });
    expect(again.body.error?.details?.reason).toBe('reused');
    // The refusals wrote nothing: the account still signs in with the password it chose.
    expect((await s.anonymous().api('POST', '/api/auth/login', { login: 'moi', password: 'mat-khau-moi-rat-dai-2' })).status).toBe(200);
  });

  it('never stores a password in clear', async () => {
    const rows = await s.handle.db.selectFrom('users').select('password_hash').execute();
    for (const r of rows) expect(r.password_hash).toMatch(/^\$argon2id\$/);
  });
});

describe('throttling', () => {
  it('slows down, then refuses with 429, for one login; another login is not affected', async () => {
    await writeTransaction(s.handle.db, (trx) => createUser(trx, { login: 'nannhan', name: 'Nạn nhân', unitId: null, roles: ['viewer'], password: TEST_PASSWORD, mustChangePassword: false }, null));
    const c = s.anonymous();
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push((await c.api('POST', '/api/auth/login', { login: 'nannhan', password: 'doan-mo-' + i })).status);
    expect(codes).toEqual([401, 401, 401, 401, 429]);
    const refused = await c.api('POST', '/api/auth/login', { login: 'nannhan', password: TEST_PASSWORD });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await s.anonymous().api('POST', '/api/auth/login', { login: 'vanphong', password: TEST_PASSWORD })).status).toBe(200);
  });

  it('opens again when the window has passed', async () => {
    await s.handle.db.updateTable('login_attempts').set({ at: new Date(Date.now() - 16 * 60_000) }).where('login', '=', 'nannhan').execute();
    expect((await s.anonymous().api('POST', '/api/auth/login', { login: 'nannhan', password: TEST_PASSWORD })).status).toBe(200);
  });
});
