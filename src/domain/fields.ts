// The zod pieces the API's inputs and the sheets' cells share: ids and calendar days (commands/fields.ts re-exports them).
import { z } from 'zod';
import { isValidDate } from './calendar.ts';
import { RULES } from './input-error.ts';

export const Id = z.string().min(1).max(200);
/** The days this follow-up speaks of: a date in 1900 or 2999 is a typing slip, not a deadline. */
export const FIRST_DAY = '2000-01-01';
export const LAST_DAY = '2100-12-31';
export const Day = z
  .string()
  .refine(isValidDate, RULES.day.en)
  .refine((d) => d >= FIRST_DAY && d <= LAST_DAY, RULES.dayRange.en)
  .meta({ example: '2025-08-20' });
