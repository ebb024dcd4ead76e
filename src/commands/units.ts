// Đơn vị: create a unit in the tree, rename or move it.
import { z } from 'zod';
import { createUnit as insertUnit, updateUnit } from '../db/units.ts';
import { authorize, mayManage } from '../domain/policy.ts';
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

export const createUnit = defineCommand({
  name: 'createUnit',
  input: UnitCreate,
  async run(ctx, input) {
    authorize(mayManage(ctx.actor));
    return insertUnit(ctx.trx, input, ctx.actor.id);
  },
});

export const editUnit = defineCommand({
  name: 'editUnit',
  input: UnitUpdate.extend({ id: Id }),
  async run(ctx, { id, ...patch }) {
    authorize(mayManage(ctx.actor));
    return updateUnit(ctx.trx, id, patch, ctx.actor.id);
  },
});
