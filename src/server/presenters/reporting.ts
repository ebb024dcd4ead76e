// What the API shows of the reporting cycle: periods, submissions, and what a unit is due to report (camelCase, never the rows).
import type { ReportingPeriod, Submission as StoredSubmission, dueItems } from '../../db/reporting.ts';
import type { Target } from '../../domain/target.ts';
import type { DueTarget, DueTask, PeriodItem, Submission } from '../../contract/reporting.ts';
import type { z } from 'zod';
import { periodLabel } from './target.ts';

export const presentPeriod = (p: ReportingPeriod): PeriodItem => ({
  id: p.id, period: p.period, start: p.start, end: p.end, dueOn: p.dueOn, title: p.title, periodLabel: periodLabel(p.period),
});

export const presentSubmission = (s: StoredSubmission): Submission => ({
  id: s.id, reportingPeriodId: s.reportingPeriodId, unitId: s.unitId, status: s.status, submittedOn: s.submittedOn, returnReason: s.returnReason, returnComments: s.returnComments, version: s.version,
  figures: s.figures.map((f) => ({ targetId: f.targetId, value: f.value, standing: f.standing, note: f.note })),
  tasks: s.tasks.map((t) => ({ taskId: t.taskId, progress: t.progress, completedOn: t.completedOn, note: t.note })),
});

type Due = Awaited<ReturnType<typeof dueItems>>;

/** The targets and tasks of a unit for a period; a task's stored state columns become its `state`. */
export function presentDueItems(due: Due): { targets: z.infer<typeof DueTarget>[]; tasks: z.infer<typeof DueTask>[] } {
  return {
    targets: due.targets.map((t) => ({
      id: t.id, indicator: t.indicator, label: t.label, unit: t.unit, value: t.value, max: t.max, comparator: t.comparator as Target['comparator'], period: t.period,
    })),
    tasks: due.tasks.map((t) => ({
      id: t.id, title: t.title, deadline: t.deadline,
      state: { deadline: t.state_deadline, completedOn: t.state_completed_on, progress: t.state_progress },
    })),
  };
}
