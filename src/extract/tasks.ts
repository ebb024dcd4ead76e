// Directives with a time limit: the clause around each limit, trimmed to what is to be done, with its owner;
// a directive stated twice is one task.
import type { ExtractedTask } from './types.ts';
import type { Sentence } from './sentences.ts';
import { type DateMention, type CalendarDate, isoDate } from './dates.ts';
import type { PeriodMention } from './periods.ts';
import type { FoundFact } from './facts.ts';
import { findDeadlines, type Deadline } from './deadlines.ts';
import { findOwner, unitNameEnd } from './owner.ts';
import { itemOfField } from './fields.ts';
import { CharIndex, MatchIndex, containing, lastEndingBy, within } from './ranges.ts';
import { countWords, foldedWords } from './text.ts';
import { boundaryMatches } from './scan.ts';

export interface TaskInput {
  text: string;
  sentences: Sentence[];
  dates: DateMention[];
  periods: PeriodMention[];
  facts: FoundFact[];
  docDate: CalendarDate | null;
}

export interface FoundTask {
  task: Omit<ExtractedTask, 'span'>;
  start: number;
  end: number;
}

// Verbs that open a directive; a comma segment that starts otherwise continues the one before it.
const VERBS = new Set(
  ('hoàn thành|hoàn thiện|xây dựng|triển khai|tổ chức|ban hành|trình|lập|thành lập|rà soát|tập trung|khẩn trương|phấn đấu|' +
    'đẩy nhanh|đẩy mạnh|nghiên cứu|đề xuất|báo cáo|chuẩn bị|kiện toàn|sắp xếp|giải ngân|khởi công|đưa|thực hiện|bảo đảm|' +
    'đảm bảo|tiếp tục|chỉ đạo|lãnh đạo|giao|kiểm tra|tổng kết|sơ kết|phê duyệt|điều chỉnh|sửa đổi|bổ sung|hướng dẫn|tham mưu|xử lý|' +
    'giải quyết|cải tạo|nâng cấp|đầu tư|di dời|bàn giao|khắc phục|công bố|ký|phát động|vận hành|dự kiến|hoàn tất|tổng hợp|' +
    'thẩm định|phối hợp|theo dõi|lựa chọn|thu hồi|quyết toán|đôn đốc|xóa|chấm dứt|cơ bản|tăng cường|ưu tiên|nâng cao|phát triển|chủ động|kịp thời')
    .split('|'),
);
// The boundary before it is tested by boundaryMatches (scan.ts): a leading lookbehind makes V8 try every offset.
// "bàn giao", "chuyển giao", "được giao" hand over or were assigned, "nút giao" is a junction and "Ban Chỉ đạo" a
// committee: they give no directive. Case matters, so
// the pattern spells its capitals, and "giao" assigns only to a name, "cho", "các" or "trách nhiệm" ("giao Ban Tổ
// chức …", "giao cho các sở"): "giao ban" is a briefing, "giao dự toán" hands out an estimate.
const DIRECTIVE = /(?:[Yy]êu\s+cầu|[Đđ]ề\s+nghị|(?<!Ban\s)[Cc]hỉ\s+đạo|(?<!(?:bàn|chuyển|được|đã|trao|nút|Nút)\s)[Gg]iao(?=\s+(?:\p{Lu}|cho\s|các\s|trách\s))|(?<![Bb]áo\s)[Kk]ết\s+luận(?!\s+(?:số|này))|[Nn]hấn\s+mạnh|YÊU\s+CẦU|GIAO)(?![\p{L}\p{N}])/gu;
const FILLERS = /^(?:đồng\s+thời|phấn\s+đấu|khẩn\s+trương|dự\s+kiến|cần|phải|sẽ|để|và)(?![\p{L}\p{N}])[\s,]*/iu;
// "…, đưa vào sử dụng trước ngày 2/9": putting into service is the end of the work named before it.
const COMPLETION = new Set(['hoàn thành', 'xong', 'hoàn tất', 'thực hiện', 'thực hiện xong', 'hoàn thành xong', 'đưa vào sử dụng', 'đưa vào vận hành', 'đưa vào khai thác', 'đi vào hoạt động']);
const NO_DIRECTIVE = /(?:(?:dự\s+kiến|sẽ)\s+được|biểu\s+dương|đạt\s+được|ghi\s+nhận|theo\s+kế\s+hoạch,)(?![\p{L}\p{N}])/giu;
// "đây là điều kiện tiên quyết để …": a comment on what was said before.
const COMMENT = /^(?:đây|đó)\s+là(?![\p{L}\p{N}])/iu;
const COMPLETES = /^(?:hoàn\s+thành|hoàn\s+tất|xong)(?![\p{L}\p{N}])/iu;
// "đã trao", "đã tổ chức": a report of what was done, not a directive ("các dự án đã hoàn thành" names the object).
const PAST = /(?<!(?:dự\s+án|công\s+trình|hạng\s+mục|hồ\s+sơ|nội\s+dung|văn\s+bản|những\s+gì|việc)\s)đã(?![\p{L}\p{N}])(?!\s+(?:yêu\s+cầu|chỉ\s+đạo|đề\s+nghị|giao|thống\s+nhất|kết\s+luận))/giu;

/** Whether the global pattern `re` matches somewhere in `s` at a word boundary (as with a leading lookbehind). */
function found(re: RegExp, s: string): boolean {
  for (const _ of boundaryMatches(re, s)) return true;
  return false;
}
const MARKER = /^[\s\-–*•+]*(?:\(?\d{1,2}(?:\.\d{1,2})*[.)]\.?|\(?[a-zđ]\)|[IVXL]{1,5}\.)?[\s\-–*•]*/u;

// Longer than this, a run of comma segments is a list of directives rather than the steps of one.
const MAX_TASK_WORDS = 60;
// How far back the start of a directive is looked for, in characters: about MAX_TASK_WORDS words.
const TRIGGER_REACH = 480;

// "Chủ tịch cho biết UBND thành phố sẽ ban hành …", "UBND thành phố cam kết hoàn tất …": what is said is the directive.
const REPORTED = /(?:cho\s+biết|cam\s+kết|khẳng\s+định)(?![\p{L}\p{N}])[\s:,]*/giu;

/**
 * Where the directive that ends at limit `dl` begins: after its last trigger ("giao", "yêu cầu") or reporting words
 * ("cho biết") in [from, dl.start), else `from`; after the end of any other limit in between. `trigger` says
 * whether a trigger or reporting words fixed it.
 */
function directiveStart(text: string, from: number, dl: Deadline, limits: Deadline[], marks: Mark[]): { head: number; trigger: boolean } {
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
interface Mark {
  start: number;
  end: number;
  reported: boolean;
}

function findMarks(text: string): Mark[] {
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
function opensStep(seg: string): boolean {
  const t = seg.replace(MARKER, '');
  if (startsWithVerb(t)) return true;
  const w = foldedWords(t, 2);
  if (w[0] === 'chủ' && w[1] === 'trì') return true;
  const lead = t.length - t.trimStart().length;
  const end = unitNameEnd(t, lead);
  return end > 0 && startsWithVerb(t.slice(end).replace(/^\s*(?:chủ\s+trì[\s,]*)?/u, ''));
}

/** Whether a directive verb stands anywhere in the phrase. */
function hasVerb(phrase: string): boolean {
  const w = foldedWords(phrase);
  // "nút giao" is a junction, not the verb "giao".
  return w.some((x, i) => (VERBS.has(x) && !(x === 'giao' && w[i - 1] === 'nút')) || VERBS.has(`${x} ${w[i + 1] ?? ''}`));
}

function startsWithVerb(seg: string): boolean {
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

function clean(s: string): string {
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
const REPORTING = /^(?:báo\s+cáo|trình|gửi)(?![\p{L}\p{N}])/iu;

// "hoàn thành trước ngày 31/1/2026 theo quy định của Luật Đầu tư công", "… để bàn giao cho nhà thầu": how or why,
// not what.
const MANNER = /\s(?:theo|để|nhằm|bảo\s+đảm|đảm\s+bảo|đúng|phục\s+vụ)\s.*$/su;

function completionOnly(t: string): boolean {
  // Nine words answer both questions below (at most eight words; at most two after a three-word phrase).
  const w = foldedWords(t.replace(MANNER, ''), 9);
  if (REPORTING.test(t) && w.length <= 8) return true;
  for (const c of COMPLETION) {
    const cw = c.split(' ');
    if (cw.every((x, i) => w[i] === x)) return w.length - cw.length <= 2;
  }
  return false;
}

export function findTasks(input: TaskInput): FoundTask[] {
  const { text, sentences, dates, periods, facts, docDate } = input;
  const limits = findDeadlines(text, dates, periods);
  const used = new Set<Deadline>();
  const out: FoundTask[] = [];
  const marks = new CharIndex(text, ';:');
  let sentenceIndex: Map<Sentence, number> | undefined;
  let triggerMarks: Mark[] | undefined;
  // Found once per text, when a limit first needs them.
  let pastMarks: MatchIndex | undefined;
  let scheduleMarks: MatchIndex | undefined;
  const keyed = facts.filter((f) => f.fact.indicator !== 'other').map((f) => ({ start: f.q.start, end: f.q.end }));
  // A directive is a few dozen words: reading further around a limit only costs time on pathological input.
  const BEFORE_REACH = 260;
  const AFTER_REACH = 160;
  limits.forEach((dl, li) => {
    if (used.has(dl)) return;
    const s = containing(sentences, dl.start);
    if (!s || dl.end > s.end) return;
    if (docDate && dl.date < isoDate(docDate)) return;
    if (dl.field) {
      // "- Thời gian hoàn thành: Quý II/2025." below its item: the item is the directive, its fields name the lead.
      sentenceIndex ??= new Map(sentences.map((x, i) => [x, i]));
      const item = itemOfField(text, sentences, sentenceIndex.get(s) ?? -1);
      const named = item ? findOwner(clean(item.text)) : null;
      const t = named ? clean(named.rest) : '';
      if (item && foldedWords(t, 3).length >= 3) {
        out.push({ task: { text: t, deadline: dl.date, latest: null, owner: item.owner ?? named?.owner ?? null, ...(dl.implied ? { deadlineImplied: true } : {}) }, start: item.start, end: s.end });
      }
      return;
    }
    if (s.heading) return;
    // The clause: between the nearest ";" or ":" on each side, inside the sentence.
    const lo = Math.max(s.start, dl.start - BEFORE_REACH);
    const hi = Math.min(s.end, dl.end + AFTER_REACH);
    const before = marks.last(dl.start, lo);
    const cStart = before >= 0 ? before + 1 : lo;
    const after = marks.first(dl.end, hi);
    const cEnd = after >= 0 ? after : hi;
    // A keyed figure under a horizon makes the clause a target, not a task ("Đến năm 2030, 100% xã …");
    // a dated directive may carry a figure ("hoàn thành giải ngân 100% vốn trước ngày 31/01/2026").
    if (dl.horizon && within(keyed, cStart, cEnd).length > 0) return;
    // "trước ngày 20/8, chậm nhất ngày 31/8/2025": the second limit is the harder one of the same task.
    let latest: string | null = null;
    let partner: Deadline | undefined;
    for (let j = li + 1; j < limits.length && (limits[j]?.start ?? Infinity) < dl.end + 13; j++) {
      const o = limits[j];
      if (o && o.latest && o.start >= dl.end && o.end <= cEnd) partner = o;
    }
    if (partner && !dl.latest) {
      latest = partner.date;
      used.add(partner);
    }
    // Comma segments (a comma followed by a space; "11,28" is a number).
    const segs: Array<[number, number]> = [];
    let a = cStart;
    for (const m of text.slice(cStart, cEnd).matchAll(/,\s/gu)) {
      segs.push([a, cStart + m.index]);
      a = cStart + m.index + 1;
    }
    segs.push([a, cEnd]);
    let k = segs.findIndex(([x, y]) => x <= dl.start && dl.start < y);
    if (k < 0) return;
    const seg = segs[k] ?? [cStart, cEnd];
    // Joined with one space, not with the spaces around the cut: clean() then rarely has a run of spaces to collapse.
    let body = (text.slice(seg[0], dl.start).trimEnd() + ' ' + text.slice(dl.end, seg[1]).trimStart()).trim();
    // "… tổ chức đại hội điểm và dự kiến hoàn thành việc …": a second predicate after "và" is the directive.
    const and = /\svà\s+(?=\S)/gu;
    let cut = false;
    for (const m of body.matchAll(and)) {
      const rest = body.slice(m.index + m[0].length);
      // Only a predicate of its own ("và dự kiến hoàn thành …"): "… khu tập thể cũ và xây dựng công viên …" names a project.
      if ((FILLERS.test(rest) || COMPLETES.test(rest)) && startsWithVerb(rest) && foldedWords(body.slice(m.index), 4).length >= 4) {
        body = body.slice(m.index + m[0].length);
        cut = true;
      }
    }
    let from = seg[0];
    let t = clean(body);
    while (k > 0 && (foldedWords(t, 4).length < 4 || completionOnly(t) || !startsWithVerb(t)) && !found(DIRECTIVE, text.slice(from, dl.start))) {
      k--;
      const p = segs[k];
      if (!p) break;
      from = p[0];
      t = clean(text.slice(p[0], p[1]) + ', ' + t);
      if (startsWithVerb(text.slice(p[0], p[1])) || found(DIRECTIVE, text.slice(p[0], p[1]))) break;
    }
    pastMarks ??= new MatchIndex(text, PAST);
    if (pastMarks.first(from, dl.start) >= 0) return;
    // "Kỳ họp … dự kiến được tổ chức vào tháng 7", "biểu dương những kết quả đạt được": a schedule or praise.
    scheduleMarks ??= new MatchIndex(text, NO_DIRECTIVE);
    if (scheduleMarks.first(from, dl.start) >= 0) return;
    // "Giao Ban Tổ chức chủ trì, phối hợp với Sở Nội vụ rà soát, đánh giá …, đề xuất …, hoàn thành trước ngày 15/12":
    // the steps before the limit's own segment belong to the same directive, back to its trigger or its clause,
    // never past another limit; longer than MAX_TASK_WORDS, it is a list of directives and the short form stays.
    if (!cut) {
      // The trigger may lie before the clause's reach ("Bí thư giao Ban Tổ chức chủ trì, … [250 characters] …").
      triggerMarks ??= findMarks(text);
      const found0 = directiveStart(text, before >= 0 ? cStart : Math.max(s.start, dl.start - TRIGGER_REACH), dl, limits, triggerMarks);
      let head = found0.head;
      // Without a trigger, the directive starts at the first segment that opens a step ("Trong đó, UBND thành phố
      // hoàn thành …": not at "Trong đó").
      if (!found0.trigger) {
        const j = segs.findIndex(([x, y], i) => i < k && y > head && opensStep(text.slice(Math.max(x, head), y)));
        const at = segs[j];
        head = at ? Math.max(at[0], head) : from;
      }
      // Before the trigger or the reporting words stands the speaker ("Giải trình thêm, Chủ tịch … cho biết …").
      if (head < from || (found0.trigger && head > from && head < dl.start)) {
        const other = clean(text.slice(head, dl.start).trimEnd() + ' ' + text.slice(dl.end, seg[1]).trimStart());
        const n = countWords(other, MAX_TASK_WORDS + 1);
        if (n <= MAX_TASK_WORDS && n >= 3) {
          t = other;
          from = head;
        }
      }
    }
    // "Khẩn trương thẩm định hồ sơ các dự án: Đường trục Bắc - Nam; …; Nút giao Quốc lộ 5, trong tháng 9/2025": after a
    // colon a list of objects without a verb; the directive is what stands before the colon.
    if (before >= 0 && !hasVerb(t)) {
      // Back over the list's ";"-separated items: to the clause before the colon that opens the list, else to the
      // nearest clause with a verb; a few items at most.
      let edge = before;
      let chosen = -1;
      for (let n = 0; n < 6 && edge > s.start; n++) {
        const lead = marks.last(edge, Math.max(s.start, edge - BEFORE_REACH));
        const start = lead >= 0 ? lead + 1 : Math.max(s.start, edge - BEFORE_REACH);
        const verb = hasVerb(text.slice(start, edge));
        if (text[edge] === ':' && verb) {
          chosen = start;
          break;
        }
        if (verb && chosen < 0) chosen = start;
        if (lead < 0) break;
        edge = lead;
      }
      const whole = chosen >= 0 ? clean(text.slice(chosen, dl.start).trimEnd() + ' ' + text.slice(dl.end, seg[1]).trimStart()) : '';
      if (chosen >= 0 && countWords(whole, MAX_TASK_WORDS + 1) <= MAX_TASK_WORDS) {
        t = whole;
        from = chosen;
      }
    }
    // "đến năm 2030 trở thành tỉnh phát triển khá": under a horizon only a directive verb makes a task, not a goal.
    if (dl.reach && !startsWithVerb(t) && !found(DIRECTIVE, text.slice(cStart, cEnd))) return;
    // The owner may be named before the segments kept ("Giao Sở X chủ trì, …, trình UBND tỉnh trong tháng 11").
    const named = findOwner(t);
    const owner = named.owner ?? findOwner(clean(text.slice(cStart, dl.start))).owner;
    t = clean(named.rest);
    if (foldedWords(t, 3).length < 3 || COMMENT.test(t)) return;
    out.push({ task: { text: t, deadline: dl.date, latest, owner, ...(dl.implied ? { deadlineImplied: true } : {}) }, start: from, end: cEnd });
  });
  return dedupeTasks(out);
}

/** One directive repeated ("…phấn đấu hoàn thành trước ngày 20/8" twice): same limit, mostly the same words. */
function dedupeTasks(tasks: FoundTask[]): FoundTask[] {
  type Entry = { t: FoundTask; words: Set<string> };
  const kept: FoundTask[] = [];
  const byDeadline = new Map<string, Entry[]>();
  // The same wording for the same limit always meets the same twin (lists only grow at the end, and the first
  // match is taken), so a repeated directive is settled by one lookup instead of a comparison with every entry.
  const seen = new Map<string, Entry>();
  for (const t of tasks) {
    const exact = `${t.task.deadline}\u0000${t.task.text}`;
    let twin = seen.get(exact);
    if (!twin) {
      const w = new Set(foldedWords(t.task.text));
      const same = byDeadline.get(t.task.deadline) ?? [];
      twin = same.find(({ words: v }) => {
        let common = 0;
        for (const x of w) if (v.has(x)) common++;
        return common >= 0.5 * Math.min(w.size, v.size);
      });
      if (!twin) {
        kept.push(t);
        const entry = { t, words: w };
        seen.set(exact, entry);
        // Bounded: a pathological input with thousands of tasks for one day must not turn quadratic.
        if (same.length < 64) byDeadline.set(t.task.deadline, [...same, entry]);
        continue;
      }
      seen.set(exact, twin);
    }
    twin.t.task.latest ??= t.task.latest;
    twin.t.task.owner ??= t.task.owner;
  }
  return kept;
}
