// Đăng nhập: a sign-in is counted, checked and, when right, opens a session and enters the audit
// trail, all in one transaction; sign-ins to one login take turns, so parallel guesses cannot slip
// past the throttle between counting the failures and recording theirs.
import { z } from 'zod';
import { recentFailures, recordAttempt, lockLogin } from '../db/login-attempts.ts';
import { createSession, endSession } from '../db/sessions.ts';
import { findUserByLogin, verifyPassword } from '../db/users.ts';
import { recordAudit } from '../db/audit.ts';
import { throttle, type ThrottleRule } from '../domain/throttle.ts';
import type { User } from '../domain/user.ts';
import { defineCommand } from './command.ts';

export const Login = z.object({ login: z.string().trim().min(1).max(200), password: z.string().min(1).max(200) }).strict().meta({ id: 'Login' });

export type SignInResult =
  | { kind: 'signed_in'; user: User; sessionId: string; csrfToken: string }
  | { kind: 'wrong' }
  | { kind: 'refused'; retryAfterSeconds: number };

export const signIn = defineCommand({
  name: 'signIn',
  input: Login.extend({
    ip: z.string(),
    userAgent: z.string().nullable(),
    previousSession: z.string().nullable(),
    policy: z.object({ idleMinutes: z.number(), maxHours: z.number() }),
    rule: z.custom<ThrottleRule>(),
  }),
  // A wrong password is an answer, not an error: its attempt must be committed to count.
  async run(ctx, { login, password, ip, userAgent, previousSession, policy, rule }): Promise<SignInResult> {
    await lockLogin(ctx.trx, login);
    const decision = throttle(await recentFailures(ctx.trx, login, ip, rule.windowMinutes), rule);
    if (decision.kind === 'refuse') return { kind: 'refused', retryAfterSeconds: decision.retryAfterSeconds };
    const found = await findUserByLogin(ctx.trx, login);
    const ok = (await verifyPassword(found?.passwordHash ?? null, password)) && found !== null && !found.disabled;
    await recordAttempt(ctx.trx, login, ip, ok);
    if (!ok || !found) return { kind: 'wrong' };
    // A fresh session id at every sign-in (no fixation); any session the browser held ends.
    if (previousSession) await endSession(ctx.trx, previousSession);
    const s = await createSession(ctx.trx, found.id, policy, { ip, userAgent });
    await recordAudit(ctx.trx, { actor: found.id, action: 'login', objectType: 'user', objectId: found.id, before: null, after: { ip } });
    const { passwordHash: _h, ...user } = found;
    return { kind: 'signed_in', user, sessionId: s.id, csrfToken: s.csrfToken };
  },
});
