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
    /** Sáp nhập: the successor and the day; a merged unit is closed and kept for its history. */
    mergedInto: z.string().nullable(),
    mergedOn: z.string().nullable(),
  })
  .meta({ id: 'Unit' });
export type UnitItem = z.infer<typeof UnitItem>;

export const UnitMerged = z
  .strictObject({
    unit: UnitItem,
    /** How many of each the successor took. */
    moved: z.strictObject({ tasks: z.number(), coTasks: z.number(), targets: z.number(), figures: z.number(), users: z.number(), units: z.number(), submissions: z.number() }),
  })
  .meta({ id: 'UnitMerged' });
export type UnitMerged = z.infer<typeof UnitMerged>;

export const UnitList = listOf(UnitItem).meta({ id: 'UnitList' });
export type UnitList = z.infer<typeof UnitList>;
