// Request shapes of /api/targets and /api/observations: the commands' inputs, and the queries.
import { z } from '@hono/zod-openapi';
import { TARGET_GROUPS } from '../../../domain/target.ts';
import { AsOf, Id } from '../../validation.ts';

export { TargetCreate, TargetUpdate } from '../../../commands/targets.ts';
export { FigureInput as ObservationCreate, FigureCorrection, FigureWithdrawal } from '../../../commands/figures.ts';

export const TargetQuery = AsOf.extend({
  group: z.enum(TARGET_GROUPS).optional(),
  unitId: Id.optional(),
  indicator: z.string().optional(),
  documentId: Id.optional(),
  status: z.enum(['achieved', 'on_track', 'at_risk', 'off_track', 'no_data']).optional(),
});

export const ObservationQuery = z.object({ indicator: z.string().optional(), unitId: Id.optional(), documentId: Id.optional() });
