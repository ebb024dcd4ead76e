// The answers about accounts: a user as others see them (no password, no session), sign-in, one-time passwords.
import { z } from 'zod';
import { ROLES } from '../domain/user.ts';
import { listOf } from './common.ts';

export const AuthUser = z
  .strictObject({
    id: z.string(),
    login: z.string(),
    name: z.string(),
    unitId: z.string().nullable(),
    roles: z.array(z.enum(ROLES)),
    email: z.string().nullable(),
    roleLabels: z.array(z.string()),
    /** A one-time password must be replaced before anything else. */
    mustChangePassword: z.boolean(),
    disabled: z.boolean(),
  })
  .meta({ id: 'User' });
export type AuthUser = z.infer<typeof AuthUser>;

export const UserList = listOf(AuthUser).meta({ id: 'UserList' });
export type UserList = z.infer<typeof UserList>;

/** The CSRF token is echoed by the page in `x-csrf-token`; the session itself stays in an HttpOnly cookie. */
export const LoginAnswer = z.strictObject({ user: AuthUser, csrfToken: z.string() }).meta({ id: 'LoginAnswer' });
export type LoginAnswer = z.infer<typeof LoginAnswer>;
export const Me = z.strictObject({ user: AuthUser }).meta({ id: 'Me' });

/** Shown once to the administrator, never stored in clear. */
export const OneTimePassword = z.strictObject({ oneTimePassword: z.string() }).meta({ id: 'OneTimePassword' });
export const UserCreated = z.strictObject({ user: AuthUser, oneTimePassword: z.string() }).meta({ id: 'UserCreated' });
export type UserCreated = z.infer<typeof UserCreated>;
