// A unit's report lines (a figure for a target, progress on a task), defined once for both doors: the
// API's draft (commands/reporting.ts) and the Excel sheet (sheets/reporting-sheet.ts), whose cells are
// checked with these same schemas and whose errors name the sheet's column by its Vietnamese heading.
import { z } from 'zod';
import { Day, Id } from './fields.ts';
import { RULES } from './input-error.ts';
import { STANDINGS } from './observation.ts';

/** A note's longest text, in the API and in a sheet's cell alike. */
export const MAX_NOTE_CHARS = 2000;

const Note = z.string().max(MAX_NOTE_CHARS, RULES.noteLength.en).default('');

export const FigureLine = z
  .object({
    targetId: Id,
    value: z.number().finite(),
    standing: z.enum(STANDINGS).default('preliminary'),
    note: Note,
  })
  .strict();
export type FigureLine = z.output<typeof FigureLine>;

export const TaskLine = z
  .object({
    taskId: Id,
    progress: z.number().int(RULES.progress.en).min(0, RULES.progress.en).max(100, RULES.progress.en).nullable().default(null),
    completedOn: Day.nullable().default(null),
    note: Note,
  })
  .strict();
export type TaskLine = z.output<typeof TaskLine>;

/** Each field's column in the sheet, as its heading reads (the sheet writes these headings, its errors name them). */
export const FIGURE_HEADINGS = { targetId: 'Mã chỉ tiêu', value: 'Thực hiện kỳ này', standing: 'Tình trạng số liệu', note: 'Ghi chú' } as const satisfies Record<keyof FigureLine, string>;
export const TASK_HEADINGS = { taskId: 'Mã nhiệm vụ', progress: 'Tiến độ (%)', completedOn: 'Ngày hoàn thành', note: 'Ghi chú' } as const satisfies Record<keyof TaskLine, string>;
