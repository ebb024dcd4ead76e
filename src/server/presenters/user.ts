// What the API shows of an account: who, which unit, which roles (in words); never a password or a session.
import { ROLE_LABELS, type User } from '../../domain/user.ts';
import type { AuthUser } from '../../contract/user.ts';

export const presentUser = (u: User): AuthUser => ({
  id: u.id, login: u.login, name: u.name, unitId: u.unitId, roles: u.roles, email: u.email ?? null, roleLabels: u.roles.map((r) => ROLE_LABELS[r]),
  mustChangePassword: u.mustChangePassword, disabled: u.disabled,
});
