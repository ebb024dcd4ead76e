// The answers about units (đơn vị): one unit with its kind in words, and the list of them.
import { z } from 'zod';
import { UNIT_KINDS } from '../domain/unit.ts';
import { listOf } from './common.ts';

export const UnitItem = z
  .strictObject({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    kind: z.enum(UNIT_KINDS),
    parentId: z.string().nullable(),
    kindLabel: z.string(),
  })
  .meta({ id: 'Unit' });
export type UnitItem = z.infer<typeof UnitItem>;

export const UnitList = listOf(UnitItem).meta({ id: 'UnitList' });
export type UnitList = z.infer<typeof UnitList>;
