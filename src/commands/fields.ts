// The zod pieces every command's input shares: ids, versions, calendar days, periods, the source span.
import { z } from 'zod';
import { isValidDate } from '../domain/calendar.ts';
import { isValidPeriod } from '../domain/period.ts';
import { INVISIBLE } from '../domain/file-type.ts';
import { RULES } from '../domain/input-error.ts';

export const Id = z.string().min(1).max(200);
export const Version = z.number().int().positive();
/** The days this follow-up speaks of: a date in 1900 or 2999 is a typing slip, not a deadline. */
export const FIRST_DAY = '2000-01-01';
export const LAST_DAY = '2100-12-31';
export const Day = z
  .string()
  .refine(isValidDate, RULES.day.en)
  .refine((d) => d >= FIRST_DAY && d <= LAST_DAY, RULES.dayRange.en)
  .meta({ example: '2025-08-20' });
/** A short code people type and match (a unit's code): printable, without invisible characters. */
export const Code = z
  .string()
  .trim()
  .min(1)
  .max(50)
  .refine((c) => !new RegExp(INVISIBLE.source, 'u').test(c), RULES.invisible.en);
export const PeriodCode = z
  .string()
  .refine(isValidPeriod, RULES.period.en)
  // The same years as a day (2000–2100): 9999-Q4 is no period anyone reports on, and dates past it overflow.
  .refine((p) => [...p.matchAll(/(?<!\d)\d{4}(?!\d)/g)].every((m) => Number(m[0]) >= 2000 && Number(m[0]) <= 2100), RULES.periodYears.en)
  .meta({ example: '2025-Q3' });
/** Why a figure was corrected or withdrawn, why a report was returned: a person's words, never empty. */
export const Reason = z.string().trim().min(1, RULES.reason.en).max(2000);

export const Source = z
  .object({
    documentId: Id.nullable().default(null),
    span: z.tuple([z.number().int().min(0), z.number().int().min(0)]).nullable().default(null),
    quote: z.string().max(10_000).nullable().default(null),
  })
  .strict()
  .refine((s) => !s.span || s.span[0] <= s.span[1], { message: RULES.spanOrder.en, path: ['span'] });

export const EMPTY_SOURCE = { documentId: null, span: null, quote: null };
