// Export and import of the whole workspace, in one transaction, losing nothing on a round trip.
import type { Visibility } from '../domain/target.ts';
import type { Db } from './connection.ts';
import type { WriteTx } from './tx.ts';
import { conflict, invalid } from '../domain/errors.ts';
import { recordAudit } from './audit.ts';
import { listUnits } from './units.ts';
import { contentHash, toDocument } from './documents.ts';
import { listObservations, listTargets, periodBounds } from './targets.ts';
import { hydrate, refreshState, toReport } from './tasks.ts';
import { fromSource } from './source.ts';
import { searchKey } from '../domain/search.ts';
import { Workspace } from './workspace-format.ts';
import { allProposals, insertProposals } from './proposals.ts';

/** Nothing registered yet: the first start loads the demo into it, an import needs it. */
export async function isEmptyWorkspace(db: Db): Promise<boolean> {
  return (await db.selectFrom('units').select('id').limit(1).execute()).length === 0;
}

export async function exportWorkspace(db: Db): Promise<Workspace> {
  const docs = await db.selectFrom('documents').selectAll().orderBy('id').execute();
  const tasks = await hydrate(db, await db.selectFrom('tasks').selectAll().orderBy('id').execute());
  const reports = await db.selectFrom('task_reports').selectAll().orderBy('task_id').orderBy('reported_on').orderBy('entry_no').execute();
  const units = await listUnits(db);
  return {
    format: 'haidang-workspace',
    version: 2,
    // Parents before children, so that an import can insert in file order.
    units: topological(units),
    documents: docs.map((d) => ({ ...toDocument(d), visibility: d.visibility as Visibility })),
    targets: (await listTargets(db)).map(({ version: _v, ...t }) => t),
    // The order of entry is kept by the order in the file, not by its numbers (a new database counts afresh).
    observations: (await listObservations(db)).map(({ entryNo: _n, ...o }) => o),
    tasks: topological(tasks.map(({ version: _v, state: _s, ...t }) => t)),
    reports: reports.map(toReport),
    proposals: await allProposals(db),
  };
}

function topological<T extends { id: string; parentId: string | null }>(items: T[]): T[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  const out: T[] = [];
  const seen = new Set<string>();
  const visit = (i: T) => {
    if (seen.has(i.id)) return;
    seen.add(i.id);
    const p = i.parentId ? byId.get(i.parentId) : undefined;
    if (p) visit(p);
    out.push(i);
  };
  items.forEach(visit);
  return out;
}

/** Imports into an empty workspace; anything wrong in the file leaves the database as it was. */
export async function importWorkspace(trx: WriteTx, input: unknown, actor: string | null): Promise<Record<string, number>> {
  const parsed = Workspace.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw invalid(`workspace: ${issues[0]}`, { issues: issues.slice(0, 50) });
  }
  const ws = parsed.data;
  {
    const existing = await trx.selectFrom('units').select('id').limit(1).execute();
    if (existing.length) throw conflict({ vi: 'workspace: cơ sở dữ liệu đã có dữ liệu; chỉ nhập được vào một không gian làm việc trống', en: 'workspace: the database already holds data; import needs an empty workspace' });
    for (const u of topological(ws.units)) {
      await trx.insertInto('units').values({ id: u.id, code: u.code, name: u.name, kind: u.kind, parent_id: u.parentId }).execute();
    }
    // The successor may come later in the file than the unit merged into it: closed once all exist.
    for (const u of ws.units) {
      if (u.mergedInto) await trx.updateTable('units').set({ merged_into: u.mergedInto, merged_on: u.mergedOn ?? null }).where('id', '=', u.id).execute();
    }
    for (const d of ws.documents) {
      if (d.text === undefined) throw invalid(`documents.${d.id}: the document has no text`);
      await trx
        .insertInto('documents')
        .values({ id: d.id, kind: d.kind, number: d.number, issued_on: d.issuedOn, issuer: d.issuer, title: d.title, body: d.text, content_hash: contentHash(d.text), visibility: d.visibility })
        .execute();
    }
    for (const t of ws.targets) {
      await trx
        .insertInto('targets')
        .values({
          id: t.id, indicator: t.indicator, label: t.label, unit: t.unit, group_key: t.group, direction: t.direction,
          comparator: t.comparator, value: t.value, max: t.max, ...periodBounds(t.period, `targets.${t.id}.period`),
          baseline_value: t.baselineValue,
          baseline_period: t.baselinePeriod ? periodBounds(t.baselinePeriod, `targets.${t.id}.baselinePeriod`).period : null,
          measure: t.measure, owner_unit_id: t.ownerUnitId, visibility: t.visibility, ...fromSource(t.source),
        })
        .execute();
    }
    for (const o of ws.observations) {
      await trx
        .insertInto('observations')
        .values({
          id: o.id, indicator: o.indicator, ...periodBounds(o.period, `observations.${o.id}.period`), value: o.value, unit: o.unit,
          standing: o.standing, unit_id: o.unitId, entered_by: o.enteredBy ?? null, ...fromSource(o.source),
        })
        .execute();
    }
    for (const t of topological(ws.tasks)) {
      if (t.deadline && t.deadline < t.assignedOn) throw invalid(`tasks.${t.id}.deadline: before the day the task was assigned`);
      await trx
        .insertInto('tasks')
        .values({
          id: t.id, title: t.title, lead_unit_id: t.leadUnitId, person_in_charge: t.personInCharge, authority: t.authority,
          product: t.product, assigned_on: t.assignedOn, deadline: t.deadline, latest: t.latest, recurring: t.recurring,
          parent_id: t.parentId, visibility: t.visibility, search_text: searchKey(`${t.title} ${t.product ?? ''} ${t.personInCharge ?? ''}`),
          ...fromSource(t.source),
        })
        .execute();
      if (t.coUnitIds.length) await trx.insertInto('task_units').values([...new Set(t.coUnitIds)].map((unit_id) => ({ task_id: t.id, unit_id }))).execute();
      if (t.targetIds.length) await trx.insertInto('task_targets').values([...new Set(t.targetIds)].map((target_id) => ({ task_id: t.id, target_id }))).execute();
    }
    for (const r of ws.reports) {
      await trx
        .insertInto('task_reports')
        .values({
          id: r.id, task_id: r.taskId, kind: r.kind, reported_on: r.reportedOn, progress: r.progress, body: r.text,
          // Before version 2 every completion counted at once, as one the assigning side recorded.
          new_deadline: r.newDeadline, approved: ws.version === 1 && r.kind === 'complete' ? (r.approved ?? true) : r.approved, author_id: r.authorId,
          unit_id: r.unitId ?? null, link: r.link ?? null,
        })
        .execute();
    }
    for (const t of ws.tasks) await refreshState(trx, t.id);
    await insertProposals(trx, ws.proposals ?? []);
    const counts = {
      units: ws.units.length, documents: ws.documents.length, targets: ws.targets.length,
      observations: ws.observations.length, tasks: ws.tasks.length, reports: ws.reports.length,
    };
    await recordAudit(trx, { actor, action: 'import', objectType: 'workspace', objectId: 'workspace', before: null, after: counts });
    return counts;
  }
}
