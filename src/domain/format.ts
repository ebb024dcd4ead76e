// Vietnamese formatting of numbers and dates: comma for decimals, dot for thousands (11,28; 1.845),
// days and months without leading zeros (20/8/2025).
import { parseDate } from './calendar.ts';

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(minFractionDigits: number, maxFractionDigits: number): Intl.NumberFormat {
  const key = `${minFractionDigits}:${maxFractionDigits}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat('vi-VN', {
      minimumFractionDigits: minFractionDigits,
      maximumFractionDigits: maxFractionDigits,
    });
    numberFormats.set(key, f);
  }
  return f;
}

/** 11.28 → "11,28"; 1845 → "1.845"; at most `maxFractionDigits` decimals, trailing zeros dropped. */
export function formatNumber(value: number, maxFractionDigits = 2, minFractionDigits = 0): string {
  if (!Number.isFinite(value)) return '—';
  const out = numberFormat(Math.min(minFractionDigits, maxFractionDigits), maxFractionDigits).format(value);
  // Rounding can leave "-0" (−0,001 at 2 digits): a reader should see 0.
  return out.replace(/^-(0(?:,0+)?)$/u, '$1');
}

/** 11.28 → "11,28%" (Vietnamese writes the sign without a space). */
export function formatPercent(value: number, maxFractionDigits = 2): string {
  return `${formatNumber(value, maxFractionDigits)}%`;
}

/** A ratio 0–1 as a percentage: 0.875 → "87,5%". */
export function formatRatio(ratio: number, maxFractionDigits = 1): string {
  return formatPercent(ratio * 100, maxFractionDigits);
}

/**
 * The words of the unit codes the data stores (the indicators' lexicon writes them in English: count,
 * tonne, m2/person), as a Vietnamese reader reads them; a count and an index need no word. Money as
 * resolutions and reports write it: the đồng by its name ("tỷ đồng"), the dollar by its code ("triệu
 * USD", never "đô la Mỹ" in a figure).
 */
export const UNIT_WORDS_VI: Readonly<Record<string, string>> = {
  count: '', index: '', VND: 'đồng', 'VND/ha': 'đồng/ha', 'VND/person': 'đồng/người', USD: 'USD', 'USD/person': 'USD/người',
  'm2/person': 'm²/người', tonne: 'tấn', visit: 'lượt khách', times: 'lần', person: 'người', household: 'hộ',
};

/** "tonne" → "tấn"; a code without a word is shown as it is. */
export function unitWordVi(unit: string): string {
  return UNIT_WORDS_VI[unit] ?? unit;
}

/**
 * The scale words large amounts are written in, largest first. No "nghìn tỷ": a resolution writes
 * "245.500 tỷ đồng", and the review report's target column does too.
 */
export const SCALES = [[1e9, 'tỷ'], [1e6, 'triệu']] as const;
export type Scale = (typeof SCALES)[number][1];

/**
 * A number in its scale: 245_500e9 → "245.500" tỷ, 1_266e6 → "1,266" tỷ, 11_247 → "11.247" and no
 * scale. A scaled number keeps three decimals (a thousandth of a tỷ is a triệu), so that writing it in
 * a scale loses nothing a document states.
 */
export function scaledNumber(value: number, maxFractionDigits = 2): { text: string; scale: Scale | null } {
  const size = SCALES.find(([s]) => Math.abs(value) >= s);
  return size ? { text: formatNumber(value / size[0], Math.max(3, maxFractionDigits)), scale: size[1] } : { text: formatNumber(value, maxFractionDigits), scale: null };
}

/** A large amount with its scale word, without a unit (a table has a unit column): "245.500 tỷ", "230 triệu". */
export function formatScaled(value: number, maxFractionDigits = 2): string {
  const { text, scale } = scaledNumber(value, maxFractionDigits);
  return scale ? `${text} ${scale}` : text;
}

/**
 * A value with its unit in words, as a document writes it: "11,28%", "1.845 USD/người", "13.856 tỷ
 * đồng", "13,63 tỷ USD", "185 triệu tấn"; the percent sign sticks to the number.
 */
export function formatValue(value: number, unit: string, maxFractionDigits = 2): string {
  if (unit === '%') return formatPercent(value, maxFractionDigits);
  const n = formatScaled(value, maxFractionDigits);
  const word = unitWordVi(unit);
  return word ? `${n} ${word}` : n;
}

/** "2025-08-20" → "20/8/2025"; anything that is not a calendar date is returned unchanged. */
export function formatDateVi(date: string): string {
  const d = parseDate(date);
  return d ? `${d.day}/${d.month}/${d.year}` : date;
}

/** "2025-08-20" → "ngày 20 tháng 8 năm 2025", the form used in the heading of documents. */
export function formatDateLongVi(date: string): string {
  const d = parseDate(date);
  return d ? `ngày ${d.day} tháng ${d.month} năm ${d.year}` : date;
}

const VIETNAM_CLOCK = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** A moment as the clock in Vietnam reads it, hours and minutes: "2026-12-05T02:12:00Z" → "09:12". */
export function formatClockVi(at: string | Date): string {
  const d = typeof at === 'string' ? new Date(at) : at;
  return Number.isNaN(d.getTime()) ? String(at) : VIETNAM_CLOCK.format(d);
}
