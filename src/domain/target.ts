// Chỉ tiêu: what a resolution sets out to reach, with its baseline, for a period.
import type { SourceRef } from './document.ts';

export type Direction = 'higher' | 'lower';
export type Comparator = '>=' | '>' | '<=' | '<' | '=';

/**
 * How the figure is measured, which decides the trajectory:
 * level (a stock such as GRDP per head, linear path), growth (a rate per year compared as a rate),
 * share (a percentage of something, linear), cumulative (a count summed over the period, linear from 0).
 */
export const MEASURE_KINDS = ['level', 'growth', 'share', 'cumulative'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

export const TARGET_GROUPS = ['xay_dung_dang', 'kinh_te_xa_hoi', 'quoc_phong_an_ninh'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export const TARGET_GROUP_LABELS: Record<TargetGroup, string> = {
  xay_dung_dang: 'Xây dựng Đảng và hệ thống chính trị',
  kinh_te_xa_hoi: 'Kinh tế - xã hội',
  quoc_phong_an_ninh: 'Quốc phòng - an ninh',
};

/** Nội bộ (internal) items stay inside; công khai (public) ones may appear on a public dashboard. */
export const VISIBILITIES = ['internal', 'public'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export interface Target {
  id: string;
  /** Key of the indicator lexicon (`grdp.growth`) or a user-defined key. */
  indicator: string;
  label: string;
  /** Unit of the value: `%`, `VND`, `USD`, `USD/person`, `count`, `tonne`… */
  unit: string;
  group: TargetGroup;
  direction: Direction;
  comparator: Comparator;
  value: number;
  /** Upper end of a range or the stretch figure ("phấn đấu đạt 14%"). */
  max: number | null;
  /** Period code (see period.ts): `2030`, `2026/2030`, `2025-Q3`. */
  period: string;
  baselineValue: number | null;
  baselinePeriod: string | null;
  measure: MeasureKind;
  ownerUnitId: string | null;
  source: SourceRef;
  visibility: Visibility;
  version: number;
}
