// Người dùng: an administrator creates accounts (a one-time password shown once), edits them, resets
// a password; every user changes their own.
import { z } from 'zod';
import { createUser as insertUser, findUserByLogin, generatePassword, getUser, setPassword, updateUser, verifyPassword } from '../db/users.ts';
import { invalid } from '../domain/errors.ts';
import { authorize, mayManageUsers } from '../domain/policy.ts';
import { ROLES, type User } from '../domain/user.ts';
import { checkUnits } from './references.ts';
import { RULES } from '../domain/input-error.ts';
import { defineCommand } from './command.ts';
import { Id } from './fields.ts';
import { lockLogin, recentFailures, recordAttempt } from '../db/login-attempts.ts';
import { throttle, type ThrottleRule } from '../domain/throttle.ts';

const Roles = z.array(z.enum(ROLES)).min(1).max(5);
// An address for the reminders; empty means none. Checked for its shape only: the mail server says the rest.
const Email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .refine((s) => s === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/u.test(s), RULES.email.en)
  .transform((s) => s || null)
  .nullable();
export const UserCreate = z
  .object({
    login: z.string().trim().toLowerCase().regex(/^[a-z0-9._-]{3,60}$/, RULES.login.en),
    name: z.string().trim().min(1).max(200),
    unitId: Id.nullable().default(null),
    roles: Roles,
    email: Email.default(null),
  })
  .strict()
  .meta({ id: 'UserCreate' });
export const UserUpdate = z
  .object({ name: z.string().trim().min(1).max(200).optional(), unitId: Id.nullable().optional(), roles: Roles.optional(), email: Email.optional(), disabled: z.boolean().optional() })
  .strict()
  .meta({ id: 'UserUpdate' });
export const PasswordChange = z.object({ current: z.string().min(1).max(200), next: z.string().min(1).max(200) }).strict().meta({ id: 'PasswordChange' });

export const createUser = defineCommand({
  name: 'createUser',
  input: UserCreate,
  async run(ctx, input): Promise<{ user: User; oneTimePassword: string }> {
    authorize(mayManageUsers(ctx.actor));
    await checkUnits(ctx.trx, [input.unitId]);
    const oneTimePassword = generatePassword();
    const user = await insertUser(ctx.trx, { ...input, password: oneTimePassword, mustChangePassword: true }, ctx.actor.id);
    return { user, oneTimePassword };
  },
});

export const editUser = defineCommand({
  name: 'editUser',
  input: UserUpdate.extend({ id: Id }),
  async run(ctx, { id, ...patch }) {
    authorize(mayManageUsers(ctx.actor));
    await checkUnits(ctx.trx, [patch.unitId]);
    return updateUser(ctx.trx, id, patch, ctx.actor.id);
  },
});

export const resetPassword = defineCommand({
  name: 'resetPassword',
  input: z.object({ id: Id }).strict(),
  async run(ctx, { id }): Promise<{ user: User; oneTimePassword: string }> {
    authorize(mayManageUsers(ctx.actor));
    const user = await getUser(ctx.trx, id);
    const oneTimePassword = generatePassword();
    await setPassword(ctx.trx, id, oneTimePassword, { mustChange: true, actor: ctx.actor.id });
    return { user, oneTimePassword };
  },
});

export type PasswordChangeResult = { kind: 'changed' } | { kind: 'wrong' } | { kind: 'refused'; retryAfterSeconds: number };

/**
 * The actor's own password; every other session of the account ends, this one stays. Throttled like a
 * sign-in, in one step under the login's lock (a stolen session must not become a free password
 * oracle): a wrong current password is an answer, recorded and committed, not an error.
 */
export const changeOwnPassword = defineCommand({
  name: 'changeOwnPassword',
  input: PasswordChange.extend({ keepSessionHash: z.string().nullable(), ip: z.string(), rule: z.custom<ThrottleRule>() }),
  async run(ctx, { current, next, keepSessionHash, ip, rule }): Promise<PasswordChangeResult> {
    await lockLogin(ctx.trx, ctx.actor.login);
    const decision = throttle(await recentFailures(ctx.trx, ctx.actor.login, ip, rule.windowMinutes), rule);
    if (decision.kind === 'refuse') return { kind: 'refused', retryAfterSeconds: decision.retryAfterSeconds };
    const me = await findUserByLogin(ctx.trx, ctx.actor.login);
    if (!me || !(await verifyPassword(me.passwordHash, current))) {
      await recordAttempt(ctx.trx, ctx.actor.login, ip, false);
      return { kind: 'wrong' };
    }
    if (current === next) throw invalid({ vi: 'next: mật khẩu mới phải khác mật khẩu hiện tại', en: 'next: the new password must differ from the current one' }, { field: 'next', reason: 'reused' });
    await setPassword(ctx.trx, me.id, next, { mustChange: false, keepSessionHash: keepSessionHash ?? undefined, actor: ctx.actor.id, field: 'next' });
    return { kind: 'changed' };
  },
});
