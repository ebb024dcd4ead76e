// Figures that are margins, not levels: "cao hơn 12% so với cùng kỳ" (a difference from another period),
// "vượt 4,54% dự toán" (how far a plan was exceeded). Neither is the share or growth a key records.
import type { Quantity } from './quantities.ts';

// Example: "cao hơn 12% so với", "thấp hơn 3,5% so với", "nhiều hơn 8% so với"
const DIFFERENCE_BEFORE = /(?:cao|thấp|nhiều|ít|lớn|nhỏ)\s+hơn\s+(?:khoảng\s+|gần\s+)?$/iu;
const COMPARED_AFTER = /^\s{0,2}(?:điểm\s+phần\s+trăm\s+)?so\s+với/iu;
// Example: "vượt 4,54% dự toán", "vượt 6% so với kịch bản" (but "vượt 105% kế hoạch" is a share: over 100)
const EXCEEDED_BEFORE = /vượt\s+(?:khoảng\s+|gần\s+|hơn\s+)?$/iu;

/** Whether the amount is a margin over another figure rather than a figure of its own. */
// "vượt 1,13 điểm phần trăm": percentage points are always a difference between two shares.
const POINTS_AFTER = /^\s{0,2}điểm\s+phần\s+trăm/iu;

export function isMargin(text: string, q: Quantity): boolean {
  if (POINTS_AFTER.test(text.slice(q.end, q.end + 20))) return true;
  if (q.unit !== '%') return false;
  const before = text.slice(Math.max(0, q.start - 24), q.start);
  if (DIFFERENCE_BEFORE.test(before) && COMPARED_AFTER.test(text.slice(q.end, q.end + 30))) return true;
  return EXCEEDED_BEFORE.test(before) && q.value < 100 && (q.ofPlan === true || COMPARED_AFTER.test(text.slice(q.end, q.end + 30)));
}
