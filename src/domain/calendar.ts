// Calendar dates as `YYYY-MM-DD` strings, computed with integer day numbers so that the host's
// time zone can never shift a deadline by a day (only todayInVietnam looks at a clock).

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function formatDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Parses a `YYYY-MM-DD` string; null when it is not a real calendar day (2025-02-29, 2025-13-01). */
export function parseDate(value: string): CalendarDate | null {
  const m = DATE_RE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isValidDate(value: string): boolean {
  return parseDate(value) !== null;
}

function mustParse(value: string): CalendarDate {
  const d = parseDate(value);
  if (!d) throw new RangeError(`Invalid calendar date: ${value}`);
  return d;
}

/** The last day of a month as `YYYY-MM-DD` (month 1–12). */
export function lastDayOfMonth(year: number, month: number): string {
  return formatDate(year, month, daysInMonth(year, month));
}

// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil):
// pure integer arithmetic, no Date object, no time zone.
function toDayNumber({ year, month, day }: CalendarDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromDayNumber(n: number): CalendarDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The date `days` days after `date` (negative goes back). Throws on an invalid date. */
export function addDays(date: string, days: number): string {
  const d = fromDayNumber(toDayNumber(mustParse(date)) + Math.trunc(days));
  return formatDate(d.year, d.month, d.day);
}

/** Whole days from `from` to `to`: positive when `to` is later (2025-07-09 → 2025-07-10 is 1). */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(mustParse(to)) - toDayNumber(mustParse(from));
}

/** Orders two valid dates; zero-padded ISO dates sort correctly as strings. */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minDate(a: string, b: string): string {
  return a <= b ? a : b;
}

export function maxDate(a: string, b: string): string {
  return a >= b ? a : b;
}

const VIETNAM_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's calendar date in Asia/Ho_Chi_Minh, whatever the server's own time zone. */
export function todayInVietnam(now: Date = new Date()): string {
  const parts = VIETNAM_DAY.formatToParts(now);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return formatDate(get('year'), get('month'), get('day'));
}
