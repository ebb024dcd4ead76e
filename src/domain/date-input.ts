// What a person types in a date field, the Vietnamese way (20/8/2025, 20/08/2025, 20.8.2025), read
// into the calendar date the API takes (2025-08-20), whatever the browser's locale would have drawn.
import { formatDate, parseDate } from './calendar.ts';

// day / month / year, separated by "/", "." or "-". The year has its four digits: a field that
// reads as it is typed would otherwise take "20/8/20", on the way to 20/8/2025, for a day of 2020.
const DMY = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/u;
// The API's own form, kept so that a pasted or stored ISO date still reads.
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u;

/**
 * "20/8/2025" → "2025-08-20"; "" → "" (an empty field); null when the text is not a real calendar
 * day (31/9/2025, 29/2/2025, 8/20/2025 read as day 8 of month 20).
 */
export function parseDateInput(text: string): string | null {
  const s = text.trim();
  if (s === '') return '';
  let y: number, m: number, d: number;
  const dmy = DMY.exec(s);
  const iso = dmy ? null : ISO.exec(s);
  if (dmy) {
    d = Number(dmy[1]);
    m = Number(dmy[2]);
    y = Number(dmy[3]);
  } else if (iso) {
    y = Number(iso[1]);
    m = Number(iso[2]);
    d = Number(iso[3]);
  } else return null;
  if (y < 1900 || y > 2999) return null;
  const out = formatDate(y, m, d);
  return parseDate(out) ? out : null;
}

/** "2025-08-20" → "20/8/2025", as the field shows it; "" stays empty. */
export function showDateInput(iso: string): string {
  const d = parseDate(iso);
  return d ? `${d.day}/${d.month}/${d.year}` : iso;
}
