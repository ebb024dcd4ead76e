// Số liệu thực hiện: a value of an indicator reported for a period.
import type { SourceRef } from './document.ts';

/** ước tính (estimate) → sơ bộ (preliminary) → chính thức (official). */
export const STANDINGS = ['estimate', 'preliminary', 'official'] as const;
export type Standing = (typeof STANDINGS)[number];

export const STANDING_LABELS: Record<Standing, string> = {
  estimate: 'Ước tính',
  preliminary: 'Sơ bộ',
  official: 'Chính thức',
};

export interface Observation {
  id: string;
  indicator: string;
  /** Period code (see period.ts): `2025-H1`, `2025-01/2025-09`, `2025-07-09` for a stock at a date. */
  period: string;
  value: number;
  unit: string;
  standing: Standing;
  unitId: string | null;
  source: SourceRef;
  enteredBy: string | null;
  /**
   * The order in which figures were entered (a correction comes after what it corrects): among
   * figures of the same standing for a period the one entered last counts. Absent on figures
   * built in memory, where the list's order stands for it.
   */
  entryNo?: number;
}

/** A figure's life after entry: corrected by a new entry, or withdrawn; both keep who, when and why. */
export interface FigureHistory {
  correctsId: string | null;
  reason: string | null;
  supersededBy: string | null;
  withdrawn: { at: string; by: string | null; reason: string } | null;
  recordedAt: string;
}

/** Whether `a` replaces `b` as the figure of their period: better standing, or as good and entered later. */
export function replaces(a: Pick<Observation, 'standing' | 'entryNo'>, b: Pick<Observation, 'standing' | 'entryNo'>): boolean {
  const ra = STANDINGS.indexOf(a.standing);
  const rb = STANDINGS.indexOf(b.standing);
  if (ra !== rb) return ra > rb;
  return (a.entryNo ?? 0) >= (b.entryNo ?? 0);
}
