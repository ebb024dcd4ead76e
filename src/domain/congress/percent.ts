// Percentages as the congress papers print them: one decimal, half up on the exact fraction.

/**
 * count / total as a percentage with one decimal, rounded half up on the exact decimal value.
 * Integer arithmetic, so 1/8 (12.5 %) or 1/2000 (0.05 %) never meet a binary surprise such as
 * 0.05 * 100 = 5.000000000000001 or 1.005 rounding down. A total of zero gives 0.
 */
export function percentOf(count: number, total: number): number {
  if (total <= 0 || count <= 0) return 0;
  // Tenths of a percent, rounded half up: floor((2·count·1000 + total) / (2·total)).
  const tenths = Math.floor((2 * count * 1000 + total) / (2 * total));
  return tenths / 10;
}

/** `78,9%` — the vi-VN way the papers print a one-decimal percentage (`0%`, `100%` without a decimal). */
export function percentVi(p: number): string {
  const tenths = Math.round(p * 10);
  const whole = Math.trunc(tenths / 10);
  const frac = tenths % 10;
  return `${whole}${frac === 0 ? '' : `,${frac}`}%`;
}
