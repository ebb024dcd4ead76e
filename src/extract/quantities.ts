// Amounts: a number with its range, ratio, scale word, unit and the comparator words around it.
// Builds on numbers.ts; dates and periods found before are skipped, so "2026 - 2030" is never an amount.
import type { Comparator } from './types.ts';
import { NUMBER_RUN, SCALES, parseLiteral, scaled } from './numbers.ts';
import { foldedWords, lastWords } from './text.ts';
import { boundaryMatches } from './scan.ts';
import { NOT_COUNTED } from './lexicon/words.ts';

export interface Quantity {
  /** Offsets of the number through its unit. */
  start: number;
  end: number;
  value: number;
  max?: number;
  /** "1325/1.845": the 1.845. */
  denominator?: number;
  /** %, VND, USD, tonne, visit, times, m2, ha, km, count (a noun follows), none, or X/person, VND/ha. */
  unit: string;
  /** The noun after a count ("doanh nghiệp", "căn"), for labels. */
  noun?: string;
  cmp?: Comparator;
  approx?: boolean;
  /** "đạt 140% kế hoạch", "bằng 55% dự toán": a share of the plan or estimate. */
  ofPlan?: boolean;
  /** Verb just before: tăng (up), giảm (down), "tăng lên/giảm còn" (to: a level, not a change). */
  verb?: 'up' | 'down' | 'to';
  /** "8,01%/năm": a figure per year, over a term. */
  perYear?: boolean;
  /** Written as "không còn …": only meaningful as a target. */
  zero?: boolean;
}

type Interval = readonly [number, number];

const sticky = (src: string) => new RegExp(src, 'iuy');
// Example: " - 16,5", "-63", " đến 220"
const RANGE = sticky('\\s{0,2}(?:-|–|—|đến|tới)\\s{0,2}(?=[0-9])');
const RUN = new RegExp(NUMBER_RUN.source, 'uy');
const PERCENT = sticky('\\s?%');
const SCALE = sticky(`\\s{1,2}(?<s>${SCALES.map(([w]) => w.replace(' ', '\\s')).join('|')})(?![\\p{L}\\p{N}])`);
// Example: " tỷ đồng", " USD", " đô la Mỹ", " triệu tấn", " lượt khách", " m2 sàn", " lần"
// ("54.000 lượt lao động" counts workers, not visits: "lượt" before another noun is no unit)
const UNIT = sticky(
  '\\s{0,2}(?:(?<vnd>đồng|VNĐ|VND)|(?<usd>USD|đô\\s?la\\s?Mỹ|đô-la\\s?Mỹ|đô\\s?la|US\\$)|(?<tonne>tấn)|(?<visit>lượt(?:\\s(?:khách|người|du\\skhách)|(?!\\s\\p{Ll})))|(?<times>lần)|(?<m2>m2|m²)(?:\\s{1,2}sàn)?|(?<ha>ha|héc\\s?ta|hecta)|(?<km>km))(?![\\p{L}\\p{N}])',
);
// Example: "/người", " sàn/người", "/năm", "/ha"
const PER = sticky('\\s{0,2}(?:sàn\\s{0,2})?\\/\\s{0,2}(?<per>người|năm|ha|tháng|hộ)(?![\\p{L}\\p{N}])');
const NOUN = sticky('\\s{1,2}(?<noun>\\p{L}+(?:\\s\\p{L}+)?)');
// "57-NQ/TW", "35-CT-TƯ", "226/2025/QH15": document numbers, not amounts.
const CODE = sticky('(?:[-/][\\p{L}\\p{N}]+){1,4}');
const PLAN_AFTER = /^\s{0,3}(?:so\s{1,3}với\s{1,3})?(?:kế\s{1,3}hoạch|dự\s{1,3}toán|KH|chỉ\s{1,3}tiêu)(?![\p{L}\p{N}])/iu;

// Words before a number that make it an identifier or an ordinal: "cơn bão số 9", "lần thứ 14", "khóa 16".
const ID_WORDS = new Set([
  'số', 'thứ', 'khóa', 'khoá', 'lần', 'top', 'tốp', 'điều', 'khoản', 'chương', 'mục', 'phần', 'kỳ', 'kì', 'đợt',
  'loại', 'hạng', 'bão', 'luật', 'phường', 'quận', 'tổ', 'ấp', 'xóm', 'thôn', 'lô', 'phòng', 'tầng', 'lộ',
  'năm', 'tháng', 'ngày', 'quý', 'lớp', 'covid', 'fax', 'tel', 'hotline', 'đt', 'sđt', 'level',
]);
// Two-word names of documents and contacts before a number: "Nghị quyết 57", "Quyết định 123", "điện thoại 0225".
const ID_PAIRS = new Set([
  'nghị quyết', 'quyết định', 'chỉ thị', 'kết luận', 'thông báo', 'công văn', 'nghị định', 'thông tư', 'tờ trình',
  'điện thoại', 'kế hoạch', 'chương trình', 'quốc lộ', 'tỉnh lộ',
]);

function isIdentifierContext(words: string[]): boolean {
  const last = words.at(-1) ?? '';
  if (ID_PAIRS.has(words.slice(-2).join(' '))) return true;
  // "tổng số 1.200 hộ" is a count; "số 226" alone is a number of a document.
  return ID_WORDS.has(last) && !(last === 'số' && words.at(-2) === 'tổng');
}

const BEFORE: ReadonlyArray<readonly [string, Comparator | null, boolean]> = [
  // words (folded), comparator, approximate
  ['tối thiểu', '>=', false], ['ít nhất', '>=', false], ['không dưới', '>=', false],
  ['tối đa', '<=', false], ['không quá', '<=', false], ['không vượt quá', '<=', false],
  // "thu ngân sách vượt mốc 100.000 tỷ đồng": the figure is above the mark named.
  ['vượt mốc', '>', false], ['vượt ngưỡng', '>', false], ['trên mốc', '>', false],
  ['trên', '>', false], ['hơn', '>', true], ['dưới', '<', false],
  ['khoảng', null, true], ['gần', null, true], ['xấp xỉ', null, true], ['chừng', null, true],
  ['ước', null, true], ['ước đạt', null, true], ['ước tính', null, true], ['dự kiến', null, true], ['ước khoảng', null, true],
];
const BEFORE_WORDS = BEFORE.map(([p, c, a]) => [p.split(' '), c, a] as const);
// Words that may stand between the comparator and the number: "đạt tỷ lệ trên 75%", "tăng bình quân 15%".
const FILLER = new Set(['đạt', 'là', 'mức', 'ở', 'bình', 'quân', 'được', 'thêm', 'có', 'từ']);

// The tests below look at most seven words back (three fillers, a three-word comparator and one more).
const WORDS_BACK = 7;

/** The last words (folded) before `at`, within `limit` characters and the clause: at most WORDS_BACK of them. */
function previousWords(text: string, at: number, limit = 48): string[] {
  let from = Math.max(0, at - limit);
  // After the last ";", "." or line break in reach: read back, without copying the stretch.
  for (let i = at - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 59 || c === 46 || c === 10) {
      from = i + 1;
      break;
    }
  }
  return lastWords(text, WORDS_BACK, from, at);
}

function endsWith(words: string[], phrase: string[], skip: number): boolean {
  const off = words.length - skip - phrase.length;
  return off >= 0 && phrase.every((w, i) => words[off + i] === w);
}

function comparatorBefore(words: string[]): { cmp?: Comparator; approx?: boolean; from: boolean } {
  let skip = 0;
  while (skip < words.length && skip < 3 && FILLER.has(words[words.length - 1 - skip] ?? '') && words[words.length - 1 - skip] !== 'từ') skip++;
  const from = words.at(-1) === 'từ';
  const r: { cmp?: Comparator; approx?: boolean; from: boolean } = { from };
  for (const [phrase, cmp, approx] of BEFORE_WORDS) {
    if (endsWith(words, phrase, skip) || (from && endsWith(words, phrase, 1))) {
      if (cmp) r.cmp = cmp;
      if (approx) r.approx = true;
    }
  }
  if (words.slice(-6).includes('ước')) r.approx = true;
  return r;
}

function verbBefore(words: string[]): Quantity['verb'] | undefined {
  const tail = words.slice(-5);
  for (let i = tail.length - 1; i >= 0; i--) {
    const w = tail[i] ?? '';
    if (w === 'lên' || w === 'xuống' || w === 'còn') return 'to';
    if (w === 'tăng') return 'up';
    if (w === 'giảm') return 'down';
    // "tăng trưởng âm 8,4%": a fall.
    if (w === 'âm' && tail[i - 1] === 'trưởng') return 'down';
    // "tăng thêm ước đạt 20,2 tỷ USD" reports a level: the verb must not be separated from the number by "đạt".
    if (w === 'đạt' || (!FILLER.has(w) && !['khoảng', 'gần', 'hơn', 'trên', 'thêm', 'bình', 'quân'].includes(w))) return undefined;
  }
  return undefined;
}

/** Length of the text before its first clause mark (, ; . : ( ) or a line break). */
function clauseMark(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 44 || c === 59 || c === 46 || c === 58 || c === 40 || c === 41 || c === 10) return i;
  }
  return s.length;
}

function isInside(skip: Interval[], a: number, b: number, cursor: { i: number }): boolean {
  while (cursor.i < skip.length && (skip[cursor.i]?.[1] ?? 0) <= a) cursor.i++;
  const s = skip[cursor.i];
  return s !== undefined && s[0] < b;
}

// The scale word as written ("Nghìn tỷ", "triệu\u00a0tỷ") → its factor, learnt on first sight: dense figures repeat a few.
const SCALE_OF = new Map<string, number>();
function scaleFactor(written: string): number {
  let f = SCALE_OF.get(written);
  if (f === undefined) {
    const w = written.toLowerCase().replace(/\s+/u, ' ');
    f = SCALES.find(([s]) => s === w)?.[1] ?? 1;
    if (SCALE_OF.size < 256) SCALE_OF.set(written, f);
  }
  return f;
}

/** Every amount of the text, leftmost first. `skip` holds sorted spans already read as dates or periods. */
export function findQuantities(text: string, skip: Interval[]): Quantity[] {
  const out: Quantity[] = [];
  const cursor = { i: 0 };
  const re = new RegExp(NUMBER_RUN.source, 'gu');
  let m: RegExpExecArray | null;
  // One closure for the whole scan, not one per amount: `take` moves `end` past what it matched.
  let end = 0;
  const take = (r: RegExp): RegExpExecArray | null => {
    r.lastIndex = end;
    const x = r.exec(text);
    if (x) end = r.lastIndex;
    return x;
  };
  while ((m = re.exec(text)) !== null) {
    const start = m.index;
    end = start + m[0].length;
    if (isInside(skip, start, end, cursor)) continue;
    const next = text.charCodeAt(end);
    // "5G", "3D" (an ASCII character other than a letter is no letter: the pattern is skipped for it)
    if ((next >= 128 || ((next | 32) >= 97 && (next | 32) <= 122)) && /\p{L}/u.test(text[end] ?? '') && !/^[%]/u.test(text[end] ?? '')) continue;
    // A code goes on with "-" or "/" (45, 47).
    const code = next === 45 || next === 47 ? ((CODE.lastIndex = end), CODE.exec(text)) : null;
    if (code && /\p{L}/u.test(code[0])) {
      re.lastIndex = end + code[0].length;
      continue;
    }
    const value0 = parseLiteral(m[0]);
    if (value0 === null) continue;
    // "đứng thứ 3/5", "xếp thứ 12/34 tỉnh": the number after a rank's slash is the size of the field, no amount.
    if (text[start - 1] === '/' && /\d/u.test(text[start - 2] ?? '')) continue;
    // "(1)", "(22)": list markers; "1." or "2)" opening a line: section numbers.
    if (text[start - 1] === '(' && text[end] === ')') continue;
    // Only a few characters before the number are looked at, so that a megabyte on one line stays linear.
    if (next === 46 || next === 41) {
      const head = text.slice(Math.max(0, start - 12), start);
      const lineHead = head.slice(head.lastIndexOf('\n') + 1);
      if ((head.includes('\n') || start <= 12) && /^[\s\-–*•]*$/u.test(lineHead)) continue;
    }
    const before = previousWords(text, start);
    // "Hằng năm, 100% …": punctuation between the word and the number means it names no number; "tăng trưởng cả năm
    // 10%": a percent sign makes it an amount whatever word stands before it (no identifier is written with one).
    if (isIdentifierContext(before) && !/[,:;()]\s*$/u.test(text.slice(Math.max(0, start - 3), start)) && !/^\s?%/u.test(text.slice(end, end + 2))) continue;

    const q: Quantity = { start, end, value: value0, unit: 'none' };
    let pct = false;
    if (take(PERCENT)) pct = true;
    let max: number | undefined;
    const save = end;
    if (take(RANGE)) {
      const r2 = take(RUN);
      const v2 = r2 ? parseLiteral(r2[0]) : null;
      if (v2 !== null && v2 > value0) {
        max = v2;
        if (take(PERCENT)) pct = true;
      } else end = save;
    } else if (text[end] === '/' && /[0-9]/u.test(text[end + 1] ?? '')) {
      end++;
      const r2 = take(RUN);
      const v2 = r2 ? parseLiteral(r2[0]) : null;
      if (v2 === null || v2 < value0) end = save;
      else q.denominator = v2;
    }
    let factor = 1;
    const sc = take(SCALE);
    if (sc) factor = scaleFactor(sc.groups?.s ?? '');
    if (!pct) {
      const u = take(UNIT);
      const g = u?.groups ?? {};
      q.unit = pct ? '%' : g.vnd ? 'VND' : g.usd ? 'USD' : g.tonne ? 'tonne' : g.visit ? 'visit' : g.times ? 'times' : g.m2 ? 'm2' : g.ha ? 'ha' : g.km ? 'km' : 'none';
      if (!u && take(PERCENT)) pct = true;
    }
    if (pct) q.unit = '%';
    const per = take(PER);
    const perWord = per?.groups?.per;
    if (perWord === 'người' && q.unit !== 'none' && q.unit !== '%') q.unit += '/person';
    else if (perWord === 'ha' && q.unit !== 'none') q.unit += '/ha';
    else if (perWord === 'hộ' && q.unit !== 'none') q.unit += '/household';
    else if (perWord === 'năm') q.perYear = true;
    if (q.denominator !== undefined && q.unit === 'none') q.unit = 'count';
    if (q.unit === 'none') {
      NOUN.lastIndex = end;
      const n = NOUN.exec(text);
      // "6 rõ" (the six clears of a task), "3 không": a name made with a number, no count.
      if (n?.groups?.noun && NOT_COUNTED.has(foldedWords(n.groups.noun, 1)[0] ?? '')) continue;
      if (n?.groups?.noun) {
        q.unit = 'count';
        q.noun = n.groups.noun;
      }
    }
    // A bare year is a date, not an amount ("Lễ hội Hoa phượng đỏ 2025").
    if (factor === 1 && max === undefined && Number.isInteger(value0) && value0 >= 1900 && value0 <= 2100 && !m[0].includes('.') && (q.unit === 'none' || q.unit === 'count')) continue;
    q.value = scaled(value0, factor);
    if (max !== undefined) q.max = scaled(max, factor);
    q.end = end;
    const c = comparatorBefore(before);
    const after = text.slice(end, end + 60);
    const afterWords = foldedWords(after.slice(0, clauseMark(after)), 7);
    if (afterWords.join(' ').includes('trở lên')) q.cmp = '>=';
    else if (afterWords.join(' ').includes('trở xuống')) q.cmp = '<=';
    else if (c.cmp) q.cmp = c.cmp;
    if (c.approx) q.approx = true;
    if (q.unit === '%' && PLAN_AFTER.test(after)) q.ofPlan = true;
    const verb = verbBefore(before);
    if (verb) q.verb = verb;
    out.push(q);
    re.lastIndex = end;
  }
  return out;
}

// Example: "gấp đôi", "tăng gấp ba": multiples written in words.
// Word boundaries before these two patterns are tested by boundaryMatches (scan.ts), which is much faster.
const MULTIPLE_WORD = /gấp\s{1,3}(?<w>đôi|hai|ba|bốn|năm)(?![\p{L}\p{N}])/giu;
const WORD_VALUE: Record<string, number> = { đôi: 2, hai: 2, ba: 3, bốn: 4, năm: 5 };

export function findWordMultiples(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of boundaryMatches(MULTIPLE_WORD, text)) {
    const v = WORD_VALUE[(m.groups?.w ?? '').toLowerCase()];
    if (v) out.push({ start: m.index, end: m.index + m[0].length, value: v, unit: 'times' });
  }
  return out;
}

// Example: "Đến năm 2028 không còn hộ nghèo": a target of zero, written without a digit.
const NONE_LEFT = /(?:không\s+còn|xóa\s+hết|xoá\s+hết|xóa\s+bỏ\s+hoàn\s+toàn)(?![\p{L}\p{N}])/giu;

export function findZeroAmounts(text: string): Quantity[] {
  return [...boundaryMatches(NONE_LEFT, text)].map((m) => ({ start: m.index, end: m.index + m[0].length, value: 0, unit: 'count', zero: true }));
}
