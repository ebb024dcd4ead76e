// Request shapes of /api/reporting-periods.
import { z } from '@hono/zod-openapi';
import { Day, Id, PeriodCode } from '../../validation.ts';
import type { Db } from '../../../db/connection.ts';
import { getUnit } from '../../../db/units.ts';
import { mayReadUnitReport } from '../../../domain/policy.ts';
import { notFound } from '../../../domain/errors.ts';
import type { Principal } from '../../../domain/user.ts';

/** The unit whose report is asked for, or 404 when it is outside the user's units (no existence leak). */
export async function readableUnit(db: Db, p: Principal, unitId: string) {
  const unit = await getUnit(db, unitId);
  if (!mayReadUnitReport(p, unit.id)) throw notFound('unit', unitId);
  return unit;
}

export const PeriodOpen = z
  .object({ period: PeriodCode, dueOn: Day, title: z.string().trim().min(1).max(300) })
  .strict()
  .openapi('ReportingPeriodOpen');

export const Draft = z
  .object({
    figures: z
      .array(
        z.object({
          targetId: Id,
          value: z.number().finite(),
          standing: z.enum(['estimate', 'preliminary', 'official']).default('preliminary'),
          note: z.string().max(2000).default(''),
        }).strict(),
      )
      .max(2000)
      .default([]),
    tasks: z
      .array(
        z.object({
          taskId: Id,
          progress: z.number().int().min(0).max(100).nullable().default(null),
          completedOn: Day.nullable().default(null),
          note: z.string().max(2000).default(''),
        }).strict(),
      )
      .max(5000)
      .default([]),
  })
  .strict()
  .openapi('SubmissionDraft');

export const Reason = z.object({ reason: z.string().trim().min(1).max(2000) }).strict().openapi('ReturnReason');

export const UnitParams = z.object({
  id: Id.openapi({ param: { name: 'id', in: 'path' } }),
  unitId: Id.openapi({ param: { name: 'unitId', in: 'path' } }),
});
