// What the API shows of a target: the stored fields, its status as of a day, labels for people.
import type { Target } from '../../domain/target.ts';
import { TARGET_GROUP_LABELS } from '../../domain/target.ts';
import type { Observation } from '../../domain/observation.ts';
import { STANDING_LABELS } from '../../domain/observation.ts';
import { parsePeriod, periodLabelVi } from '../../domain/period.ts';
import type { targetStatus } from '../../domain/target-status.ts';

export const periodLabel = (code: string) => {
  const p = parsePeriod(code);
  return p ? periodLabelVi(p) : code;
};

export function presentObservation(o: Observation) {
  return { ...o, periodLabel: periodLabel(o.period), standingLabel: STANDING_LABELS[o.standing] };
}

export function presentTarget(t: Target, st: ReturnType<typeof targetStatus>) {
  return {
    ...t,
    groupLabel: TARGET_GROUP_LABELS[t.group],
    periodLabel: periodLabel(t.period),
    status: st.status,
    statusLabel: st.labelVi,
    latest: st.latest ? presentObservation(st.latest) : null,
    expected: st.expected,
    ratio: st.ratio,
    forecast: st.forecast,
  };
}
