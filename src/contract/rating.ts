// The answers of the quarterly rating: each unit's score with its working, adjustments and caps.
import { z } from 'zod';
import { RATING_LEVELS, REPORT_OUTCOMES } from '../domain/rating-rules.ts';
import { TARGET_STATUSES } from '../domain/target-status.ts';
import { TASK_STATUSES } from '../domain/task-status.ts';

const Level = z.enum(RATING_LEVELS);
const LeftOut = z.strictObject({ id: z.string(), label: z.string(), reason: z.string() });
const RatedTask = z.strictObject({
  taskId: z.string(), title: z.string(), deadline: z.string().nullable(), completedOn: z.string().nullable(), status: z.enum(TASK_STATUSES),
  returned: z.boolean(), points: z.number(), max: z.number(), deduction: z.number(), reason: z.string(),
});
const RatedTarget = z.strictObject({ targetId: z.string(), label: z.string(), status: z.enum(TARGET_STATUSES), points: z.number(), max: z.number(), credit: z.number() });
const Adjustment = z.strictObject({
  from: z.strictObject({ score: z.number(), level: Level }), to: z.strictObject({ score: z.number(), level: Level }), reason: z.string(), by: z.string(),
});

export const RatingRow = z
  .strictObject({
    unitId: z.string(),
    unitCode: z.string(),
    unitName: z.string().nullable(),
    quarter: z.string(),
    rulesYear: z.number().int(),
    /** Rounded to 2 decimals; provisional while the general points are not entered. */
    score: z.number(),
    provisional: z.boolean(),
    scoreRange: z.strictObject({ min: z.number(), max: z.number() }),
    general: z.strictObject({ points: z.number().nullable(), max: z.number() }),
    /** What the person entering the general points wrote beside them. */
    generalNote: z.string().nullable(),
    tasks: z.strictObject({ points: z.number(), max: z.number(), items: z.array(RatedTask), leftOut: z.array(LeftOut) }),
    targets: z.strictObject({ points: z.number(), max: z.number(), items: z.array(RatedTarget), leftOut: z.array(LeftOut) }),
    report: z.strictObject({ outcome: z.enum(REPORT_OUTCOMES), label: z.string(), points: z.number(), max: z.number() }),
    level: Level.nullable(),
    levelLabel: z.string(),
    thresholds: z.strictObject({ excellent: z.number(), good: z.number(), done: z.number() }),
    working: z.array(z.string()),
    adjustments: z.array(Adjustment),
    capped: z.strictObject({ from: Level, reason: z.string() }).nullable(),
  })
  .meta({ id: 'Rating' });
export type RatingRow = z.infer<typeof RatingRow>;

export const QuarterRating = z
  .strictObject({ quarter: z.string(), rulesYear: z.number().int(), results: z.array(RatingRow), notes: z.array(z.string()) })
  .meta({ id: 'QuarterRating' });
export type QuarterRating = z.infer<typeof QuarterRating>;
