// Reporting periods and units' submissions: what each unit must report, drafts, decisions, and what
// an accepted submission writes (observations and task reports, replaced if it is accepted again).
import { sql } from 'kysely';
import { conflict, invalid, notFound } from '../domain/errors.ts';
import { nextStatus, type LineComment, type SubmissionAction, type SubmissionStatus } from '../domain/reporting.ts';
import type { Db } from './connection.ts';
import type { WriteTx } from './tx.ts';
import { recordAudit } from './audit.ts';
import { periodBounds } from './targets.ts';
import { refreshState } from './tasks.ts';
import { tasksOfPeriod, tasksSource } from './task-queries.ts';

export interface ReportingPeriod {
  id: string;
  period: string;
  start: string;
  end: string;
  dueOn: string;
  title: string;
}

export interface FigureLine {
  targetId: string;
  value: number;
  standing: 'estimate' | 'preliminary' | 'official';
  note: string;
}

export interface TaskLine {
  taskId: string;
  progress: number | null;
  completedOn: string | null;
  note: string;
}

export interface Submission {
  id: string;
  reportingPeriodId: string;
  unitId: string;
  status: SubmissionStatus;
  submittedOn: string | null;
  returnReason: string | null;
  /** The secretariat's comments line by line, from the last return. */
  returnComments: LineComment[];
  version: number;
  figures: FigureLine[];
  tasks: TaskLine[];
}

const toPeriod = (r: { id: string; period: string; period_start: string; period_end: string; due_on: string; title: string }): ReportingPeriod => ({
  id: r.id, period: r.period, start: r.period_start, end: r.period_end, dueOn: r.due_on, title: r.title,
});

export async function openPeriod(trx: WriteTx, input: { period: string; dueOn: string; title: string }, actor: string | null): Promise<ReportingPeriod> {
  const b = periodBounds(input.period);
  if (input.dueOn < b.period_start) throw invalid({ vi: 'hạn nộp: trước khi kỳ bắt đầu', en: 'dueOn: before the period begins' }, { field: 'dueOn' });
  {
    const r = await trx
      .insertInto('reporting_periods')
      .values({ period: b.period, period_start: b.period_start, period_end: b.period_end, due_on: input.dueOn, title: input.title, opened_by: actor })
      .returningAll()
      .executeTakeFirstOrThrow();
    const p = toPeriod(r);
    await recordAudit(trx, { actor, action: 'create', objectType: 'reporting_period', objectId: p.id, before: null, after: p });
    return p;
  }
}

export async function listPeriods(db: Db): Promise<ReportingPeriod[]> {
  return (await db.selectFrom('reporting_periods').selectAll().orderBy('period_end', 'desc').execute()).map(toPeriod);
}

export async function getPeriod(db: Db, id: string): Promise<ReportingPeriod> {
  const r = await db.selectFrom('reporting_periods').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) throw notFound('reporting period', id);
  return toPeriod(r);
}

/**
 * What a unit reports for a period: the figures of the targets it owns, and the progress of the
 * tasks it leads that were assigned by the period's end and not finished before it began.
 */
export async function dueItems(db: Db, p: ReportingPeriod, unitId: string) {
  const targets = await db
    .selectFrom('targets')
    .select(['id', 'indicator', 'label', 'unit', 'value', 'max', 'comparator', 'period'])
    .where('owner_unit_id', '=', unitId)
    .orderBy('indicator')
    .orderBy('id')
    .execute();
  // As they stood on the period's last day, as the review of the period counts them.
  const tasks = (await tasksOfPeriod(db, p, unitId)).map((t) => ({
    id: t.id, title: t.title, deadline: t.deadline,
    state_deadline: t.state.deadline, state_completed_on: t.state.completedOn, state_progress: t.state.progress,
  }));
  return { targets, tasks };
}

/** Units with anything to report: owners of targets and leads of tasks. */
export async function unitsExpected(db: Db, p: ReportingPeriod): Promise<string[]> {
  const r = await sql<{ unit_id: string }>`
    SELECT owner_unit_id AS unit_id FROM targets WHERE owner_unit_id IS NOT NULL
    UNION SELECT lead_unit_id FROM ${await tasksSource(db, p.end)} t WHERE lead_unit_id IS NOT NULL AND assigned_on <= ${p.end}::date
      AND (at_completed_on IS NULL OR at_completed_on >= ${p.start}::date)
    ORDER BY 1`.execute(db);
  return r.rows.map((x) => x.unit_id);
}

async function loadSubmission(db: Db, row: { id: string; reporting_period_id: string; unit_id: string; status: string; submitted_on: string | null; return_reason: string | null; return_comments: LineComment[]; version: number }): Promise<Submission> {
  const [figures, tasks] = await Promise.all([
    db.selectFrom('submission_figures').selectAll().where('submission_id', '=', row.id).orderBy('target_id').execute(),
    db.selectFrom('submission_tasks').selectAll().where('submission_id', '=', row.id).orderBy('task_id').execute(),
  ]);
  return {
    id: row.id, reportingPeriodId: row.reporting_period_id, unitId: row.unit_id, status: row.status as SubmissionStatus,
    submittedOn: row.submitted_on, returnReason: row.return_reason, returnComments: row.return_comments ?? [], version: row.version,
    figures: figures.map((f) => ({ targetId: f.target_id, value: f.value, standing: f.standing as FigureLine['standing'], note: f.note })),
    tasks: tasks.map((t) => ({ taskId: t.task_id, progress: t.progress, completedOn: t.completed_on, note: t.note })),
  };
}

export async function findSubmission(db: Db, periodId: string, unitId: string): Promise<Submission | null> {
  const r = await db.selectFrom('submissions').selectAll().where('reporting_period_id', '=', periodId).where('unit_id', '=', unitId).executeTakeFirst();
  return r ? loadSubmission(db, r) : null;
}

export async function listSubmissions(db: Db, periodId: string): Promise<Submission[]> {
  const rows = await db.selectFrom('submissions').selectAll().where('reporting_period_id', '=', periodId).execute();
  return Promise.all(rows.map((r) => loadSubmission(db, r)));
}

/**
 * The unit's submission, its row locked until the transaction ends: a submit, an accept and a
 * return arriving together are decided one after the other, each from the state the last one left.
 */
async function lockSubmission(trx: WriteTx, periodId: string, unitId: string): Promise<Submission | null> {
  const r = await trx.selectFrom('submissions').selectAll().where('reporting_period_id', '=', periodId).where('unit_id', '=', unitId).forUpdate().executeTakeFirst();
  return r ? loadSubmission(trx, r) : null;
}

async function transition(trx: Db, s: Submission, action: SubmissionAction) {
  const next = nextStatus(s.status, action);
  if (!next) throw conflict({ vi: `trạng thái: báo cáo đang "${s.status}" thì không ${action === 'edit' ? 'sửa' : action === 'submit' ? 'gửi' : action === 'accept' ? 'tiếp nhận' : action === 'return' ? 'trả lại' : 'mở lại'} được`, en: `status: a submission that is "${s.status}" cannot be ${action === 'edit' ? 'edited' : action + 'ed'}` }, { status: s.status });
  return next;
}

/** Saves the unit's lines (the whole draft at once), creating the submission on first save. */
export async function saveDraft(trx: WriteTx, p: ReportingPeriod, unitId: string, lines: { figures: FigureLine[]; tasks: TaskLine[] }, actor: string | null): Promise<Submission> {
  {
    const due = await dueItems(trx, p, unitId);
    const targetIds = new Set(due.targets.map((t) => t.id));
    const taskIds = new Set(due.tasks.map((t) => t.id));
    lines.figures.forEach((f, i) => {
      if (!targetIds.has(f.targetId)) throw invalid({ vi: `số liệu dòng ${i + 1}: không phải chỉ tiêu của đơn vị này`, en: `figures.${i}.targetId: not a target of this unit` }, { row: i, targetId: f.targetId });
    });
    lines.tasks.forEach((t, i) => {
      if (!taskIds.has(t.taskId)) throw invalid({ vi: `nhiệm vụ dòng ${i + 1}: không phải nhiệm vụ đơn vị báo cáo trong kỳ này`, en: `tasks.${i}.taskId: not a task this unit reports on for the period` }, { row: i, taskId: t.taskId });
      if (t.completedOn && (t.completedOn > p.end || t.completedOn < p.start)) throw invalid({ vi: `nhiệm vụ dòng ${i + 1}, ngày hoàn thành: ngoài kỳ báo cáo`, en: `tasks.${i}.completedOn: outside the period` }, { row: i });
    });
    // The first save creates the submission; two first saves at once (a double click) meet here.
    await trx
      .insertInto('submissions')
      .values({ reporting_period_id: p.id, unit_id: unitId, updated_at: new Date() })
      .onConflict((oc) => oc.columns(['reporting_period_id', 'unit_id']).doNothing())
      .execute();
    const s = (await lockSubmission(trx, p.id, unitId))!;
    await transition(trx, s, 'edit');
    await trx.deleteFrom('submission_figures').where('submission_id', '=', s.id).execute();
    await trx.deleteFrom('submission_tasks').where('submission_id', '=', s.id).execute();
    if (lines.figures.length) {
      await trx.insertInto('submission_figures').values(lines.figures.map((f) => ({ submission_id: s.id, target_id: f.targetId, value: f.value, standing: f.standing, note: f.note }))).execute();
    }
    if (lines.tasks.length) {
      await trx.insertInto('submission_tasks').values(lines.tasks.map((t) => ({ submission_id: s.id, task_id: t.taskId, progress: t.progress, completed_on: t.completedOn, note: t.note }))).execute();
    }
    await trx.updateTable('submissions').set({ version: s.version + 1, updated_at: new Date() }).where('id', '=', s.id).execute();
    const after = (await findSubmission(trx, p.id, unitId))!;
    await recordAudit(trx, { actor, action: 'update', objectType: 'submission', objectId: s.id, before: s, after });
    return after;
  }
}

/** submit, accept, return (with a reason) or reopen; accepting writes the figures and task reports. */
export async function decide(trx: WriteTx, p: ReportingPeriod, unitId: string, action: Exclude<SubmissionAction, 'edit'>, opts: { actor: string | null; today: string; reason?: string; comments?: LineComment[] }): Promise<Submission> {
  {
    const s = await lockSubmission(trx, p.id, unitId);
    if (!s) throw notFound('submission', `${p.period}/${unitId}`);
    const next = await transition(trx, s, action);
    if (action === 'return' && !opts.reason?.trim()) throw invalid({ vi: 'lý do: hãy ghi vì sao trả lại báo cáo', en: 'reason: say why the report is returned' }, { field: 'reason' });
    await trx
      .updateTable('submissions')
      .set({
        status: next,
        ...(action === 'submit' ? { submitted_on: opts.today } : {}),
        ...(action === 'return' ? { return_reason: opts.reason!.trim(), return_comments: JSON.stringify(opts.comments ?? []) } : {}),
        ...(action === 'accept' || action === 'return' || action === 'reopen' ? { decided_at: new Date(), decided_by: opts.actor } : {}),
        version: s.version + 1,
        updated_at: new Date(),
      })
      .where('id', '=', s.id)
      .execute();
    if (action === 'accept') await applyAccepted(trx, p, s, opts.actor);
    const after = (await findSubmission(trx, p.id, unitId))!;
    await recordAudit(trx, { actor: opts.actor, action: action === 'return' ? 'return' : action, objectType: 'submission', objectId: s.id, before: { status: s.status }, after: { status: next, reason: opts.reason ?? null, ...(action === 'return' ? { comments: opts.comments ?? [] } : {}) } });
    return after;
  }
}

async function applyAccepted(trx: WriteTx, p: ReportingPeriod, s: Submission, actor: string | null) {
  // A submission accepted again (after a reopening) replaces what it wrote the first time.
  await trx.deleteFrom('observations').where('submission_id', '=', s.id).execute();
  const touched = (await trx.deleteFrom('task_reports').where('submission_id', '=', s.id).returning('task_id').execute()).map((r) => r.task_id);
  const bounds = periodBounds(p.period);
  for (const f of s.figures) {
    const t = await trx.selectFrom('targets').select(['indicator', 'unit']).where('id', '=', f.targetId).executeTakeFirstOrThrow();
    await trx
      .insertInto('observations')
      .values({ indicator: t.indicator, ...bounds, value: f.value, unit: t.unit, standing: f.standing, unit_id: s.unitId, entered_by: actor, submission_id: s.id, document_id: null, span_start: null, span_end: null, quote: f.note || null })
      .execute();
  }
  for (const t of s.tasks) {
    const on = t.completedOn ?? s.submittedOn ?? p.end;
    if (t.completedOn) {
      await trx.insertInto('task_reports').values({ task_id: t.taskId, kind: 'complete', reported_on: t.completedOn, progress: 100, body: t.note, new_deadline: null, approved: true, author_id: actor, submission_id: s.id }).execute();
    } else if (t.progress !== null) {
      await trx.insertInto('task_reports').values({ task_id: t.taskId, kind: 'progress', reported_on: on, progress: t.progress, body: t.note, new_deadline: null, approved: null, author_id: actor, submission_id: s.id }).execute();
    }
    touched.push(t.taskId);
  }
  for (const id of new Set(touched)) await refreshState(trx, id);
}

/**
 * An accepted submission locks the unit's figures of that period until it is reopened. The
 * submission rows are read FOR SHARE: a figure written while the report is being accepted waits
 * for that acceptance and then sees the lock (checked inside the writing transaction, not before).
 */
export async function isLocked(db: Db, unitId: string | null, period: string): Promise<boolean> {
  if (!unitId) return false;
  const rows = await db
    .selectFrom('submissions')
    .innerJoin('reporting_periods', 'reporting_periods.id', 'submissions.reporting_period_id')
    .select('submissions.status')
    .where('submissions.unit_id', '=', unitId)
    .where('reporting_periods.period', '=', periodBounds(period).period)
    .forShare('submissions')
    .execute();
  return rows.some((r) => r.status === 'accepted');
}

/** Records the reminders sent to these units for the period, in one statement, and audits them. */
export async function addReminders(trx: WriteTx, periodId: string, unitIds: string[], on: string, note: string, actor: string | null): Promise<number> {
  if (unitIds.length === 0) return 0;
  await trx.insertInto('reminders').values(unitIds.map((unit_id) => ({ reporting_period_id: periodId, unit_id, sent_on: on, sent_by: actor, note }))).execute();
  await recordAudit(trx, { actor, action: 'remind', objectType: 'reporting_period', objectId: periodId, before: null, after: { units: unitIds, on, note } });
  return unitIds.length;
}

/** The last reminder of each unit for the period, and how many were sent. */
export async function lastReminders(db: Db, periodId: string): Promise<Map<string, { on: string; count: number }>> {
  const rows = await db
    .selectFrom('reminders')
    .select(['unit_id', (eb) => eb.fn.max('sent_on').as('on'), (eb) => eb.fn.countAll<number>().as('n')])
    .where('reporting_period_id', '=', periodId)
    .groupBy('unit_id')
    .execute();
  return new Map(rows.map((r) => [r.unit_id, { on: r.on as string, count: Number(r.n) }]));
}
