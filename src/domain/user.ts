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
