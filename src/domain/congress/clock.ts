// The hall's clock face: an instant as the people in the hall read it (Asia/Ho_Chi_Minh, no daylight saving: UTC+7).
import { formatDateVi } from '../format.ts';

const OFFSET_MS = 7 * 3600_000;

/** `2025-09-27T00:30:00Z` → `07:30`, the time a delegate checked in. */
export function clockTimeVi(instant: string): string {
  const d = new Date(Date.parse(instant) + OFFSET_MS);
  return `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}

/** `2025-09-27T00:30:00Z` → `07:30 ngày 27/9/2025`. */
export function clockDateTimeVi(instant: string): string {
  const d = new Date(Date.parse(instant) + OFFSET_MS);
  return `${clockTimeVi(instant)} ngày ${formatDateVi(d.toISOString().slice(0, 10))}`;
}

/** `2025-09-27T00:30:00Z` → `07:30 on 2025-09-27`, for an English reader (still the hall's clock). */
export function clockDateTimeEn(instant: string): string {
  const d = new Date(Date.parse(instant) + OFFSET_MS);
  return `${clockTimeVi(instant)} on ${d.toISOString().slice(0, 10)}`;
}
