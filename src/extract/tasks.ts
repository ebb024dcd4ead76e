// placeholder, replaced below
import type { ExtractedTask } from './types.ts';
import type { Sentence } from './sentences.ts';
import type { DateMention, CalendarDate } from './dates.ts';
import type { PeriodMention } from './periods.ts';
import type { FoundFact } from './facts.ts';
export interface TaskInput { text: string; sentences: Sentence[]; dates: DateMention[]; periods: PeriodMention[]; facts: FoundFact[]; docDate: CalendarDate | null }
export function findTasks(_i: TaskInput): Array<{ task: Omit<ExtractedTask, 'span'>; start: number; end: number }> { return []; }
