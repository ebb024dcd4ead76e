// Đơn vị: create a unit in the tree, rename or move it, merge it into its successor.
import { z } from 'zod';
import type { WriteTx } from '../db/tx.ts';
import { createUnit as insertUnit, findUnitByCode, getUnit, listUnits, updateUnit } from '../db/units.ts';
import { mergeUnits } from '../db/unit-merger.ts';
import { conflict } from '../domain/errors.ts';
import { authorize, mayManage } from '../domain/policy.ts';
import { mergerRefusal, mergerRefusalText } from '../domain/unit-merger.ts';
import { UNIT_KINDS } from '../domain/unit.ts';
import { defineCommand } from './command.ts';
import { Code, Id } from './fields.ts';

const fields = {
  code: Code,
  name: z.string().trim().min(1).max(300),
  kind: z.enum(UNIT_KINDS),
  parentId: Id.nullable(),
};

export const UnitCreate = z.object({ ...fields, parentId: fields.parentId.default(null) }).strict().meta({ id: 'UnitCreate' });
// No defaults here: a field left out of an update must stay as it is (a default would move the unit to the root).
export const UnitUpdate = z.object(fields).partial().strict().meta({ id: 'UnitUpdate' });

/** Said in words before the database's unique key would answer in its own. */
async function refuseTakenCode(trx: WriteTx, code: string): Promise<void> {
  const other = await findUnitByCode(trx, code);
  if (other) throw conflict({ vi: `code: mã ${code} đã dùng cho đơn vị ${other.name}`, en: `code: ${code} is already the code of ${other.name}` }, { reason: 'code_taken' });
}

export const createUnit = defineCommand({
  name: 'createUnit',
  input: UnitCreate,
  async run(ctx, input) {
    authorize(mayManage(ctx.actor));
    await refuseTakenCode(ctx.trx, input.code);
    if (input.parentId && (await getUnit(ctx.trx, input.parentId)).mergedInto) {
      throw conflict(mergerRefusalText('parentId', 'successor_closed'), { reason: 'successor_closed' });
    }
    return insertUnit(ctx.trx, input, ctx.actor.id);
  },
});

export const editUnit = defineCommand({
  name: 'editUnit',
  input: UnitUpdate.extend({ id: Id }),
  async run(ctx, { id, ...patch }) {
    authorize(mayManage(ctx.actor));
    const unit = await getUnit(ctx.trx, id);
    // A closed unit is history: it is read, not renamed or moved; nothing new goes under it either.
    if (patch.code && patch.code !== unit.code) await refuseTakenCode(ctx.trx, patch.code);
    if (unit.mergedInto) throw conflict(mergerRefusalText('id', 'already_merged'), { reason: 'already_merged' });
    if (patch.parentId && (await getUnit(ctx.trx, patch.parentId)).mergedInto) {
      throw conflict(mergerRefusalText('parentId', 'successor_closed'), { reason: 'successor_closed' });
    }
    return updateUnit(ctx.trx, id, patch, ctx.actor.id);
  },
});

export const UnitMerge = z.object({ intoId: Id }).strict().meta({ id: 'UnitMerge' });

/** Sáp nhập: the successor takes the unit's tasks, targets, figures and people in one transaction. */
export const mergeUnit = defineCommand({
  name: 'mergeUnit',
  input: UnitMerge.extend({ id: Id }),
  async run(ctx, { id, intoId }) {
    authorize(mayManage(ctx.actor));
    await getUnit(ctx.trx, id);
    await getUnit(ctx.trx, intoId);
    const refusal = mergerRefusal(await listUnits(ctx.trx), id, intoId);
    if (refusal) throw conflict(mergerRefusalText('intoId', refusal), { reason: refusal });
    return mergeUnits(ctx.trx, id, intoId, ctx.today, ctx.actor.id);
  },
});
