// Targets (chỉ tiêu) and observations (số liệu thực hiện) in and out of the database.
import { fieldVi } from '../domain/input-error.ts';
import type { Target, TargetGroup, Direction, Comparator, MeasureKind } from '../domain/target.ts';
import type { FigureHistory, Observation, Standing } from '../domain/observation.ts';
import { parsePeriod } from '../domain/period.ts';
import { conflict, invalid, notFound } from '../domain/errors.ts';
import type { Db } from './connection.ts';
import type { WriteTx } from './tx.ts';
import type { TargetsTable, ObservationsTable } from './schema.ts';
import { sql, type Selectable, type SqlBool } from 'kysely';
import { recordAudit } from './audit.ts';
import { fromSource, toSource } from './source.ts';

export function periodBounds(code: string, field = 'period'): { period: string; period_start: string; period_end: string } {
  const p = parsePeriod(code);
  if (!p) throw invalid({ vi: `${fieldVi(field)}: không phải một kỳ: ${code}`, en: `${field}: not a period: ${code}` }, { field, value: code });
  return { period: p.code, period_start: p.start, period_end: p.end };
}

export const toTarget = (r: Selectable<TargetsTable>): Target => ({
  id: r.id,
  indicator: r.indicator,
  label: r.label,
  unit: r.unit,
  group: r.group_key as TargetGroup,
  direction: r.direction as Direction,
  comparator: r.comparator as Comparator,
  value: r.value,
  max: r.max,
  period: r.period,
  baselineValue: r.baseline_value,
  baselinePeriod: r.baseline_period,
  measure: r.measure as MeasureKind,
  ownerUnitId: r.owner_unit_id,
  source: toSource(r),
  visibility: r.visibility as Target['visibility'],
  version: r.version,
});

export const toObservation = (r: Pick<Selectable<ObservationsTable>, (typeof OBSERVATION_COLUMNS)[number]>): Observation => ({
  id: r.id,
  indicator: r.indicator,
  period: r.period,
  value: r.value,
  unit: r.unit,
  standing: r.standing as Standing,
  unitId: r.unit_id,
  source: toSource(r),
  enteredBy: r.entered_by,
  entryNo: Number(r.entry_no),
});

export interface TargetFilter {
  group?: string;
  ownerUnitIds?: string[];
  indicator?: string;
  documentId?: string;
}

export async function listTargets(db: Db, f: TargetFilter = {}): Promise<Target[]> {
  let q = db.selectFrom('targets').selectAll();
  if (f.group) q = q.where('group_key', '=', f.group);
  if (f.indicator) q = q.where('indicator', '=', f.indicator);
  if (f.documentId) q = q.where('document_id', '=', f.documentId);
  if (f.ownerUnitIds) q = f.ownerUnitIds.length ? q.where('owner_unit_id', 'in', f.ownerUnitIds) : q.where(sql<SqlBool>`false`);
  return (await q.orderBy('group_key').orderBy('indicator').orderBy('id').execute()).map(toTarget);
}

export async function getTarget(db: Db, id: string): Promise<Target> {
  const r = await db.selectFrom('targets').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) throw notFound('target', id);
  return toTarget(r);
}

export type TargetInput = Omit<Target, 'id' | 'version'> & { id?: string };

function targetColumns(t: Omit<TargetInput, 'id'>) {
  if (t.baselinePeriod) periodBounds(t.baselinePeriod, 'baselinePeriod');
  return {
    indicator: t.indicator,
    label: t.label,
    unit: t.unit,
    group_key: t.group,
    direction: t.direction,
    comparator: t.comparator,
    value: t.value,
    max: t.max,
    ...periodBounds(t.period),
    baseline_value: t.baselineValue,
    baseline_period: t.baselinePeriod ? periodBounds(t.baselinePeriod).period : null,
    measure: t.measure,
    owner_unit_id: t.ownerUnitId,
    visibility: t.visibility,
    ...fromSource(t.source),
  };
}

export async function createTarget(trx: WriteTx, input: TargetInput, actor: string | null): Promise<Target> {
  {
    const r = await trx
      .insertInto('targets')
      .values({ ...(input.id ? { id: input.id } : {}), ...targetColumns(input) })
      .returningAll()
      .executeTakeFirstOrThrow();
    const t = toTarget(r);
    await recordAudit(trx, { actor, action: 'create', objectType: 'target', objectId: t.id, before: null, after: t });
    return t;
  }
}

/** Optimistic concurrency: the caller sends the version it read; a stale one changes nothing. */
export async function updateTarget(trx: WriteTx, id: string, version: number, patch: Partial<TargetInput>, actor: string | null): Promise<Target> {
  {
    const before = await getTarget(trx, id);
    if (before.version !== version) throw conflict({ vi: `phiên bản: chỉ tiêu ${id} vừa được người khác sửa (nay là phiên bản ${before.version}); hãy tải lại`, en: `version: target ${id} was changed by someone else (now version ${before.version})` }, { current: before.version });
    const merged = { ...before, ...patch, id };
    const r = await trx
      .updateTable('targets')
      .set({ ...targetColumns(merged), version: before.version + 1, updated_at: new Date() })
      .where('id', '=', id)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
    if (!r) throw conflict({ vi: `phiên bản: chỉ tiêu ${id} vừa được người khác sửa; hãy tải lại`, en: `version: target ${id} was changed by someone else` });
    const after = toTarget(r);
    await recordAudit(trx, { actor, action: 'update', objectType: 'target', objectId: id, before, after });
    return after;
  }
}

// Only what toObservation reads: at province scale (12,000 figures) converting unused timestamps costs more than the query.
const OBSERVATION_COLUMNS = ['id', 'indicator', 'period', 'value', 'unit', 'standing', 'unit_id', 'entered_by', 'document_id', 'span_start', 'span_end', 'quote', 'entry_no'] as const;

/** The figures that stand: corrected and withdrawn ones are kept for their history, not counted. */
export async function listObservations(db: Db, f: { indicators?: string[]; unitIds?: string[]; documentId?: string } = {}): Promise<Observation[]> {
  let q = db.selectFrom('observations').select(OBSERVATION_COLUMNS).where('superseded_by', 'is', null).where('withdrawn_at', 'is', null);
  if (f.documentId) q = q.where('document_id', '=', f.documentId);
  if (f.indicators) q = f.indicators.length ? q.where('indicator', 'in', f.indicators) : q.where(sql<SqlBool>`false`);
  if (f.unitIds) q = f.unitIds.length ? q.where('unit_id', 'in', f.unitIds) : q.where(sql<SqlBool>`false`);
  return (await q.orderBy('indicator').orderBy('period_end').orderBy('entry_no').execute()).map(toObservation);
}

/** The figures of these indicators grouped by indicator (what every status computation starts from). */
export async function observationsByIndicator(db: Db, indicators: string[], keep: (o: Observation) => boolean = () => true): Promise<Map<string, Observation[]>> {
  const out = new Map<string, Observation[]>();
  for (const o of await listObservations(db, { indicators })) {
    if (!keep(o)) continue;
    const list = out.get(o.indicator);
    if (list) list.push(o);
    else out.set(o.indicator, [o]);
  }
  return out;
}

export type ObservationInput = Omit<Observation, 'id' | 'entryNo'> & { id?: string; correctsId?: string | null; reason?: string | null };

export async function createObservation(trx: WriteTx, o: ObservationInput, actor: string | null): Promise<Observation> {
  const r = await trx
    .insertInto('observations')
    .values({
      ...(o.id ? { id: o.id } : {}),
      indicator: o.indicator,
      ...periodBounds(o.period),
      value: o.value,
      unit: o.unit,
      standing: o.standing,
      unit_id: o.unitId,
      entered_by: o.enteredBy,
      corrects_id: o.correctsId ?? null,
      reason: o.reason ?? null,
      ...fromSource(o.source),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const obs = toObservation(r);
  await recordAudit(trx, { actor, action: o.correctsId ? 'correct' : 'create', objectType: 'observation', objectId: obs.id, before: null, after: { ...obs, correctsId: o.correctsId ?? null, reason: o.reason ?? null } });
  return obs;
}

export type StoredObservation = Observation & FigureHistory;

const toStored = (r: Selectable<ObservationsTable>): StoredObservation => ({
  ...toObservation(r),
  correctsId: r.corrects_id,
  reason: r.reason,
  supersededBy: r.superseded_by,
  withdrawn: r.withdrawn_at ? { at: new Date(r.withdrawn_at).toISOString(), by: r.withdrawn_by, reason: r.withdraw_reason ?? '' } : null,
  recordedAt: new Date(r.created_at).toISOString(),
});

/** One figure whatever its state (standing, corrected or withdrawn). */
export async function getObservation(db: Db, id: string): Promise<StoredObservation> {
  const r = await db.selectFrom('observations').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) throw notFound('observation', id);
  return toStored(r);
}

/** Every entry for the figure's indicator, unit and period, in the order entered: the figure's history. */
export async function observationHistory(db: Db, o: Pick<Observation, 'indicator' | 'unitId' | 'period'>): Promise<StoredObservation[]> {
  let q = db.selectFrom('observations').selectAll().where('indicator', '=', o.indicator).where('period', '=', o.period);
  q = o.unitId === null ? q.where('unit_id', 'is', null) : q.where('unit_id', '=', o.unitId);
  return (await q.orderBy('entry_no').execute()).map(toStored);
}

/** Marks a figure as replaced by its correction; a figure already corrected or withdrawn answers 409. */
export async function supersedeObservation(trx: WriteTx, id: string, by: string): Promise<void> {
  const r = await trx.updateTable('observations').set({ superseded_by: by }).where('id', '=', id).where('superseded_by', 'is', null).where('withdrawn_at', 'is', null).returning('id').executeTakeFirst();
  if (!r) throw conflict({ vi: `số liệu: ${id} đã được đính chính hoặc rút lại`, en: `observation: ${id} was already corrected or withdrawn` }, { id });
}

export async function withdrawObservation(trx: WriteTx, id: string, reason: string, actor: string | null): Promise<StoredObservation> {
  const before = await getObservation(trx, id);
  const r = await trx
    .updateTable('observations')
    .set({ withdrawn_at: new Date(), withdrawn_by: actor, withdraw_reason: reason })
    .where('id', '=', id)
    .where('superseded_by', 'is', null)
    .where('withdrawn_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
  if (!r) throw conflict({ vi: `số liệu: ${id} đã được đính chính hoặc rút lại`, en: `observation: ${id} was already corrected or withdrawn` }, { id });
  const after = toStored(r);
  await recordAudit(trx, { actor, action: 'withdraw', objectType: 'observation', objectId: id, before, after: { withdrawn: after.withdrawn } });
  return after;
}

/**
 * What target statuses depend on, read in one cheap query: any insert, update or delete of a target
 * or a figure changes a count or a latest timestamp (updates bump updated_at; a figure is corrected
 * by a new entry, and a withdrawal lowers the count of figures still standing). Taken from the
 * database, so several server processes each keep a correct copy.
 */
/**
 * The kinds of audit entry whose writes change targets or figures: a target, a figure (entered,
 * corrected, withdrawn), a unit's report accepted or reopened (it writes and replaces figures), a
 * workspace import, a unit merged into its successor (it takes the targets and figures over). A new
 * writer of either table must audit under one of these.
 */
export const TARGET_DATA_KINDS = ['target', 'observation', 'submission', 'workspace', 'unit'] as const;

/**
 * The version of targets and figures: the last audit entry of those kinds (one probe of
 * audit_kind_seq_idx per kind), so that writes to tasks leave the targets' statuses kept.
 */
export async function targetDataVersion(db: Db): Promise<string> {
  const probes = TARGET_DATA_KINDS.map((k) => sql`coalesce((SELECT max(seq) FROM audit_log WHERE object_type = ${k}), 0)`);
  const r = await sql<{ v: string }>`SELECT greatest(${sql.join(probes)})::text AS v`.execute(db);
  return r.rows[0]?.v ?? '0';
}

/** Beyond this many entries since a kept assessment, all targets are assessed again. */
const CHANGES_FOLLOWED = 1_000;

/**
 * The indicators whose figures changed between two target data versions, when only figures changed
 * (recorded, corrected or withdrawn): the targets of other indicators keep their status. Null when
 * anything else changed in between (a target, a unit, a submission, the workspace) or too much.
 */
export async function indicatorsChangedBetween(db: Db, from: string, to: string): Promise<Set<string> | null> {
  const r = await sql<{ object_type: string; indicator: string | null; corrected: string | null }>`
    SELECT a.object_type, coalesce(a.after->>'indicator', a.before->>'indicator') AS indicator,
      (SELECT o.indicator FROM observations o WHERE o.id = a.after->>'correctsId') AS corrected
    FROM audit_log a
    WHERE a.seq > ${from}::bigint AND a.seq <= ${to}::bigint AND a.object_type IN (${sql.join(TARGET_DATA_KINDS)})
    ORDER BY a.seq LIMIT ${CHANGES_FOLLOWED + 1}`.execute(db);
  if (r.rows.length > CHANGES_FOLLOWED) return null;
  const out = new Set<string>();
  for (const row of r.rows) {
    if (row.object_type !== 'observation' || !row.indicator) return null;
    out.add(row.indicator);
    if (row.corrected) out.add(row.corrected);
  }
  return out;
}
