// The words of a directive: its verbs, triggers and fillers, where it starts, and its clause cleaned down to
// what is to be done. Used by tasks.ts, which finds the time limits and builds the tasks.
import type { Deadline } from './deadlines.ts';
import { lastEndingBy } from './ranges.ts';
import { foldedWords } from './text.ts';
import { boundaryMatches } from './scan.ts';
import { nameAt } from './owner.ts';
import { DIRECTIVE_VERBS } from './lexicon/words.ts';

// Verbs that open a directive (lexicon/words.ts); a comma segment that starts otherwise continues the one before it.
const VERBS: ReadonlySet<string> = new Set(DIRECTIVE_VERBS);
// The boundary before it is tested by boundaryMatches (scan.ts): a leading lookbehind makes V8 try every offset.
// "bàn giao", "chuyển giao", "được giao" hand over or were assigned, "nút giao" is a junction and "Ban Chỉ đạo" a
// committee: they give no directive. Case matters, so
// the pattern spells its capitals, and "giao" assigns only to a name, "cho", "các" or "trách nhiệm" ("giao Ban Tổ
// chức …", "giao cho các sở"): "giao ban" is a briefing, "giao dự toán" hands out an estimate.
export const DIRECTIVE = /(?:[Yy]êu\s+cầu|[Đđ]ề\s+nghị|(?<!Ban\s)[Cc]hỉ\s+đạo|(?<!(?:bàn|chuyển|được|đã|trao|nút|Nút)\s)[Gg]iao(?=\s+(?:\p{Lu}|cho\s|các\s|trách\s))|(?<![Bb]áo\s)[Kk]ết\s+luận(?!\s+(?:số|này))|[Nn]hấn\s+mạnh|YÊU\s+CẦU|GIAO)(?![\p{L}\p{N}])/gu;
export const FILLERS = /^(?:đồng\s+thời|phấn\s+đấu|khẩn\s+trương|dự\s+kiến|cần|phải|sẽ|để|và)(?![\p{L}\p{N}])[\s,]*/iu;
// "…, đưa vào sử dụng trước ngày 2/9": putting into service is the end of the work named before it.
const COMPLETION = new Set(['hoàn thành', 'xong', 'hoàn tất', 'thực hiện', 'thực hiện xong', 'hoàn thành xong', 'đưa vào sử dụng', 'đưa vào vận hành', 'đưa vào khai thác', 'đi vào hoạt động']);
export const NO_DIRECTIVE = /(?:(?:dự\s+kiến|sẽ)\s+được|biểu\s+dương|đạt\s+được|ghi\s+nhận|theo\s+kế\s+hoạch,)(?![\p{L}\p{N}])/giu;
// "đây là điều kiện tiên quyết để …": a comment on what was said before.
export const COMMENT = /^(?:đây|đó)\s+là(?![\p{L}\p{N}])/iu;
export const COMPLETES = /^(?:hoàn\s+thành|hoàn\s+tất|xong)(?![\p{L}\p{N}])/iu;
// "đã trao", "đã tổ chức": a report of what was done, not a directive ("các dự án đã hoàn thành" names the object).
export const PAST = /(?<!(?:dự\s+án|công\s+trình|hạng\s+mục|hồ\s+sơ|nội\s+dung|văn\s+bản|những\s+gì|việc)\s)đã(?![\p{L}\p{N}])(?!\s+(?:yêu\s+cầu|chỉ\s+đạo|đề\s+nghị|giao|thống\s+nhất|kết\s+luận))/giu;

/** Whether the global pattern `re` matches somewhere in `s` at a word boundary (as with a leading lookbehind). */
export function found(re: RegExp, s: string): boolean {
  for (const _ of boundaryMatches(re, s)) return true;
  return false;
}
const MARKER = /^[\s\-–*•+]*(?:\(?\d{1,2}(?:\.\d{1,2})*[.)]\.?|\(?[a-zđ]\)|[IVXL]{1,5}\.)?[\s\-–*•]*/u;

// Longer than this, a run of comma segments is a list of directives rather than the steps of one.
export const MAX_TASK_WORDS = 60;
// How far back the start of a directive is looked for, in characters: about MAX_TASK_WORDS words.
export const TRIGGER_REACH = 480;

// "Chủ tịch cho biết UBND thành phố sẽ ban hành …", "UBND thành phố cam kết hoàn tất …": what is said is the directive.
const REPORTED = /(?:cho\s+biết|cam\s+kết|khẳng\s+định)(?![\p{L}\p{N}])[\s:,]*/giu;

/**
 * Where the directive that ends at limit `dl` begins: after its last trigger ("giao", "yêu cầu") or reporting words
 * ("cho biết") in [from, dl.start), else `from`; after the end of any other limit in between. `trigger` says
 * whether a trigger or reporting words fixed it.
 */
export function directiveStart(text: string, from: number, dl: Deadline, limits: Deadline[], marks: Mark[]): { head: number; trigger: boolean } {
  let head = from;
  let trigger = false;
  // The latest trigger or reporting words inside [from, dl.start): marks are found once per text, not per limit.
  for (let i = lastStartingBefore(marks, dl.start); i >= 0; i--) {
    const m = marks[i] as Mark;
    if (m.start < from) break;
    if (m.end > dl.start) continue;
    [head, trigger] = [m.reported ? m.end : m.start, true];
    break;
  }
  const before = lastEndingBy(limits, dl.start);
  if (before && before !== dl && before.end > head) {
    // Past the other limit and the comma after it: "…, hoàn thành trước ngày 15/8, Sở B …".
    const comma = text.indexOf(',', before.end);
    head = comma >= 0 && comma < dl.start ? comma + 1 : before.end;
    trigger = false;
  }
  while (head < dl.start && /[\s,;:]/u.test(text[head] ?? '')) head++;
  return { head, trigger };
}

/** A trigger ("giao", "yêu cầu") or reporting words ("cho biết") of the text. */
export interface Mark {
  start: number;
  end: number;
  reported: boolean;
}

export function findMarks(text: string): Mark[] {
  const out: Mark[] = [];
  for (const m of boundaryMatches(DIRECTIVE, text)) out.push({ start: m.index, end: m.index + m[0].length, reported: false });
  for (const m of boundaryMatches(REPORTED, text)) out.push({ start: m.index, end: m.index + m[0].length, reported: true });
  return out.sort((a, b) => a.start - b.start);
}

/** Index of the last mark starting before `pos`, or -1. */
function lastStartingBefore(marks: Mark[], pos: number): number {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((marks[mid]?.start ?? Infinity) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** A segment that opens a step of a directive: a verb, "chủ trì", or a unit's name and then a verb. */
export function opensStep(seg: string): boolean {
  const t = seg.replace(MARKER, '');
  if (startsWithVerb(t)) return true;
  const w = foldedWords(t, 2);
  if (w[0] === 'chủ' && w[1] === 'trì') return true;
  const lead = t.length - t.trimStart().length;
  const end = nameAt(t, lead);
  return end > 0 && startsWithVerb(t.slice(end).replace(/^\s*(?:chủ\s+trì[\s,]*)?/u, ''));
}

/** Whether a directive verb stands anywhere in the phrase. */
export function hasVerb(phrase: string): boolean {
  const w = foldedWords(phrase);
  // "nút giao" is a junction, not the verb "giao".
  return w.some((x, i) => (VERBS.has(x) && !(x === 'giao' && w[i - 1] === 'nút')) || VERBS.has(`${x} ${w[i + 1] ?? ''}`));
}

export function startsWithVerb(seg: string): boolean {
  const w = foldedWords(seg.replace(FILLERS, ''), 2);
  return VERBS.has(w[0] ?? '') || VERBS.has(w.slice(0, 2).join(' '));
}

const LEADING_PUNCT = /^[\s,;:–-]+/u;
const TRAILING_PUNCT = /^[\s,;:.–-]$/u;

/** `s` without what the anchored pattern matches at its start: a slice, not the copy that replace() makes. */
function cutStart(s: string, re: RegExp): string {
  const m = re.exec(s);
  return m && m[0].length > 0 ? s.slice(m[0].length) : s;
}

export function clean(s: string): string {
  let t = cutStart(s, MARKER).trim();
  for (let i = 0; i < 4; i++) {
    const next = cutStart(t, FILLERS);
    if (next === t) break;
    t = next;
  }
  // Leading and trailing punctuation are cut with anchored patterns: a "$" alternative in a global pattern is
  // tried at every offset of the clause.
  t = cutStart(t, LEADING_PUNCT);
  let end = t.length;
  while (end > 0 && TRAILING_PUNCT.test(t[end - 1] ?? '')) end--;
  return collapseSpaces(t.slice(0, end));
}

const DOUBLE_SPACE = /\s\s/u;

/** What s.replace(/\s{2,}/gu, ' ') gives, in one walk over the clause and without a pattern. */
export function collapseSpaces(s: string): string {
  // The pattern scans natively and flattens a clause glued from pieces (a walk by charCodeAt over a
  // concatenation costs a tree descent per character): most clauses have no double space at all.
  if (!DOUBLE_SPACE.test(s)) return s;
  let out = '';
  let last = 0;
  let i = 0;
  while (i < s.length) {
    if (isSpace(s.charCodeAt(i)) && isSpace(s.charCodeAt(i + 1))) {
      let j = i + 2;
      while (j < s.length && isSpace(s.charCodeAt(j))) j++;
      out += s.slice(last, i) + ' ';
      last = j;
      i = j;
    } else i++;
  }
  return last === 0 ? s : out + s.slice(last);
}

/** The characters \s matches: white space (Zs, tab, vertical tab, form feed, BOM) and line terminators. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

// "…, báo cáo Ban Thường vụ chậm nhất ngày 15/12": reporting back is the last step of the directive before it.
export const REPORTING = /^(?:định\s+kỳ\s+)?(?:báo\s+cáo|trình|gửi)(?![\p{L}\p{N}])/iu;

// "hoàn thành trước ngày 31/1/2026 theo quy định của Luật Đầu tư công", "… để bàn giao cho nhà thầu": how or why,
// not what.
export const MANNER = /\s(?:theo|để|nhằm|bảo\s+đảm|đảm\s+bảo|đúng|phục\s+vụ)\s.*$/su;

export function completionOnly(t: string): boolean {
  // Nine words answer both questions below (at most eight words; at most two after a three-word phrase).
  const w = foldedWords(t.replace(MANNER, ''), 9);
  if (REPORTING.test(t) && w.length <= 8) return true;
  for (const c of COMPLETION) {
    const cw = c.split(' ');
    if (cw.every((x, i) => w[i] === x)) return w.length - cw.length <= 2;
  }
  return false;
}
