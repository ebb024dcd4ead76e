// The people's part of a rating: general points entered by the secretariat, leaders' adjustments.
import type { Db } from './connection.ts';
import type { WriteTx } from './tx.ts';
import { recordAudit } from './audit.ts';

export interface GeneralEntry {
  period: string;
  unitId: string;
  points: number;
  note: string;
}

export interface Adjustment {
  period: string;
  unitId: string;
  score: number | null;
  level: string | null;
  reason: string;
  by: string;
}

export async function generalEntries(db: Db, period: string): Promise<Map<string, GeneralEntry>> {
  const rows = await db.selectFrom('rating_entries').selectAll().where('period', '=', period).execute();
  return new Map(rows.map((r) => [r.unit_id, { period: r.period, unitId: r.unit_id, points: r.general_points, note: r.general_note }]));
}

/** In the order they were made: each applies to the result of the one before. */
export async function adjustments(db: Db, period: string): Promise<Adjustment[]> {
  const rows = await db.selectFrom('rating_adjustments').selectAll().where('period', '=', period).orderBy('id').execute();
  return rows.map((r) => ({ period: r.period, unitId: r.unit_id, score: r.score, level: r.level, reason: r.reason, by: r.adjusted_by }));
}

export async function setGeneralPoints(trx: WriteTx, e: GeneralEntry, actor: string | null): Promise<void> {
  const before = await trx.selectFrom('rating_entries').selectAll().where('period', '=', e.period).where('unit_id', '=', e.unitId).executeTakeFirst();
  await trx
    .insertInto('rating_entries')
    .values({ period: e.period, unit_id: e.unitId, general_points: e.points, general_note: e.note, entered_by: actor, entered_at: new Date() })
    .onConflict((oc) => oc.columns(['period', 'unit_id']).doUpdateSet({ general_points: e.points, general_note: e.note, entered_by: actor, entered_at: new Date() }))
    .execute();
  await recordAudit(trx, { actor, action: 'update', objectType: 'rating_general', objectId: `${e.period}/${e.unitId}`, before: before ? { points: before.general_points } : null, after: { points: e.points, note: e.note } });
}

export async function addAdjustment(trx: WriteTx, a: Adjustment, actor: string | null, before: { score: number; level: string | null }, after: { score: number; level: string | null }): Promise<void> {
  await trx
    .insertInto('rating_adjustments')
    .values({ period: a.period, unit_id: a.unitId, score: a.score, level: a.level, reason: a.reason, adjusted_by: a.by, adjusted_at: new Date() })
    .execute();
  await recordAudit(trx, { actor, action: 'adjust', objectType: 'rating', objectId: `${a.period}/${a.unitId}`, before, after: { ...after, reason: a.reason } });
}

/** The outcome of the unit's report for the quarter, or null when no reporting period was opened. */
export async function quarterReport(db: Db, quarter: string, unitId: string): Promise<{ dueOn: string; status: string | null; submittedOn: string | null } | null> {
  const rp = await db.selectFrom('reporting_periods').select(['id', 'due_on']).where('period', '=', quarter).executeTakeFirst();
  if (!rp) return null;
  const s = await db.selectFrom('submissions').select(['status', 'submitted_on']).where('reporting_period_id', '=', rp.id).where('unit_id', '=', unitId).executeTakeFirst();
  return { dueOn: rp.due_on, status: s?.status ?? null, submittedOn: s?.submitted_on ?? null };
}
