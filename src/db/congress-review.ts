// A congress's delegates as the hall works with them: with their check-ins and review, the credential review's writes, the live count.
import { sql } from 'kysely';
import type { Delegate, DelegateKind, DelegateStatus, Sex } from '../domain/congress/roster.ts';
import { AppError } from '../domain/errors.ts';
import type { Db } from './connection.ts';
import type { WriteTx } from './tx.ts';
import { recordAudit } from './audit.ts';
import { CHECKIN_SESSIONS, type CheckinSession, type Congress } from './congresses.ts';

/** A delegate with what the hall adds: the review's reason, who replaced whom, the check-ins by session. */
export interface HallDelegate extends Delegate {
  id: string;
  statusReason: string | null;
  replaces: string | null;
  replacedBy: string | null;
  reviewedAt: string | null;
  checkins: { session: CheckinSession; at: string }[];
}

const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());

/** The delegates in roster order (an alternate right after the one they replaced), or only the codes asked for. */
export async function hallDelegates(db: Db, congressId: string, codes?: readonly string[]): Promise<HallDelegate[]> {
  let q = db
    .selectFrom('congress_delegates as d')
    .leftJoin('congress_delegates as r', 'r.id', 'd.replaces_id')
    .leftJoin('congress_delegates as b', 'b.replaces_id', 'd.id')
    .where('d.congress_id', '=', congressId)
    .select(['d.id', 'd.code', 'd.name', 'd.sex', 'd.birth_year', 'd.unit', 'd.kind', 'd.general', 'd.professional', 'd.academic_title', 'd.theory', 'd.field',
      'd.position', 'd.status', 'd.status_reason', 'd.reviewed_at', 'r.code as replaces', 'b.code as replaced_by'])
    .orderBy('d.position')
    .orderBy(sql`d.replaces_id IS NOT NULL`)
    .orderBy('d.code');
  if (codes) {
    if (codes.length === 0) return [];
    q = q.where(sql<string>`lower(d.code)`, 'in', codes.map((c) => c.toLowerCase()));
  }
  const rows = await q.execute();
  const checkins = new Map<string, HallDelegate['checkins']>();
  if (rows.length > 0) {
    const ks = await db
      .selectFrom('congress_checkins as k')
      .innerJoin('congress_delegates as d', 'd.id', 'k.delegate_id')
      .where('d.congress_id', '=', congressId)
      .$if(Boolean(codes), (w) => w.where('k.delegate_id', 'in', rows.map((r) => r.id)))
      .select(['k.delegate_id', 'k.session', 'k.at'])
      .orderBy('k.at')
      .execute();
    for (const k of ks) {
      const list = checkins.get(k.delegate_id) ?? [];
      list.push({ session: k.session as CheckinSession, at: iso(k.at)! });
      checkins.set(k.delegate_id, list);
    }
  }
  return rows.map((r) => ({
    id: r.id, code: r.code, name: r.name, sex: r.sex as Sex, birthYear: r.birth_year, unit: r.unit, kind: r.kind as DelegateKind,
    general: r.general, professional: r.professional, academicTitle: r.academic_title, theory: r.theory, field: r.field,
    position: r.position, status: r.status as DelegateStatus, statusReason: r.status_reason, replaces: r.replaces, replacedBy: r.replaced_by,
    reviewedAt: iso(r.reviewed_at), checkins: checkins.get(r.id) ?? [],
  }));
}

export async function getHallDelegate(db: Db, congress: Congress, code: string): Promise<HallDelegate> {
  const [d] = await hallDelegates(db, congress.id, [code]);
  if (!d) throw new AppError('not_found', { vi: `không có đại biểu mã ${code} trong đại hội ${congress.code}`, en: `no delegate ${code} in congress ${congress.code}` }, { code });
  return d;
}

/** The review's outcome on one delegate: confirmed, excused (with the reason) or replaced (with the reason). */
export async function setDelegateStatus(trx: WriteTx, congress: Congress, d: HallDelegate, status: DelegateStatus, reason: string | null, actor: string | null): Promise<void> {
  await trx.updateTable('congress_delegates').set({ status, status_reason: reason, reviewed_at: new Date().toISOString(), reviewed_by: actor }).where('id', '=', d.id).execute();
  await recordAudit(trx, {
    actor, action: 'review', objectType: 'congress', objectId: congress.id,
    before: { delegate: d.code, status: d.status, reason: d.statusReason }, after: { delegate: d.code, status, reason },
  });
}

export type AlternateRow = Omit<Delegate, 'position' | 'status'>;

/** The alternate who takes a seat: a new delegate at the replaced one's place in the roster. */
export async function insertAlternate(trx: WriteTx, congress: Congress, seat: HallDelegate, a: AlternateRow, actor: string | null): Promise<void> {
  await trx
    .insertInto('congress_delegates')
    .values({
      congress_id: congress.id, code: a.code, name: a.name, sex: a.sex, birth_year: a.birthYear, unit: a.unit, kind: a.kind,
      general: a.general, professional: a.professional, academic_title: a.academicTitle, theory: a.theory, field: a.field,
      position: seat.position, replaces_id: seat.id, reviewed_at: new Date().toISOString(), reviewed_by: actor,
    })
    .execute();
  await recordAudit(trx, { actor, action: 'create', objectType: 'congress', objectId: congress.id, before: null, after: { alternate: a.code, replaces: seat.code } });
}

export interface AttendanceCounts { convened: number; present: number; sessions: { session: CheckinSession; present: number }[] }

/**
 * One query for the presidium's screen, asked every two seconds by every screen: convened (not
 * replaced), present at any session, and present by session.
 */
export async function attendanceCounts(db: Db, congressId: string): Promise<AttendanceCounts> {
  const r = await sql<{ convened: string; present: string; tru_bi: string; chinh_thuc: string }>`
    SELECT count(*) AS convened,
           count(*) FILTER (WHERE EXISTS (SELECT 1 FROM congress_checkins k WHERE k.delegate_id = d.id)) AS present,
           count(*) FILTER (WHERE EXISTS (SELECT 1 FROM congress_checkins k WHERE k.delegate_id = d.id AND k.session = 'tru-bi')) AS tru_bi,
           count(*) FILTER (WHERE EXISTS (SELECT 1 FROM congress_checkins k WHERE k.delegate_id = d.id AND k.session = 'chinh-thuc')) AS chinh_thuc
      FROM congress_delegates d
     WHERE d.congress_id = ${congressId} AND d.status <> 'replaced'`.execute(db);
  const row = r.rows[0]!;
  const bySession: Record<CheckinSession, number> = { 'tru-bi': Number(row.tru_bi), 'chinh-thuc': Number(row.chinh_thuc) };
  return { convened: Number(row.convened), present: Number(row.present), sessions: CHECKIN_SESSIONS.map((session) => ({ session, present: bySession[session] })) };
}
