// Congresses (đại hội), their delegates and check-ins, in and out of the database.
import { sql } from 'kysely';
import type { Delegate, DelegateKind, DelegateStatus, Sex } from '../domain/congress/roster.ts';
import type { RosterRow } from '../domain/congress/rows.ts';
import { AppError } from '../domain/errors.ts';
import type { Db } from './connection.ts';
import type { WriteTx } from './tx.ts';
import { recordAudit } from './audit.ts';

export interface Congress { id: string; code: string; name: string; startsOn: string; endsOn: string }
export const CHECKIN_SESSIONS = ['tru-bi', 'chinh-thuc'] as const;
export type CheckinSession = (typeof CHECKIN_SESSIONS)[number];

type CongressRow = { id: string; code: string; name: string; starts_on: string; ends_on: string };
const toCongress = (r: CongressRow): Congress => ({ id: r.id, code: r.code, name: r.name, startsOn: r.starts_on, endsOn: r.ends_on });
const CONGRESS_COLUMNS = ['id', 'code', 'name', 'starts_on', 'ends_on'] as const;

export async function findCongressByCode(db: Db, code: string): Promise<Congress | null> {
  const r = await db.selectFrom('congresses').select(CONGRESS_COLUMNS).where('code', '=', code).executeTakeFirst();
  return r ? toCongress(r) : null;
}

export async function getCongressByCode(db: Db, code: string): Promise<Congress> {
  const c = await findCongressByCode(db, code);
  if (!c) throw new AppError('not_found', { vi: `không tìm thấy đại hội mã ${code}`, en: `congress not found: ${code}` }, { code });
  return c;
}

export async function listCongresses(db: Db): Promise<Congress[]> {
  return (await db.selectFrom('congresses').select(CONGRESS_COLUMNS).orderBy('starts_on', 'desc').orderBy('code').execute()).map(toCongress);
}

export async function insertCongress(trx: WriteTx, c: Omit<Congress, 'id'>, actor: string | null): Promise<Congress> {
  const r = toCongress(await trx.insertInto('congresses').values({ code: c.code, name: c.name, starts_on: c.startsOn, ends_on: c.endsOn }).returning(CONGRESS_COLUMNS).executeTakeFirstOrThrow());
  await recordAudit(trx, { actor, action: 'create', objectType: 'congress', objectId: r.id, before: null, after: r });
  return r;
}

/** The congress's row locked, so an import and a check-in of the same congress take turns. */
export async function lockCongress(trx: WriteTx, id: string): Promise<void> {
  await trx.selectFrom('congresses').select('id').where('id', '=', id).forUpdate().execute();
}

export async function countCheckins(db: Db, congressId: string): Promise<number> {
  const r = await db
    .selectFrom('congress_checkins as k')
    .innerJoin('congress_delegates as d', 'd.id', 'k.delegate_id')
    .where('d.congress_id', '=', congressId)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

const CHUNK = 1000;

/** The roster replaced whole, one audit entry for the import. */
export async function replaceRoster(trx: WriteTx, congress: Congress, rows: readonly RosterRow[], actor: string | null): Promise<{ delegates: number; replaced: number }> {
  const gone = await trx.deleteFrom('congress_delegates').where('congress_id', '=', congress.id).executeTakeFirst();
  for (let i = 0; i < rows.length; i += CHUNK) {
    await trx
      .insertInto('congress_delegates')
      .values(rows.slice(i, i + CHUNK).map((r) => ({
        congress_id: congress.id, code: r.code, name: r.name, sex: r.sex, birth_year: r.birthYear, unit: r.unit, kind: r.kind,
        general: r.general, professional: r.professional, academic_title: r.academicTitle, theory: r.theory, field: r.field, position: r.position,
      })))
      .execute();
  }
  const result = { delegates: rows.length, replaced: Number(gone.numDeletedRows) };
  await recordAudit(trx, { actor, action: 'import', objectType: 'congress', objectId: congress.id, before: null, after: { roster: result } });
  return result;
}

export async function listDelegates(db: Db, congressId: string): Promise<Delegate[]> {
  const rows = await db.selectFrom('congress_delegates').selectAll().where('congress_id', '=', congressId).orderBy('position').execute();
  return rows.map((r) => ({
    code: r.code, name: r.name, sex: r.sex as Sex, birthYear: r.birth_year, unit: r.unit, kind: r.kind as DelegateKind,
    general: r.general, professional: r.professional, academicTitle: r.academic_title, theory: r.theory, field: r.field,
    position: r.position, status: r.status as DelegateStatus,
  }));
}

/** Codes of the delegates checked in at any session: a second check-in is the same delegate. */
export async function checkedInCodes(db: Db, congressId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('congress_delegates as d')
    .where('d.congress_id', '=', congressId)
    .where((eb) => eb.exists(eb.selectFrom('congress_checkins as k').select('k.delegate_id').whereRef('k.delegate_id', '=', 'd.id')))
    .select('d.code')
    .execute();
  return new Set(rows.map((r) => r.code));
}

/** Delegates by code, as people type them (any case): code typed (lower case) → id, stored code and review status. */
export async function delegatesByCode(db: Db, congressId: string, codes: readonly string[]): Promise<Map<string, { id: string; code: string; status: string }>> {
  const keys = [...new Set(codes.map((c) => c.toLowerCase()))];
  const out = new Map<string, { id: string; code: string; status: string }>();
  for (let i = 0; i < keys.length; i += CHUNK) {
    const rows = await db
      .selectFrom('congress_delegates')
      .select(['id', 'code', 'status'])
      .where('congress_id', '=', congressId)
      .where(sql<string>`lower(code)`, 'in', keys.slice(i, i + CHUNK))
      .execute();
    for (const r of rows) out.set(r.code.toLowerCase(), r);
  }
  return out;
}

/** Check-ins of a batch; one already there stays as it was (first time kept). Returns the delegates newly checked in. */
export async function insertCheckins(trx: WriteTx, congress: Congress, ids: readonly string[], session: CheckinSession, at: string, actor: string | null): Promise<Set<string>> {
  const added = new Set<string>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const r = await trx
      .insertInto('congress_checkins')
      .values(ids.slice(i, i + CHUNK).map((id) => ({ delegate_id: id, session, at, recorded_by: actor })))
      .onConflict((oc) => oc.columns(['delegate_id', 'session']).doNothing())
      .returning('delegate_id')
      .execute();
    for (const x of r) added.add(x.delegate_id);
  }
  await recordAudit(trx, { actor, action: 'checkin', objectType: 'congress', objectId: congress.id, before: null, after: { session, at, delegates: ids.length, added: added.size } });
  return added;
}

/** A delegate scanned again in a session they were already checked in to: who, and when they first came. */
export interface Rescan { id: string; code: string; name: string; firstAt: string }

/** When each of these delegates was first checked in to the session (those not checked in are left out). */
export async function firstCheckins(db: Db, ids: readonly string[], session: CheckinSession): Promise<Rescan[]> {
  const out: Rescan[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db
      .selectFrom('congress_checkins as k')
      .innerJoin('congress_delegates as d', 'd.id', 'k.delegate_id')
      .select(['d.id', 'd.code', 'd.name', 'k.at'])
      .where('k.session', '=', session)
      .where('k.delegate_id', 'in', ids.slice(i, i + CHUNK))
      .orderBy('d.position')
      .execute();
    for (const r of rows) out.push({ id: r.id, code: r.code, name: r.name, firstAt: new Date(r.at).toISOString() });
  }
  return out;
}

/**
 * The re-scans of a batch in the audit trail: the scanner (or a hand) showed these cards again, and the
 * hall answered "already checked in at …". Counted nowhere, but kept: a card scanned twice is worth knowing.
 */
export async function recordRescans(trx: WriteTx, congress: Congress, session: CheckinSession, at: string, again: readonly Rescan[], actor: string | null): Promise<void> {
  if (again.length === 0) return;
  await recordAudit(trx, {
    actor, action: 'checkin_again', objectType: 'congress', objectId: congress.id, before: null,
    // A batch of thousands stays one entry of bounded size: the first 100 named, the number of all.
    after: { session, at, count: again.length, delegates: again.slice(0, 100).map((r) => ({ code: r.code, firstAt: r.firstAt })) },
  });
}
