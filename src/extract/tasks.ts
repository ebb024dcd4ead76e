// Directives with a time limit: the clause around each limit, trimmed to what is to be done, with its owner;
// a directive stated twice is one task.
import type { ExtractedTask } from './types.ts';
import type { Sentence } from './sentences.ts';
import { type DateMention, type CalendarDate, isoDate } from './dates.ts';
import type { PeriodMention } from './periods.ts';
import type { FoundFact } from './facts.ts';
import { findDeadlines, type Deadline } from './deadlines.ts';
import { findOwner } from './owner.ts';
import { itemOfField } from './fields.ts';
import {
  COMMENT, COMPLETES, DIRECTIVE, FILLERS, MAX_TASK_WORDS, type Mark, NO_DIRECTIVE, PAST, TRIGGER_REACH, clean, completionOnly,
  directiveStart, findMarks, found, hasVerb, opensStep, startsWithVerb,
} from './wording.ts';
import { CharIndex, MatchIndex, containing, within } from './ranges.ts';
import { countWords, foldedWords } from './text.ts';

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

// A directive is a few dozen words: reading further around a limit only costs time on pathological input.
const BEFORE_REACH = 260;
const AFTER_REACH = 160;

const GOAL_AFTER = /^[\s,]*(?:cơ\s+bản\s+)?(?:trở\s+thành|trở\s+lại\s+là|là|thuộc\s+nhóm|nằm\s+trong\s+nhóm)(?![\p{L}\p{N}])/iu;
const EVENT_DAY = /^vào\s/iu;
// An event told, not a directive: "khi … chuẩn bị đón …", "Lễ hội … sẽ khai mạc vào ngày 26/10".
const BACKGROUND = /(?<![\p{L}\p{N}])(?:khi|sau\s+khi|lúc|khai\s+mạc|bế\s+mạc|diễn\s+ra)(?![\p{L}\p{N}])/iu;
// "những nhiệm vụ trọng tâm trong 3 tháng cuối năm": the period names the tasks spoken of, it limits none.
const TASKS_OF_PERIOD = /(?<![\p{L}\p{N}])(?:nhiệm\s+vụ|giải\s+pháp|công\s+tác)(?:\s+(?:trọng\s+tâm|chủ\s+yếu|trọng\s+yếu))?\s+$/iu;
const IN_OR_OF = /^(?:trong|của)\s/iu;

export function findTasks(input: TaskInput): FoundTask[] {
  const { text, sentences, dates, periods, facts, docDate } = input;
  const limits = findDeadlines(text, dates, periods);
  const used = new Set<Deadline>();
  const out: FoundTask[] = [];
  const marks = new CharIndex(text, ';:');
  const commas = new CharIndex(text, ',');
  let sentenceIndex: Map<Sentence, number> | undefined;
  let triggerMarks: Mark[] | undefined;
  // Found once per text, when a limit first needs them.
  let pastMarks: MatchIndex | undefined;
  let scheduleMarks: MatchIndex | undefined;
  const keyed = facts.filter((f) => f.fact.indicator !== 'other').map((f) => ({ start: f.q.start, end: f.q.end }));
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
    let before = marks.last(dl.start, lo);
    let cStart = before >= 0 ? before + 1 : lo;
    const after = marks.first(dl.end, hi);
    const cEnd = after >= 0 ? after : hi;
    // "- Giao Sở X xây dựng kịch bản …; hoàn thành trước ngày 31-7-2025": a clause that only completes takes the
    // directive of the clause before its ";" (never past another limit).
    if (before >= 0 && text[before] === ';' && completionOnly(clean(text.slice(cStart, dl.start) + ' ' + text.slice(dl.end, cEnd)))) {
      const prior = marks.last(before, Math.max(s.start, before - BEFORE_REACH));
      const pStart = prior >= 0 ? prior + 1 : Math.max(s.start, before - BEFORE_REACH);
      if (!limits.some((o) => o !== dl && o.start >= pStart && o.end <= before)) [before, cStart] = [prior, pStart];
    }
    // "… trở thành tỉnh công nghiệp hiện đại", "… là trung tâm …": a goal to be reached by a year, not a directive.
    if (dl.reach && GOAL_AFTER.test(text.slice(dl.end, dl.end + 40))) return;
    // "khi Cảng hàng không chuẩn bị đón chuyến bay đầu tiên vào ngày 19/12": the day of an event told as background.
    if (EVENT_DAY.test(text.slice(dl.start, dl.start + 10)) && BACKGROUND.test(text.slice(cStart, dl.start))) return;
    if (IN_OR_OF.test(text.slice(dl.start, dl.start + 6)) && TASKS_OF_PERIOD.test(text.slice(Math.max(0, dl.start - 40), dl.start))) return;
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
    for (let c = commas.first(cStart, cEnd); c >= 0; c = commas.first(c + 1, cEnd)) {
      if (!/\s/u.test(text[c + 1] ?? '')) continue;
      segs.push([a, c]);
      a = c + 1;
    }
    segs.push([a, cEnd]);
    let k = segs.findIndex(([x, y]) => x <= dl.start && dl.start < y);
    if (k < 0) return;
    const seg = segs[k] ?? [cStart, cEnd];
    // "… trước ngày 30-4-2026 và hoàn thành bàn giao 1.000 căn trong quý IV/2026": a predicate of its own after the limit,
    // ending at another limit, is that limit's directive, not the end of this one.
    const tailEnd = tailOf(text, li, seg[1], limits, partner);
    // Joined with one space, not with the spaces around the cut: clean() then rarely has a run of spaces to collapse.
    let body = (text.slice(seg[0], dl.start).trimEnd() + ' ' + text.slice(dl.end, tailEnd).trimStart()).trim();
    // "… tổ chức đại hội điểm và dự kiến hoàn thành việc …": a second predicate after "và" is the directive.
    const and = /\svà\s+(?=\S)/gu;
    let cut = false;
    let cutAt = seg[0];
    const headLength = body.indexOf(' ' + text.slice(dl.end, tailEnd).trimStart());
    for (const m of body.matchAll(and)) {
      const rest = body.slice(m.index + m[0].length);
      // Only a predicate of its own ("và dự kiến hoàn thành …"): "… khu tập thể cũ và xây dựng công viên …" names a project.
      if ((FILLERS.test(rest) || COMPLETES.test(rest)) && startsWithVerb(rest) && foldedWords(body.slice(m.index), 4).length >= 4) {
        // "đã bố trí đủ 120 lô đất và sẽ hoàn thành …": what was done before "và" is not this directive's.
        if (headLength < 0 || m.index < headLength) cutAt = seg[0] + m.index + m[0].length;
        body = body.slice(m.index + m[0].length);
        cut = true;
      }
    }
    let from = cutAt;
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
      const head = directiveHead(text, before >= 0 ? cStart : Math.max(s.start, dl.start - TRIGGER_REACH), from, dl, limits, triggerMarks, segs, k);
      if (head >= 0) {
        // Counted before it is cleaned: most long stretches are refused, and cleaning copies them.
        const raw = text.slice(head, dl.start).trimEnd() + ' ' + text.slice(dl.end, tailEnd).trimStart();
        const other = countWords(raw, MAX_TASK_WORDS + 1) <= MAX_TASK_WORDS ? clean(raw) : '';
        const n = countWords(other, MAX_TASK_WORDS + 1);
        if (n <= MAX_TASK_WORDS && n >= 3) {
          t = other;
          from = head;
        }
      }
    }
    // A list of objects without a verb after a colon: the directive is what stands before the colon.
    if (before >= 0 && !hasVerb(t)) {
      const listed = beforeList(text, marks, s.start, before);
      if (listed >= 0) {
        const whole = clean(text.slice(listed, dl.start).trimEnd() + ' ' + text.slice(dl.end, tailEnd).trimStart());
        if (countWords(whole, MAX_TASK_WORDS + 1) <= MAX_TASK_WORDS) {
          t = whole;
          from = listed;
        }
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

const AND_THEN = /^[\s,]*(?:và|rồi|đồng\s+thời)\s+/iu;

/**
 * Where the words after limit `limits[li]` that belong to its directive end: at `segEnd`, or at the limit itself when
 * they open another. Limits are sorted by start: only those after it are looked at, and only up to `segEnd`.
 */
function tailOf(text: string, li: number, segEnd: number, limits: Deadline[], partner: Deadline | undefined): number {
  const dl = limits[li] as Deadline;
  let next: Deadline | undefined;
  for (let j = li + 1; j < limits.length && (limits[j]?.start ?? Infinity) < segEnd; j++) {
    const o = limits[j];
    if (o && o !== partner && o.start >= dl.end) {
      next = o;
      break;
    }
  }
  if (!next) return segEnd;
  const tail = text.slice(dl.end, next.start);
  const and = AND_THEN.exec(tail);
  return and && startsWithVerb(tail.slice(and[0].length)) ? dl.end : segEnd;
}

/**
 * Where the directive of limit `dl` starts, looked for from `reachFrom`: at its trigger or after its reporting words
 * (before them stands the speaker: "Giải trình thêm, Chủ tịch … cho biết …"), else at the first comma segment before
 * the limit's own (`segs[k]`) that opens a step ("Trong đó, UBND thành phố hoàn thành …": not at "Trong đó").
 * -1 when that is where the text kept so far (from `from`) starts already.
 */
function directiveHead(text: string, reachFrom: number, from: number, dl: Deadline, limits: Deadline[], marks: Mark[], segs: Array<[number, number]>, k: number): number {
  const { head: start, trigger } = directiveStart(text, reachFrom, dl, limits, marks);
  let head = start;
  if (!trigger) {
    const at = segs[segs.findIndex(([x, y], i) => i < k && y > head && opensStep(text.slice(Math.max(x, head), y)))];
    head = at ? Math.max(at[0], head) : from;
  }
  return head < from || (trigger && head > from && head < dl.start) ? head : -1;
}

/**
 * "Khẩn trương thẩm định hồ sơ các dự án: Đường trục Bắc - Nam; …; Nút giao Quốc lộ 5, trong tháng 9/2025": back
 * from the mark `edge` over the list's ";"-separated items, to the clause before the colon that opens the list, else
 * to the nearest clause with a verb (a few items at most); its start, or -1.
 */
function beforeList(text: string, marks: CharIndex, sentenceStart: number, edge: number): number {
  let chosen = -1;
  for (let n = 0; n < 6 && edge > sentenceStart; n++) {
    const lead = marks.last(edge, Math.max(sentenceStart, edge - BEFORE_REACH));
    const start = lead >= 0 ? lead + 1 : Math.max(sentenceStart, edge - BEFORE_REACH);
    const verb = hasVerb(text.slice(start, edge));
    if (text[edge] === ':' && verb) return start;
    if (verb && chosen < 0) chosen = start;
    if (lead < 0) break;
    edge = lead;
  }
  return chosen;
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
