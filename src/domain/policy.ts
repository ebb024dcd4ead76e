// Who may do what to which object: the one place that decides; routes ask it, lists filter by it.
import type { Principal, Role } from './user.ts';
import type { ReportKind } from './task.ts';
import { AppError, type Bilingual } from './errors.ts';

/** Throws 403 unless the policy allows; every command calls it before it writes. */
export function authorize(allowed: boolean, message: string | Bilingual = { vi: 'vai trò hoặc đơn vị của bạn không được làm việc này', en: 'not allowed for your role or unit' }): void {
  if (!allowed) throw new AppError('forbidden', message);
}

const has = (p: Principal, ...roles: Role[]) => roles.some((r) => p.roles.includes(r));

/** Roles that read every item of the workspace; the others read within their unit's subtree. */
export const readsEverything = (p: Principal) => has(p, 'admin', 'secretariat', 'leader');

/** Registering and editing documents, targets, tasks and units is the secretariat's work. */
export const mayManage = (p: Principal) => has(p, 'admin', 'secretariat');

export const mayManageUsers = (p: Principal) => has(p, 'admin');

export const mayReadAudit = (p: Principal) => has(p, 'admin', 'secretariat');

/**
 * Which documents a reader sees: all of them for those who read everything; for the others the public
 * ones and those from which an item of their units was registered (a target, figure or task, lead or
 * co-ordinating). A city-wide target does not open its whole document: the target carries its sentence.
 */
export const documentScope = (p: Principal): 'all' | readonly string[] => (readsEverything(p) ? 'all' : [...p.scope]);

export const inScope = (p: Principal, unitId: string | null | undefined) => Boolean(unitId && p.scope.has(unitId));

/** A task is seen by those who read everything, and by its lead or co-ordinating units' people. */
export function mayReadTask(p: Principal, t: { leadUnitId: string | null; coUnitIds: readonly string[] }): boolean {
  return readsEverything(p) || inScope(p, t.leadUnitId) || t.coUnitIds.some((u) => inScope(p, u));
}

/** City-wide targets (no owner) concern everyone; owned ones, their owner's subtree. */
export function mayReadTarget(p: Principal, t: { ownerUnitId: string | null }): boolean {
  return readsEverything(p) || t.ownerUnitId === null || inScope(p, t.ownerUnitId);
}

export function mayReadObservation(p: Principal, o: { unitId: string | null }): boolean {
  return readsEverything(p) || o.unitId === null || inScope(p, o.unitId);
}

/** Figures: the secretariat for any unit, an officer for the units of their own subtree. */
export function mayReportFigure(p: Principal, o: { unitId: string | null }): boolean {
  return mayManage(p) || (has(p, 'officer') && inScope(p, o.unitId));
}

/**
 * A leader decides for the units they lead: their unit's subtree, or everything when they hold no
 * unit (the city's standing leaders). A leader of Sở Tài chính does not decide for Sở Xây dựng.
 */
export function leads(p: Principal, unitId: string | null | undefined): boolean {
  return has(p, 'leader') && (p.unitId === null || inScope(p, unitId));
}

const OFFICER_REPORTS: ReadonlySet<ReportKind> = new Set(['progress', 'complete', 'extension_request', 'comment']);
const CO_UNIT_REPORTS: ReadonlySet<ReportKind> = new Set(['part', 'comment']);
const LEADER_REPORTS: ReadonlySet<ReportKind> = new Set(['extension_decision', 'direction', 'comment']);

/** The co-unit of the task an officer reports for (the first in their subtree), or null. */
export function coUnitInScope(p: Principal, t: { coUnitIds?: readonly string[] }): string | null {
  return has(p, 'officer') ? ((t.coUnitIds ?? []).find((u) => inScope(p, u)) ?? null) : null;
}

/**
 * Officers of the lead unit (or above it) report progress, completion, ask for more time and comment;
 * officers of a co-unit report their part and comment, but do not complete the lead's task; the
 * secretariat also accepts, returns, pauses and decides extensions; leaders decide extensions and give
 * directions (ý kiến chỉ đạo) on the tasks of the units they lead.
 */
export function mayReportOnTask(p: Principal, t: { leadUnitId: string | null; coUnitIds?: readonly string[] }, kind: ReportKind): boolean {
  if (mayManage(p)) return true;
  if (LEADER_REPORTS.has(kind) && leads(p, t.leadUnitId)) return true;
  if (has(p, 'officer') && OFFICER_REPORTS.has(kind) && inScope(p, t.leadUnitId)) return true;
  return CO_UNIT_REPORTS.has(kind) && coUnitInScope(p, t) !== null;
}

/** Files go with a report: whoever may report progress or a co-unit's part may attach them. */
export function mayAttachToTask(p: Principal, t: { leadUnitId: string | null; coUnitIds?: readonly string[] }): boolean {
  return mayReportOnTask(p, t, 'progress') || mayReportOnTask(p, t, 'part');
}

/** A unit's periodic report: written by its officers (or the secretariat), read by those who see the unit. */
export function mayWriteUnitReport(p: Principal, unitId: string): boolean {
  return mayManage(p) || (has(p, 'officer') && inScope(p, unitId));
}

export function mayReadUnitReport(p: Principal, unitId: string): boolean {
  return readsEverything(p) || inScope(p, unitId);
}

/** Leaders adjust the rating of the units they lead (always with a written reason); administrators may too. */
export const mayAdjustRating = (p: Principal, unitId: string) => has(p, 'admin') || leads(p, unitId);

/** A congress and a congress season are run by the secretariat (ban tổ chức): roster, schedule, check-in. */
export const mayManageCongress = (p: Principal) => mayManage(p);

/**
 * A grassroots organisation's congress is marked held by the secretariat, or by an officer of the unit
 * the organisation is linked to (the unit with its code) or of a unit above it.
 */
export function mayMarkCongressHeld(p: Principal, org: { unitId: string | null }): boolean {
  return mayManage(p) || (has(p, 'officer') && inScope(p, org.unitId));
}

/** The delegate seated in this congress (signed in with their card's code): they vote and read its floor. */
export const sitsIn = (p: Principal, congressId: string): boolean => p.seat?.congressId === congressId;

/**
 * The programme, papers and votes of a congress: read by its own delegates and by every signed-in
 * user of the workspace (as its statistics are); a delegate of another congress reads nothing of it.
 */
export const mayReadCongressFloor = (p: Principal, congressId: string): boolean => (p.seat ? sitsIn(p, congressId) : p.roles.length > 0);

/** Written contributions are the secretariat's register; a delegate's phone does not show them. */
export const mayReadContributions = (p: Principal): boolean => !p.seat && p.roles.length > 0;

/** Đôn đốc nhiệm vụ: the secretariat reminds any task's lead unit; a leader, the tasks of the units they lead. */
export const mayRemindTasks = (p: Principal) => mayManage(p) || has(p, 'leader');
export const mayRemindTask = (p: Principal, t: { leadUnitId: string | null }) => mayManage(p) || leads(p, t.leadUnitId);
/**
 * Which tasks a reader may remind, as a key: readers with the same key get the same ticks, so an
 * answer computed for one (the dashboard's, kept and shared) serves the others. It follows
 * mayRemindTask: everything for the secretariat and a leader of the city, a unit's subtree for its leader.
 */
export const remindReach = (p: Principal): string =>
  !mayRemindTasks(p) ? 'none' : mayManage(p) || p.unitId === null ? 'all' : `unit:${p.unitId}`;
