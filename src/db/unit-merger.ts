// Sáp nhập đơn vị in the database: the successor takes the merged unit's tasks (lead and co-unit),
// targets, figures, people, units below it, submissions and reminders; the merged unit stays, closed.
import { sql } from 'kysely';
import type { WriteTx } from './tx.ts';
import { recordAudit } from './audit.ts';
import { getUnit, toUnit } from './units.ts';
import type { Unit } from '../domain/unit.ts';

export interface MergerMoved {
  tasks: number;
  coTasks: number;
  targets: number;
  figures: number;
  users: number;
  units: number;
  submissions: number;
}

const n = (r: { numUpdatedRows?: bigint; numDeletedRows?: bigint }) => Number(r.numUpdatedRows ?? r.numDeletedRows ?? 0n);

/** Moves everything of `fromId` to `intoId` and closes `fromId` on `day`; the caller checked the rule. */
export async function mergeUnits(trx: WriteTx, fromId: string, intoId: string, day: string, actor: string | null): Promise<{ unit: Unit; moved: MergerMoved }> {
  const before = await getUnit(trx, fromId);
  await getUnit(trx, intoId);
  const tasks = n(await trx.updateTable('tasks').set({ lead_unit_id: intoId }).where('lead_unit_id', '=', fromId).executeTakeFirst());
  // A co-unit's part passes to the successor, unless the successor already co-ordinates or leads the task.
  const coTasks = (await trx.selectFrom('task_units').select('task_id').where('unit_id', '=', fromId).execute()).length;
  await sql`INSERT INTO task_units (task_id, unit_id)
    SELECT tu.task_id, ${intoId} FROM task_units tu JOIN tasks t ON t.id = tu.task_id
    WHERE tu.unit_id = ${fromId} AND t.lead_unit_id IS DISTINCT FROM ${intoId}
    ON CONFLICT DO NOTHING`.execute(trx);
  await trx.deleteFrom('task_units').where('unit_id', '=', fromId).execute();
  await sql`DELETE FROM task_units tu USING tasks t WHERE t.id = tu.task_id AND tu.unit_id = ${intoId} AND t.lead_unit_id = ${intoId}`.execute(trx);
  const targets = n(await trx.updateTable('targets').set({ owner_unit_id: intoId }).where('owner_unit_id', '=', fromId).executeTakeFirst());
  const figures = n(await trx.updateTable('observations').set({ unit_id: intoId }).where('unit_id', '=', fromId).executeTakeFirst());
  const users = n(await trx.updateTable('users').set({ unit_id: intoId }).where('unit_id', '=', fromId).executeTakeFirst());
  const units = n(await trx.updateTable('units').set({ parent_id: intoId }).where('parent_id', '=', fromId).where('id', '<>', intoId).executeTakeFirst());
  // A period both units reported on keeps the merged unit's submission with it: two reports of one
  // period cannot be one, and the old one still reads on the closed unit.
  const submissions = n(
    await trx
      .updateTable('submissions')
      .set({ unit_id: intoId })
      .where('unit_id', '=', fromId)
      .where('reporting_period_id', 'not in', trx.selectFrom('submissions').select('reporting_period_id').where('unit_id', '=', intoId))
      .executeTakeFirst(),
  );
  await trx.updateTable('reminders').set({ unit_id: intoId }).where('unit_id', '=', fromId).execute();
  await trx.updateTable('task_reminders').set({ unit_id: intoId }).where('unit_id', '=', fromId).execute();
  await trx.updateTable('congress_orgs').set({ unit_id: intoId }).where('unit_id', '=', fromId).execute();
  const row = await trx
    .updateTable('units')
    .set({ merged_into: intoId, merged_on: day })
    .where('id', '=', fromId)
    .returning(['id', 'code', 'name', 'kind', 'parent_id', 'merged_into', 'merged_on'])
    .executeTakeFirstOrThrow();
  const unit = toUnit(row);
  const moved = { tasks, coTasks, targets, figures, users, units, submissions };
  await recordAudit(trx, { actor, action: 'merge_unit', objectType: 'unit', objectId: fromId, before, after: { ...unit, moved } });
  return { unit, moved };
}
