// Accounts in and out of the database; passwords only as argon2id hashes.
import { randomBytes } from 'node:crypto';
import type { Role, User } from '../domain/user.ts';
import { invalid, notFound } from '../domain/errors.ts';
import type { Db } from './connection.ts';
import type { WriteTx } from './tx.ts';
import { recordAudit } from './audit.ts';
import { subtreeIds } from './units.ts';
import { PASSWORD_PROBLEM_TEXT, passwordProblem } from '../domain/password.ts';

export type UserRow = { id: string; login: string; name: string; unit_id: string | null; roles: string[]; email?: string | null; must_change_password: boolean; disabled: boolean };
const COLUMNS = ['id', 'login', 'name', 'unit_id', 'roles', 'email', 'must_change_password', 'disabled'] as const;

export const toUser = (r: UserRow): User => ({
  id: r.id,
  login: r.login,
  name: r.name,
  unitId: r.unit_id,
  roles: r.roles as Role[],
  email: r.email ?? null,
  mustChangePassword: r.must_change_password,
  disabled: r.disabled,
});

/** A password a person can type from a printout: 4 groups of 5 from an unambiguous alphabet. */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(20);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]);
  return [0, 5, 10, 15].map((i) => chars.slice(i, i + 5).join('')).join('-');
}

/** Refuses a password a person may not choose (src/domain/password.ts says which, and why). */
export async function checkNewPassword(password: string, account: string[], field = 'password'): Promise<void> {
  const problem = await passwordProblem(password, account);
  if (problem) {
    const text = PASSWORD_PROBLEM_TEXT[problem];
    throw invalid({ vi: `${field}: ${text.vi}`, en: `${field}: ${text.en}` }, { field, reason: problem });
  }
}

// argon2 (a native addon) loads with the first password hashed or checked, not at the server's start.
let argon2: Promise<typeof import('@node-rs/argon2')> | undefined;
const loadArgon2 = () => (argon2 ??= import('@node-rs/argon2'));
const verify = async (h: string, password: string) => (await loadArgon2()).verify(h, password);

export const hashPassword = async (password: string) => (await loadArgon2()).hash(password); // argon2id by default

export async function countUsers(db: Db): Promise<number> {
  const r = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function listUsers(db: Db): Promise<User[]> {
  return (await db.selectFrom('users').select(COLUMNS).orderBy('login').execute()).map(toUser);
}

export async function getUser(db: Db, id: string): Promise<User> {
  const r = await db.selectFrom('users').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  if (!r) throw notFound('user', id);
  return toUser(r);
}

export async function findUserByLogin(db: Db, login: string): Promise<(User & { passwordHash: string }) | null> {
  const r = await db.selectFrom('users').select([...COLUMNS, 'password_hash']).where('login', '=', login.trim().toLowerCase()).executeTakeFirst();
  return r ? { ...toUser(r), passwordHash: r.password_hash } : null;
}

// A hash of a random password: logins for unknown accounts take as long as for real ones.
let decoyHash: Promise<string> | null = null;
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  decoyHash ??= hashPassword(generatePassword());
  const h = passwordHash ?? (await decoyHash);
  const ok = await verify(h, password).catch(() => false);
  return ok && passwordHash !== null;
}

export interface UserInput {
  login: string;
  name: string;
  unitId: string | null;
  roles: Role[];
  email?: string | null;
  password: string;
  mustChangePassword?: boolean;
}

export async function createUser(trx: WriteTx, input: UserInput, actor: string | null): Promise<User> {
  await checkNewPassword(input.password, [input.login, input.name]);
  const passwordHash = await hashPassword(input.password);
  {
    const r = await trx
      .insertInto('users')
      .values({
        login: input.login.trim().toLowerCase(),
        name: input.name,
        unit_id: input.unitId,
        roles: input.roles,
        email: input.email ?? null,
        password_hash: passwordHash,
        must_change_password: input.mustChangePassword ?? true,
      })
      .returning(COLUMNS)
      .executeTakeFirstOrThrow();
    const user = toUser(r);
    await recordAudit(trx, { actor, action: 'create', objectType: 'user', objectId: user.id, before: null, after: user });
    return user;
  }
}

export async function updateUser(trx: WriteTx, id: string, patch: Partial<Pick<User, 'name' | 'unitId' | 'roles' | 'email' | 'disabled'>>, actor: string | null): Promise<User> {
  {
    const before = await getUser(trx, id);
    if (Object.values(patch).every((v) => v === undefined)) return before;
    const r = await trx
      .updateTable('users')
      .set({
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.unitId !== undefined ? { unit_id: patch.unitId } : {}),
        ...(patch.roles !== undefined ? { roles: patch.roles } : {}),
        ...(patch.email !== undefined ? { email: patch.email } : {}),
        ...(patch.disabled !== undefined ? { disabled: patch.disabled } : {}),
      })
      .where('id', '=', id)
      .returning(COLUMNS)
      .executeTakeFirstOrThrow();
    // A disabled account or changed roles take effect now: its sessions end.
    if (patch.disabled || patch.roles || patch.unitId !== undefined) await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
    const after = toUser(r);
    await recordAudit(trx, { actor, action: 'update', objectType: 'user', objectId: id, before, after });
    return after;
  }
}

/**
 * Sets a new password and ends every session of the account but the one given. A password the person
 * chose (`mustChange` false) must pass the rules and differ from the current and the previous one; a
 * one-time password (a reset) is generated. The previous password kept is always one a person chose.
 */
export async function setPassword(trx: WriteTx, id: string, password: string, opts: { mustChange: boolean; keepSessionHash?: string; actor: string | null; field?: string }): Promise<void> {
  const field = opts.field ?? 'password';
  const row = await trx
    .selectFrom('users')
    .select(['login', 'name', 'password_hash', 'previous_password_hash', 'must_change_password'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound('user', id);
  await checkNewPassword(password, [row.login, row.name], field);
  if (!opts.mustChange) {
    for (const old of [row.must_change_password ? null : row.password_hash, row.previous_password_hash]) {
      if (old && (await verify(old, password).catch(() => false))) {
        throw invalid({ vi: `${field}: ${PASSWORD_PROBLEM_TEXT.reused.vi}`, en: `${field}: ${PASSWORD_PROBLEM_TEXT.reused.en}` }, { field, reason: 'reused' });
      }
    }
  }
  const passwordHash = await hashPassword(password);
  await trx
    .updateTable('users')
    .set({
      password_hash: passwordHash,
      must_change_password: opts.mustChange,
      password_changed_at: new Date(),
      // A one-time password is not worth remembering: the one it replaced stays the "previous".
      previous_password_hash: row.must_change_password ? row.previous_password_hash : row.password_hash,
    })
    .where('id', '=', id)
    .execute();
  let q = trx.deleteFrom('sessions').where('user_id', '=', id);
  if (opts.keepSessionHash) q = q.where('id_hash', '<>', opts.keepSessionHash);
  await q.execute();
  // The trail says that the password changed, never what it is.
  await recordAudit(trx, { actor: opts.actor, action: opts.mustChange ? 'reset_password' : 'change_password', objectType: 'user', objectId: id, before: null, after: null });
}

/** The units a user's role reaches: their unit and all below it (the policy decides what it limits). */
export async function scopeOf(db: Db, user: User): Promise<Set<string>> {
  // Every role with a unit acts within its subtree: an officer reports there, a leader decides there.
  return new Set(user.unitId ? await subtreeIds(db, user.unitId) : []);
}
