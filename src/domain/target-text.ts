// A target as Vietnamese reports write it, for the review report and the unit's reporting sheet.
import type { Target } from './target.ts';
import { formatScaled, unitWordVi } from './format.ts';

const CMP_TEXT: Record<Target['comparator'], string> = { '>=': '≥ ', '>': '> ', '<=': '≤ ', '<': '< ', '=': '' };

/** The unit column as Vietnamese reports write it (the one table of unit words, format.ts). */
export const unitVi = unitWordVi;

/** Large amounts with their scale word, as reports write them: 245.500 tỷ, 230 triệu (format.ts). */
export const scaled = (v: number): string => formatScaled(v);

/** The target without its unit (the table has a unit column): "≥ 12,35", "13 – 14", "≥ 245.500 tỷ". */
export function targetText(t: Pick<Target, 'value' | 'max' | 'unit' | 'comparator'>): string {
  const pct = t.unit === '%' ? '%' : '';
  return t.max !== null ? `${scaled(t.value)} – ${scaled(t.max)}${pct}` : `${CMP_TEXT[t.comparator]}${scaled(t.value)}${pct}`;
}
