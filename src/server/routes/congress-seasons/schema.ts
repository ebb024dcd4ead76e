// Shapes of /api/congress-seasons: the commands' inputs, and the progress exactly as the contract prints it.
import { z } from '@hono/zod-openapi';
import { Day, PathId } from '../../validation.ts';

export { SeasonCreate } from '../../../commands/congress-seasons.ts';

export const CodeParam = z.object({ code: PathId('code') });
export const OrgParams = z.object({ code: PathId('code'), org: PathId('org') });
export const HeldBody = z.object({ on: Day }).strict();
export const ProgressQuery = z.object({ asOf: Day.optional() });

export const SeasonView = z.object({ id: z.string(), code: z.string(), name: z.string(), deadline: z.string(), latest: z.string() }).openapi('CongressSeason');

export const SeasonProgress = z
  .object({
    season: z.string(),
    asOf: z.string(),
    deadline: z.string(),
    latest: z.string(),
    total: z.number().int(),
    held: z.number().int(),
    heldPercent: z.number(),
    remaining: z.number().int(),
    behindPlan: z.number().int(),
    remainingByMonth: z.array(z.object({ month: z.string(), count: z.number().int() })),
    forecastDone: z.string().nullable(),
    modelCongresses: z.object({ total: z.number().int(), held: z.number().int() }),
    byParent: z.array(z.object({ unit: z.string(), total: z.number().int(), held: z.number().int(), heldPercent: z.number(), behindPlan: z.number().int() })),
  })
  .openapi('CongressSeasonProgress');

export const ScheduleResult = z.object({ season: z.string(), created: z.number().int(), updated: z.number().int() }).openapi('CongressScheduleResult');
export const HeldResult = z.object({ season: z.string(), org: z.string(), name: z.string(), heldOn: z.string().nullable() }).openapi('CongressHeldResult');
