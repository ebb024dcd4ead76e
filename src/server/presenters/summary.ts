// What the dashboard shows of a target or a task: a short reference, enough for a list line and a link.
import type { SummaryTarget, SummaryTaskRef } from '../../contract/summary.ts';
import type { TargetItem } from '../../contract/target.ts';
import type { TaskItem } from '../../contract/task.ts';

export const presentSummaryTarget = (t: TargetItem): SummaryTarget => ({
  id: t.id, label: t.label, status: t.status, statusLabel: t.statusLabel, value: t.value, unit: t.unit, periodLabel: t.periodLabel,
  latest: t.latest ? { value: t.latest.value, unit: t.latest.unit, periodLabel: t.latest.periodLabel } : null,
  forecastNote: t.forecast.note,
});

/** The deadline and progress in force (the stored state), not the ones first assigned. */
export const presentSummaryTask = (t: TaskItem): SummaryTaskRef => ({
  id: t.id, title: t.title, leadUnitId: t.leadUnitId, deadline: t.state.deadline, progress: t.state.progress, status: t.status,
  mayRemind: t.mayRemind, remindedAt: t.remindedAt,
});
