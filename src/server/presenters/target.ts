// What the API shows of a target and of a figure: the stored fields, the status as of a day, labels for people.
import type { Target } from '../../domain/target.ts';
import { TARGET_GROUP_LABELS } from '../../domain/target.ts';
import type { FigureHistory, Observation } from '../../domain/observation.ts';
import { STANDING_LABELS } from '../../domain/observation.ts';
import { parsePeriod, periodLabelVi } from '../../domain/period.ts';
import type { TargetAssessment } from '../../domain/target-status.ts';
import type { ObservationHistoryEntry, ObservationItem, TargetItem } from '../../contract/target.ts';
import type { SourceRef } from '../../contract/common.ts';

export const periodLabel = (code: string) => {
  const p = parsePeriod(code);
  return p ? periodLabelVi(p) : code;
};

export const presentSource = (s: SourceRef): SourceRef => ({ documentId: s.documentId, span: s.span, quote: s.quote });

export function presentObservation(o: Observation): ObservationItem {
  return {
    id: o.id, indicator: o.indicator, period: o.period, value: o.value, unit: o.unit, standing: o.standing, unitId: o.unitId,
    source: presentSource(o.source), enteredBy: o.enteredBy, ...(o.entryNo === undefined ? {} : { entryNo: o.entryNo }),
    periodLabel: periodLabel(o.period), standingLabel: STANDING_LABELS[o.standing],
  };
}

/** A figure with its life after entry: what corrected it, whether it was withdrawn, when it was recorded. */
export function presentObservationHistory(o: Observation & FigureHistory): ObservationHistoryEntry {
  return { ...presentObservation(o), correctsId: o.correctsId, reason: o.reason, supersededBy: o.supersededBy, withdrawn: o.withdrawn, recordedAt: o.recordedAt };
}

export function presentTarget(t: Target, st: Pick<TargetAssessment, 'status' | 'labelVi' | 'latest' | 'expected' | 'ratio' | 'forecast'>): TargetItem {
  return {
    id: t.id, indicator: t.indicator, label: t.label, unit: t.unit, group: t.group, direction: t.direction, comparator: t.comparator,
    value: t.value, max: t.max, period: t.period, baselineValue: t.baselineValue, baselinePeriod: t.baselinePeriod, measure: t.measure,
    ownerUnitId: t.ownerUnitId, source: presentSource(t.source), visibility: t.visibility, version: t.version,
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
