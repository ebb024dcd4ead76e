// The dashboard's summary for one reader, day and unit filter: counts, the first items of each list
// with their totals, and the names of only the units it shows (a province has thousands).
import type { Db } from '../../db/connection.ts';
import { listTargets, observationsByIndicator } from '../../db/targets.ts';
import { allCurrentOn, countTasksByUnitAndStatus, listTasks, type StatusCount } from '../../db/task-queries.ts';
import { talliedCounts, type TalliedCounts } from '../../db/task-tally.ts';
import { getUnit, subtreeIds, unitNames } from '../../db/units.ts';
import { targetStatus } from '../../domain/target-status.ts';
import { compareUnits, summarizeTargets, summarizeTaskCounts } from '../../domain/summary.ts';
import { mayReadObservation, mayReadTarget, readsEverything } from '../../domain/policy.ts';
import type { Principal } from '../../domain/user.ts';
import type { SummaryResponse, TermResult, UnitTaskSummary } from '../../contract/summary.ts';
import { termLabelVi, termOf } from '../../domain/term.ts';
import { documentIssuedOn } from '../../db/documents.ts';
import { presentTarget } from '../presenters/target.ts';
import { presentTask } from '../presenters/task.ts';
import { remindMarks } from '../../queries/task-reminders.ts';
import { presentSummaryTarget, presentSummaryTask } from '../presenters/summary.ts';
import { assessAllTargets, type AssessedTarget } from './assessments.ts';

/** Tasks overdue and due soon: the first ones of each list; the task list pages the rest. */
const TASK_LIMIT = 20;
/** Targets at risk and off track: the worst first; the targets page lists them all. */
export const TARGET_LIMIT = 10;
/** The ranking of units is cut here: a province has thousands; the full table is the units page's. */
const UNIT_LIMIT = 100;
const UNASSIGNED = 'Chưa giao đơn vị';

export interface SummaryRequest {
  asOf: string;
  unitId?: string | undefined;
  dueSoonDays: number;
}

/** The units whose tasks the reader may see under the filter: undefined for all of them. */
function readableUnits(p: Principal, filter: string[] | undefined): string[] | undefined {
  if (readsEverything(p)) return filter;
  return (filter ?? [...p.scope]).filter((u) => p.scope.has(u));
}

async function assessTargets(db: Db, p: Principal, asOf: string, owners: string[] | undefined): Promise<AssessedTarget[]> {
  if (readsEverything(p)) {
    const within = owners ? new Set(owners) : null;
    return (await assessAllTargets(db, asOf)).filter((t) => !within || (t.ownerUnitId !== null && within.has(t.ownerUnitId)));
  }
  // A scoped reader's statuses rest on the figures they may see: computed for them.
  const targets = (await listTargets(db, { ownerUnitIds: owners })).filter((t) => mayReadTarget(p, t));
  const byIndicator = await observationsByIndicator(db, [...new Set(targets.map((t) => t.indicator))], (o) => mayReadObservation(p, o));
  return targets.map((t) => presentTarget(t, targetStatus(t, byIndicator.get(t.indicator) ?? [], asOf)));
}

/** Each congress term's targets summed up (domain/term.ts says which targets are a term's), the latest term first. */
async function termResults(db: Db, assessed: AssessedTarget[]): Promise<TermResult[]> {
  const issued = await documentIssuedOn(db, [...new Set(assessed.map((t) => t.source?.documentId).filter((d): d is string => Boolean(d)))]);
  const byTerm = new Map<string, AssessedTarget[]>();
  for (const t of assessed) {
    const term = termOf(t.period, (t.source?.documentId && issued.get(t.source.documentId)) || null);
    if (term) byTerm.set(term, [...(byTerm.get(term) ?? []), t]);
  }
  return [...byTerm.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([term, list]) => {
      const s = summarizeTargets(list);
      return { term, label: termLabelVi(term), counts: s.counts, total: s.total, assessed: s.assessed, achieved: s.achieved, headlineVi: s.headlineVi };
    });
}

/** Counts grouped over the tasks, in the tally's shape: every unit's rows are candidates for the ranking. */
function asTallied(rows: StatusCount[]): TalliedCounts {
  return { totals: rows, ranked: rows, unitsWithTasks: new Set(rows.map((r) => r.unitId)).size };
}

/** The first targets of a status, the furthest from their goal first, and how many there are. */
function worstFirst(assessed: AssessedTarget[], status: AssessedTarget['status']) {
  const all = assessed.filter((t) => t.status === status);
  const items = [...all].sort((a, b) => (a.ratio ?? Infinity) - (b.ratio ?? Infinity)).slice(0, TARGET_LIMIT);
  return { total: all.length, items: items.map(presentSummaryTarget) };
}

export async function computeSummary(db: Db, p: Principal, q: SummaryRequest): Promise<Omit<SummaryResponse, 'computedAt'>> {
  const { asOf, dueSoonDays } = q;
  const subtree = q.unitId ? await subtreeIds(db, (await getUnit(db, q.unitId)).id) : undefined;
  // The targets, the count by unit and status and the two lists are independent: on a PostgreSQL
  // server they run side by side on the pool's connections (a miss costs the slowest, not the sum);
  // PGlite's one connection takes them in turn.
  // (All in one Promise.all, so that a failure of one never leaves another's rejection unhandled.)
  const page = { limit: TASK_LIMIT, offset: 0, withTotal: false };
  const taskQueries = async () => {
    // One probe for the three task queries: whether the day reads the stored state alone.
    const filter = { unitIds: readableUnits(p, subtree), asOf, dueSoonDays, allCurrent: await allCurrentOn(db, asOf) };
    // Every task as it stands: the tally answers (a few rows per unit, the ranking chosen in SQL);
    // a scope, a filter or a day before a dated report: grouped over the tasks themselves.
    const counts = filter.unitIds === undefined && filter.allCurrent
      ? talliedCounts(db, { asOf, dueSoonDays, rankLimit: UNIT_LIMIT })
      : countTasksByUnitAndStatus(db, filter).then(asTallied);
    return Promise.all([
      counts,
      listTasks(db, { ...filter, ...page, status: ['in_progress_overdue'] }),
      listTasks(db, { ...filter, ...page, status: ['due_soon'] }),
    ]);
  };
  const [assessed, [counts, overdueRows, dueSoonRows]] = await Promise.all([assessTargets(db, p, asOf, subtree), taskQueries()]);
  const perUnit = new Map<string | null, StatusCount[]>();
  for (const r of counts.ranked) {
    const list = perUnit.get(r.unitId);
    if (list) list.push(r);
    else perUnit.set(r.unitId, [r]);
  }
  const ranked = [...perUnit.entries()]
    .map(([unitId, rows]) => ({ unitId, ...summarizeTaskCounts(rows) }))
    .sort(compareUnits)
    .slice(0, UNIT_LIMIT);

  // Per reader (the cache key says whom the answer is for: routes/summary): which ticks they get.
  const marks = await remindMarks(db, p, [...overdueRows.items, ...dueSoonRows.items], asOf);
  const overdue = overdueRows.items.map((t) => presentSummaryTask(presentTask(t, t.status, marks(t.id))));
  const dueSoon = dueSoonRows.items.map((t) => presentSummaryTask(presentTask(t, t.status, marks(t.id))));

  const shown = new Set<string>();
  for (const u of ranked) if (u.unitId) shown.add(u.unitId);
  for (const t of [...overdue, ...dueSoon]) if (t.leadUnitId) shown.add(t.leadUnitId);
  const names = await unitNames(db, [...shown]);

  const tasks = summarizeTaskCounts(counts.totals);
  const byUnit: UnitTaskSummary[] = ranked.map((u) => ({
    unitId: u.unitId, unitName: (u.unitId && names.get(u.unitId)) || UNASSIGNED, onTimeRate: u.onTimeRate, done: u.done, total: u.total, overdue: u.overdue,
  }));
  const targets = summarizeTargets(assessed);
  return {
    asOf,
    targets: {
      counts: targets.counts, total: targets.total, assessed: targets.assessed, achieved: targets.achieved, headlineVi: targets.headlineVi,
      atRisk: worstFirst(assessed, 'at_risk'),
      offTrack: worstFirst(assessed, 'off_track'),
      terms: await termResults(db, assessed),
    },
    tasks: {
      counts: tasks.counts, total: tasks.total, withDeadline: tasks.withDeadline, done: tasks.done,
      onTimeRate: tasks.onTimeRate, doneRate: tasks.doneRate, doneRateWithDeadline: tasks.doneRateWithDeadline,
      overdue: { total: tasks.counts.in_progress_overdue, items: overdue },
      dueSoon: { total: tasks.counts.due_soon, items: dueSoon },
      byUnit,
      byUnitTotal: counts.unitsWithTasks,
    },
    unitNames: Object.fromEntries([...shown].filter((id) => names.has(id)).map((id) => [id, names.get(id)!])),
  };
}
