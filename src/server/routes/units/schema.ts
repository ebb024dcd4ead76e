// Request shapes of /api/units.
import { z } from '@hono/zod-openapi';
import { UNIT_KINDS } from '../../../domain/unit.ts';
import { Id } from '../../validation.ts';

export const UnitCreate = z
  .object({
    code: z.string().trim().min(1).max(50),
    name: z.string().trim().min(1).max(300),
    kind: z.enum(UNIT_KINDS),
    parentId: Id.nullable().default(null),
  })
  .strict()
  .openapi('UnitCreate');

export const UnitUpdate = UnitCreate.partial().strict().openapi('UnitUpdate');
