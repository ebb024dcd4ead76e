// Người dùng: accounts, their unit and roles.

export const ROLES = ['admin', 'secretariat', 'leader', 'officer', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Quản trị hệ thống',
  secretariat: 'Văn phòng (theo dõi, đôn đốc)',
  leader: 'Lãnh đạo',
  officer: 'Cán bộ đơn vị',
  viewer: 'Người xem',
};

export interface User {
  id: string;
  login: string;
  name: string;
  unitId: string | null;
  roles: Role[];
  mustChangePassword: boolean;
  disabled: boolean;
}

/** A signed-in user with the units their role reaches: their unit and every unit below it. */
export interface Principal extends User {
  scope: ReadonlySet<string>;
}

/**
 * The system acting on its own (the command line, a workspace import, the first start): the rights
 * of an administrator, an id that says where the change came from in the audit trail.
 */
export function systemActor(id: 'cli' | 'import' | 'system', name = 'Hệ thống'): Principal {
  return { id, login: id, name, unitId: null, roles: ['admin'], mustChangePassword: false, disabled: false, scope: new Set() };
}

/** Someone not signed in (a sign-in attempt): no role, no unit. */
export function anonymousActor(): Principal {
  return { id: 'anonymous', login: '', name: 'Chưa đăng nhập', unitId: null, roles: [], mustChangePassword: false, disabled: false, scope: new Set() };
}
