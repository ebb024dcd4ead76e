// Request shapes of /api/units.
import { z } from '@hono/zod-openapi';
import { UNIT_KINDS } from '../../../domain/unit.ts';
import { Id } from '../../validation.ts';

const fields = {
  code: z.string().trim().min(1).max(50),
  name: z.string().trim().min(1).max(300),
  kind: z.enum(UNIT_KINDS),
  parentId: Id.nullable(),
};

export const UnitCreate = z
  .object({ ...fields, parentId: fields.parentId.default(null) })
  .strict()
  .openapi('UnitCreate');

// No defaults here: a field left out of an update must stay as it is (a default would move the unit to the root).
export const UnitUpdate = z.object(fields).partial().strict().openapi('UnitUpdate');
