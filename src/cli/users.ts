// Accounts from the command line, and the first administrator of an empty database, through the
// same commands as the web's account pages.
import { parseArgs } from 'node:util';
import type { Db } from '../db/connection.ts';
import { countUsers, findUserByLogin } from '../db/users.ts';
import { findUnitByCode } from '../db/units.ts';
import { execute } from '../commands/command.ts';
import { createUser, editUser, resetPassword } from '../commands/users.ts';
import { AppError } from '../domain/errors.ts';
import { ROLES, systemActor, type Role } from '../domain/user.ts';
import { say } from './language.js';

const CLI = systemActor('cli', 'Dòng lệnh');

/**
 * On first start there is nobody to sign in: create `admin` with a one-time password, printed
 * once here and never again (only its hash is kept; it must be changed at first sign-in).
 */
export async function ensureAdministrator(db: Db): Promise<void> {
  if ((await countUsers(db)) > 0) return;
  const { oneTimePassword } = await execute(db, systemActor('system'), createUser, { login: 'admin', name: 'Quản trị hệ thống', unitId: null, roles: ['admin'] });
  console.log(say({
    vi: `\nTài khoản quản trị đầu tiên:\n  tên đăng nhập: admin\n  mật khẩu dùng một lần: ${oneTimePassword}\n  (chỉ hiện một lần; đổi mật khẩu khi đăng nhập lần đầu)\n`,
    en: `\nFirst administrator:\n  login: admin\n  one-time password: ${oneTimePassword}\n  (shown once; change it at the first sign-in)\n`,
  }));
}

const oneTimeLine = (login: string, password: string) => say({ vi: `${login}: mật khẩu dùng một lần: ${password}`, en: `${login}: one-time password: ${password}` });
const noUser = (login: string) => new AppError('invalid', { vi: `login: không có người dùng ${login}`, en: `login: no user ${login}` });

const USAGE = 'usage: haidang user add --login L --name N --role R[,R] [--unit CODE] [--email ADDRESS] | haidang user email LOGIN ADDRESS|- | haidang user reset LOGIN';

export async function userCommand(db: Db, args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'add') {
    const { values } = parseArgs({ args: rest, options: { login: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, unit: { type: 'string' }, email: { type: 'string' } } });
    if (!values.login || !values.name || !values.role) throw new AppError('invalid', USAGE);
    const roles = values.role.split(',').map((r) => r.trim());
    const bad = roles.find((r) => !(ROLES as readonly string[]).includes(r));
    if (bad) throw new AppError('invalid', { vi: `role: không có vai trò "${bad}" (một trong ${ROLES.join(', ')})`, en: `role: unknown role "${bad}" (one of ${ROLES.join(', ')})` });
    let unitId: string | null = null;
    if (values.unit) {
      const u = await findUnitByCode(db, values.unit);
      if (!u) throw new AppError('invalid', { vi: `unit: không có đơn vị mã ${values.unit}`, en: `unit: no unit with code ${values.unit}` });
      unitId = u.id;
    }
    const { user, oneTimePassword } = await execute(db, CLI, createUser, { login: values.login, name: values.name, unitId, roles: roles as Role[], email: values.email ?? null });
    console.log(oneTimeLine(user.login, oneTimePassword));
    return 0;
  }
  // The address the reminders go to: `haidang user email canbo-yt canbo@soyt.haiphong.gov.vn`; `-` removes it.
  if (sub === 'email' && rest[0] && rest[1]) {
    const found = await findUserByLogin(db, rest[0]);
    if (!found) throw noUser(rest[0]);
    const user = await execute(db, CLI, editUser, { id: found.id, email: rest[1] === '-' ? null : rest[1] });
    console.log(say({ vi: `${user.login}: thư điện tử: ${user.email ?? '—'}`, en: `${user.login}: e-mail: ${user.email ?? '—'}` }));
    return 0;
  }
  if (sub === 'reset' && rest[0]) {
    const found = await findUserByLogin(db, rest[0]);
    if (!found) throw noUser(rest[0]);
    const { user, oneTimePassword } = await execute(db, CLI, resetPassword, { id: found.id });
    console.log(oneTimeLine(user.login, oneTimePassword));
    return 0;
  }
  throw new AppError('invalid', USAGE);
}
