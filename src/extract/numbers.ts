// Vietnamese number literals (decimal comma, thousands dot) and scale words.

/** A run of digits joined by single dots or commas; the lookbehind keeps runs whole ("QH15" is no number). */
// Example: "1.332,3", "11,28", "245.500", "0912.345.678"
export const NUMBER_RUN = /(?<![\p{L}\p{N}])[0-9](?:[.,]?[0-9])*/gu;

const THOUSANDS_DOT = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/u; // 1.845 · 245.500 · 1.332,3
const DECIMAL_COMMA = /^\d+(?:,\d+)?$/u; // 11,28 · 1325 · 0,8

/**
 * The value of a literal written the Vietnamese way, or null when it is no amount: an identifier, a phone
 * number, a section number ("2.3") or an English-style literal we will not guess at.
 */
export function parseLiteral(run: string): number | null {
  // Documents repeat the same literals ("8,5", "1.845"): a bounded memo saves the patterns below.
  const hit = LITERALS.get(run);
  if (hit !== undefined) return hit;
  const v = parseUncached(run);
  if (LITERALS.size >= LITERAL_MEMO_LIMIT) LITERALS.clear();
  LITERALS.set(run, v);
  return v;
}

const LITERALS = new Map<string, number | null>();
const LITERAL_MEMO_LIMIT = 20_000;

function parseUncached(run: string): number | null {
  if (run.length > 24) return null;
  // Digits only (most runs): the rules below reduce to these two tests, without a pattern.
  if (!run.includes('.') && !run.includes(',')) {
    if (run.length >= 6 || (run.length >= 3 && run.charCodeAt(0) === 48)) return null;
    return Number(run);
  }
  if (THOUSANDS_DOT.test(run)) return Number(run.replaceAll('.', '').replace(',', '.'));
  if (!DECIMAL_COMMA.test(run)) return null;
  const int = run.split(',')[0] ?? '';
  // Undotted long integers are codes or phone numbers: amounts of that size are written with dots.
  if (int.length >= 6) return null;
  // "0225", "0912": a leading zero on three or more digits is a code; "01", "05" are counts written on two.
  if (int.length >= 3 && int.startsWith('0')) return null;
  return Number(run.replace(',', '.'));
}

/** Scale words, longest first, with their factor. */
export const SCALES: ReadonlyArray<readonly [string, number]> = [
  ['nghìn tỷ', 1e12], ['ngàn tỷ', 1e12], ['nghìn tỉ', 1e12], ['ngàn tỉ', 1e12],
  ['triệu tỷ', 1e15], ['triệu tỉ', 1e15],
  ['nghìn', 1e3], ['ngàn', 1e3], ['vạn', 1e4], ['triệu', 1e6], ['tỷ', 1e9], ['tỉ', 1e9],
];

/** Multiplies without the binary noise that 1332.3 * 1e12 would leave in a JSON number. */
export function scaled(value: number, factor: number): number {
  const v = value * factor;
  return factor >= 1000 ? Math.round(v) : Math.round(v * 1e9) / 1e9;
}
