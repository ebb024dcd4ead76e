// What this person may send on a task, as the server decides it (domain/policy mayReportOnTask): the
// form offers only these; the server checks again.
import type { ReportKind } from '../../../../src/domain/task.ts';
import type { TaskDetail, UnitItem } from '../../../../src/contract/index.ts';

type User = { roles: string[]; unitId: string | null } | null;

/** True when `unitId` is `ancestor` or below it in the tree (an officer's scope). */
function within(units: UnitItem[], ancestor: string, unitId: string | null): boolean {
  const parent = new Map(units.map((u) => [u.id, u.parentId]));
  let at: string | null | undefined = unitId;
  for (let i = 0; at && i < 50; i++, at = parent.get(at)) if (at === ancestor) return true;
  return false;
}

/**
 * The secretariat sends anything; leaders decide extensions, give directions and comment; officers
 * of the lead unit report progress, completion, ask for more time and comment; officers of a co-unit
 * report their part and comment.
 */
export function allowedReports(user: User, noAccounts: boolean, x: TaskDetail, units: UnitItem[]): Set<ReportKind> | 'all' {
  if (noAccounts) return 'all';
  const roles = user?.roles ?? [];
  if (roles.includes('admin') || roles.includes('secretariat')) return 'all';
  const out = new Set<ReportKind>();
  const mine = user?.unitId ?? null;
  if (roles.includes('leader') && (mine === null || within(units, mine, x.leadUnitId))) out.add('extension_decision').add('direction').add('comment');
  if (roles.includes('officer') && mine) {
    if (within(units, mine, x.leadUnitId)) out.add('progress').add('complete').add('extension_request').add('comment');
    if (x.coUnitIds.some((u) => within(units, mine, u))) out.add('part').add('comment');
  }
  return out;
}

export const mayAttach = (allowed: Set<ReportKind> | 'all') => allowed === 'all' || allowed.has('progress') || allowed.has('part');
