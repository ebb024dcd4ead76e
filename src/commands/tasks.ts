// Nhiệm vụ: give a directive with the six clears (6 rõ), and edit it (optimistic version).
import { z } from 'zod';
import { createTask, getTask, updateTask } from '../db/tasks.ts';
import { invalid, notFound } from '../domain/errors.ts';
import { authorize, mayManage, mayReadTask } from '../domain/policy.ts';
import { VISIBILITIES } from '../domain/target.ts';
import { defineCommand } from './command.ts';
import { Day, EMPTY_SOURCE, Id, Source, Version } from './fields.ts';
import { checkSource, checkTaskRefs } from './references.ts';

const fields = {
  title: z.string().trim().min(1).max(2000),
  leadUnitId: Id.nullable(),
  coUnitIds: z.array(Id).max(200),
  personInCharge: z.string().trim().max(300).nullable(),
  authority: z.string().trim().max(300).nullable(),
  product: z.string().trim().max(1000).nullable(),
  assignedOn: Day,
  deadline: Day.nullable(),
  latest: Day.nullable(),
  recurring: z.boolean(),
  parentId: Id.nullable(),
  targetIds: z.array(Id).max(200),
  source: Source,
  visibility: z.enum(VISIBILITIES),
};

export const TaskCreate = z
  .object({
    ...fields,
    leadUnitId: fields.leadUnitId.default(null),
    coUnitIds: fields.coUnitIds.default([]),
    personInCharge: fields.personInCharge.default(null),
    authority: fields.authority.default(null),
    product: fields.product.default(null),
    deadline: fields.deadline.default(null),
    latest: fields.latest.default(null),
    recurring: fields.recurring.default(false),
    parentId: fields.parentId.default(null),
    targetIds: fields.targetIds.default([]),
    source: Source.default(EMPTY_SOURCE),
    visibility: fields.visibility.default('internal'),
  })
  .strict()
  .meta({ id: 'TaskCreate' });

// No defaults: a field left out of an edit stays as it is.
export const TaskUpdate = z.object({ version: Version, ...fields }).partial().required({ version: true }).strict().meta({ id: 'TaskUpdate' });

/** Giao nhiệm vụ: the secretariat gives a directive; a unit's co-ordinators and targets must exist. */
export const giveDirective = defineCommand({
  name: 'giveDirective',
  input: TaskCreate,
  async run(ctx, input) {
    authorize(mayManage(ctx.actor));
    await checkTaskRefs(ctx.trx, input);
    await checkSource(ctx.trx, input.source);
    return createTask(ctx.trx, input, ctx.actor.id);
  },
});

export const editTask = defineCommand({
  name: 'editTask',
  input: TaskUpdate.extend({ id: Id }),
  async run(ctx, { id, version, ...patch }) {
    if (!mayReadTask(ctx.actor, await getTask(ctx.trx, id))) throw notFound('task', id);
    authorize(mayManage(ctx.actor));
    if (patch.parentId === id) throw invalid({ vi: 'nhiệm vụ cha: một nhiệm vụ không là cha của chính nó', en: 'parentId: a task cannot be its own parent' }, { field: 'parentId' });
    await checkTaskRefs(ctx.trx, patch);
    await checkSource(ctx.trx, patch.source);
    return updateTask(ctx.trx, id, version, patch, ctx.actor.id);
  },
});
