// Request shapes of /api/reporting-periods.
import { z } from '@hono/zod-openapi';
import { PathId } from '../../validation.ts';
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

export { Draft, PeriodOpen, ReturnReason as Reason } from '../../../commands/reporting.ts';

export const UnitParams = z.object({
  id: PathId('id'),
  unitId: PathId('unitId'),
});
