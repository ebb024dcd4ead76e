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
  /** Where the reminders go by e-mail, when the server sends mail; none for most accounts. */
  email?: string | null;
  mustChangePassword: boolean;
  disabled: boolean;
}

/** A signed-in user with the units their role reaches: their unit and every unit below it. */
export interface Principal extends User {
  scope: ReadonlySet<string>;
  /** Set only for a delegate signed in with their card's code: the one congress they sit in. */
  seat?: Seat;
}

/** A delegate's place in one congress: all a delegate's session may act on. */
export interface Seat {
  congressId: string;
  congressCode: string;
  delegateId: string;
  delegateCode: string;
}

/**
 * A delegate signed in with the code of their card: no role and no unit, so every policy of the
 * workspace refuses them; only the congress floor's policies look at the seat.
 */
export function delegateActor(seat: Seat, name: string): Principal {
  return { id: `delegate:${seat.delegateId}`, login: seat.delegateCode, name, unitId: null, roles: [], mustChangePassword: false, disabled: false, scope: new Set(), seat };
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
