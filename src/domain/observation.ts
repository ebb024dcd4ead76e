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
}
