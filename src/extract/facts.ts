// Figures and targets: each amount gets an indicator (from the lexicon, by the rules of select.ts),
// a period (its own words, then its sentence, then the section it sits in), and actual or target.
import type { Fact } from './types.ts';
import type { Sentence } from './sentences.ts';
import type { Quantity } from './quantities.ts';
import type { PeriodMention } from './periods.ts';
import type { DocYear } from './dates.ts';
import { type Lexicon, matchLexicon, type LexMatch } from './indicators.ts';
import { type Choice, choose, reuse } from './select.ts';
export type { Choice };
import { firstTargetCue, estimateBefore, namedTargetBefore, startsAfter } from './kind.ts';
import { CharIndex, MatchIndex, firstOf, lastEndingBy, within } from './ranges.ts';
import { countWords, wordTokens } from './text.ts';
import { labelsNextItem, sameSubject } from './clauses.ts';
import { periodFor, resolve, type Resolved, type SentencePeriods } from './fact-periods.ts';
import { isMargin } from './margins.ts';
import { GENERIC_GROWTH, alternation } from './lexicon/words.ts';

export interface FoundFact {
  fact: Omit<Fact, 'span'>;
  /** Offsets in the normalised text of the clause that states it. */
  start: number;
  end: number;
  sentence: number;
  q: Quantity;
}

export interface FactInput {
  text: string;
  sentences: Sentence[];
  quantities: Quantity[];
  periods: PeriodMention[];
  lexicon: Lexicon;
  doc: DocYear;
  /** The document's day (YYYY-MM-DD), when known: a period that starts after it has not happened yet. */
  docDay?: string | null;
}

/** The periods a section sets for the figures under it: headings, and the opening words of a paragraph. */
interface SectionContext {
  last: PeriodMention | null;
  lastRange: PeriodMention | null;
  /** The heading that set `last`. */
  heading: Sentence | null;
  /** Under a heading of intent ("II. MỤC TIÊU", "2.1. Chỉ tiêu đến năm 2025"): its figures are targets. */
  targets: boolean;
}

// Headings that open a section of targets ("II. MỤC TIÊU", "2.1. Các chỉ tiêu chủ yếu đến năm 2025"), where the
// words of intent lead the heading; a headline that merely mentions targets ("… hoàn thành các mục tiêu quý IV")
// opens none.
const TARGET_HEADING = /^\s*(?:(?:[IVXL]{1,5}|\d{1,2}(?:\.\d{1,2}){0,3})\.?\s*|[a-zđ]\)\s*)?(?:các\s+)?(?:mục\s+tiêu|chỉ\s+tiêu)(?![\p{L}\p{N}])/iu;
const NUMBERED = /^\s*(?:(?:\d{1,2}(?:\.\d{1,2}){0,3})\.?\s|[a-zđ]\)\s|\(\d{1,2}\)\s)/u;
const TOP_HEADING = /^\s*(?:[IVXL]{1,5}\.\s|[^\p{Ll}]+$)/u;

const LEFT_REACH = 300;
const RIGHT_REACH = 200;

export function findFacts(input: FactInput): FoundFact[] {
  const { text, sentences, quantities, periods, lexicon, doc, docDay = null } = input;
  // Clause marks, indexed once: every amount looks for the nearest ones around it.
  const semis = new CharIndex(text, ';');
  const breaks = new CharIndex(text, ',;');
  const parts = new MatchIndex(text, PART_CUE);
  const runningTotals = new MatchIndex(text, CUMULATIVE);
  const out: FoundFact[] = [];
  const section: SectionContext = { last: null, lastRange: null, heading: null, targets: false };
  let paraPeriod: PeriodMention | null = null;
  // The last term named in the paragraph: "Cũng trong giai đoạn này, khu vực dịch vụ tăng bình quân 8,01%/năm".
  let paraRange: PeriodMention | null = null;
  let para = -1;
  // The wording of the paragraph's last growth figure, for a later "mức tăng" that names none.
  let paraGrowth: LexMatch | null = null;
  sentences.forEach((s, si) => {
    if (s.para !== para) [para, paraPeriod, paraRange, paraGrowth] = [s.para, null, null, null];
    const sPeriods = within(periods, s.start, s.end).filter((p) => !p.base);
    const qs = within(quantities, s.start, s.end);
    if (qs.length > 0) {
      const sp: SentencePeriods = { years: sPeriods.find((x) => x.kind === 'years'), horizon: sPeriods.find((x) => x.kind === 'horizon') };
      const { words, clause } = wordTokens(text, s.start, s.end);
      const matches = matchLexicon(lexicon, words, clause).sort((a, b) => a.start - b.start);
      const cue = s.start + firstTargetCue(text.slice(s.start, s.end));
      let consumed = s.start;
      let prevOut: { q: Quantity; resolved: Resolved; choice: Choice | null } | null = null;
      let prev: { q: Quantity; subject: LexMatch | null } | null = null;
      qs.forEach((q, i) => {
        // Clauses are looked for within a bounded reach, so that a megabyte without punctuation stays linear.
        const semiBefore = semis.last(q.start, Math.max(s.start, q.start - LEFT_REACH));
        const clauseStart = semiBefore >= 0 ? semiBefore + 1 : Math.max(s.start, q.start - LEFT_REACH);
        const semiAfter = semis.first(q.end, Math.min(s.end, q.end + RIGHT_REACH));
        const clauseEnd = semiAfter >= 0 ? semiAfter : Math.min(s.end, q.end + RIGHT_REACH);
        const leftFrom = Math.max(clauseStart, prev?.q.end ?? s.start, consumed, q.start - LEFT_REACH);
        const leftCands = within(matches, leftFrom, q.start);
        let choice = choose(leftCands, q, text, 'left');
        let subject: LexMatch | null = choice?.match ?? best(leftCands);
        if (!choice) {
          const next = nextOutsideBrackets(text, qs, i);
          // "đạt tỷ lệ 91,3%, trong đó án rất nghiêm trọng … đạt 100%": what follows "trong đó" is a part, not this.
          const partAt = parts.first(q.end, Math.min(s.end, q.end + RIGHT_REACH));
          const part = partAt >= 0 ? partAt : Infinity;
          // Not past a ";" that opens the next item: "… không quá 3,5%; (14) Tỷ lệ lao động qua đào tạo …" (a list
          // of subjects goes on in lower case: "100% xã, phường; sở, ngành có mô hình …").
          // Nor past a ";" when the next amount stands after it: "ước tăng 3,79%; công nghiệp - xây dựng tăng 8,01%" — the
          // wording after the ";" labels the next item's amount, and taking it shifts every label of the list by one.
          const itemEnd = semiAfter >= 0 && (NEXT_ITEM.test(text.slice(clauseEnd, clauseEnd + 6)) || (next !== undefined && next.start > semiAfter)) ? clauseEnd : Infinity;
          const rightTo = Math.min(next ? next.start : s.end, q.end + RIGHT_REACH, part, itemEnd);
          // A wording may begin inside the unit: "10 triệu lượt khách du lịch" (the unit took "lượt khách").
          const right = choose(within(matches, q.start + 1, rightTo).filter((m) => m.end > q.end && !labelsNextItem(text, q.end, m, next?.start)), q, text, 'right');
          // "tối đa 40% chi thường xuyên": a wording right after the amount is its own, before any carried-over one.
          const adjacent = right && countWords(text.slice(q.end, right.match.start), 3) <= 2;
          if (!adjacent && prev?.subject && prev.subject.start < prev.q.start && goesOn(text, prev.q, q)) {
            choice = reuse(prev.subject, q, text);
            subject = prev.subject;
          }
          if (!choice && right) {
            choice = right;
            consumed = Math.max(consumed, right.match.end);
          }
          // "Thành lập mới 812 doanh nghiệp", "đón 4,6 triệu lượt khách": a gapped wording with the amount inside it.
          if (!choice) {
            choice = choose(straddling(matches, q, leftFrom, rightTo), q, text, 'left');
            // "đã giải ngân 3.907 tỷ đồng vốn đầu tư công, đạt 43,09% kế hoạch": the figures after go on with it.
            if (choice) subject = choice.match;
          }
        }
        // "GRDP tăng 9,63%. Sau 9 tháng, mức tăng mới là 8,86%": growth named only as "mức tăng" is the growth the
        // paragraph spoke of last.
        if (!choice && paraGrowth && q.unit === '%' && GENERIC_GROWTH_BEFORE.test(text.slice(Math.max(s.start, breaks.last(q.start, Math.max(s.start, q.start - 60)) + 1), q.start))) {
          choice = reuse(paraGrowth, q, text);
          if (choice) subject = paraGrowth;
        }
        if (choice && runningTotals.first(clauseStart, q.start) >= 0) choice = cumulative(choice, lexicon) ?? choice;
        const ownEnd = Math.min(firstBreak(breaks, q.end, s.end), qs[i + 1]?.start ?? s.end);
        const bracketed = prevOut && text.slice(prevOut.q.end, q.start).trim() === '(' && text[q.end] === ')';
        // "từ 8% lên 9% trở lên": the new value of the same measure as the old one.
        if (prevOut?.choice && RAISED_TO.test(text.slice(Math.max(prevOut.q.end, q.start - 12), q.start)) && RAISED_FROM.test(text.slice(Math.max(0, prevOut.q.start - 12), prevOut.q.start))) choice = prevOut.choice;
        let period = periodFor(q, sPeriods, Math.min(leftFrom, q.start), ownEnd, paraPeriod ?? section.last, text, clauseEnd);
        // "… đạt 11,39%, duy trì … trong 10 năm liên tiếp": a span after the figure counts a streak, not its years.
        if (period?.span && period.start > q.start) period = { ...period, span: undefined };
        // "4 năm liên tiếp vượt mốc 100.000 tỷ đồng": a streak says the figure held each year; it is stated for the last.
        const streak = period?.span !== undefined && STREAK.test(text.slice(period.start, period.end));
        // "1325/1.845 (71,8%)": a bracketed share restates the amount before it, for the same period.
        let resolved = bracketed && prevOut ? prevOut.resolved : resolve(period, sp, section, doc, sPeriods.find((x) => x.kind !== 'annual' && x.start < q.start) ?? paraPeriod ?? section.last);
        if (streak) {
          const last = (sp.years ?? section.lastRange)?.lastYear ?? doc.year;
          resolved = { value: String(last), lastYear: last, implied: true };
        }
        // "tăng bình quân 7,2%/năm" with no term of its own: the term the paragraph last named, else the section's.
        const term = paraRange ?? section.lastRange;
        if (q.perYear && term && !sPeriods.some((x) => x.kind === 'years' || x.kind === 'horizon') && (term === paraRange || !(resolved.value ?? '').includes('/'))) {
          resolved = { value: term.value, lastYear: term.lastYear, implied: term !== sp.years };
        }
        // "quy mô năm 2025 … gấp 1,6 lần năm 2020": a multiple spans from its base year to its own.
        const base = q.unit === 'times' ? within(periods, q.end, q.end + 20).find((p) => p.base && p.kind === 'year') : undefined;
        if (base && resolved.value && /^\d{4}$/u.test(resolved.value) && base.lastYear < Number(resolved.value)) {
          resolved = { ...resolved, value: `${base.lastYear}/${resolved.value}` };
        }
        // "ước đạt" is an estimate of what was reached, even over a term that ends after the document's year
        // ("giai đoạn 2021 - 2025 … bình quân ước đạt 6,3%/năm" written in 2024).
        // "ước đạt 8,07%, thấp hơn mục tiêu 10%": the "ước" belongs to the amount before.
        const isTarget = (q.start > cue || section.targets || (resolved.lastYear ?? 0) > doc.year || namedTargetBefore(text, q.start) || startsAfter(resolved.value, docDay)) && !estimateBefore(text, q.start, prev?.q.end ?? 0);
        // "còn 11 chủ đầu tư có tỷ lệ giải ngân dưới 30%": a threshold that describes some units, not a figure.
        if (!isTarget && q.cmp === '<' && THRESHOLD_BEFORE.test(text.slice(Math.max(clauseStart, q.start - 60), q.start))) choice = null;
        const margin = isMargin(text, q);
        if (margin) choice = null;
        out.push({ fact: toFact(q, choice, resolved, isTarget, text.slice(clauseStart, clauseEnd).trim()), start: clauseStart, end: clauseEnd, sentence: si, q });
        // "GRDP tăng 9,63%, vượt 1,13 điểm phần trăm so với chỉ tiêu (8,5%)": a margin speaks of the figure before it
        // and hands its subject on, as if it were not there.
        if (!margin || !prev) prev = { q, subject };
        if (choice?.measure === 'growth' && choice.match.start < q.start) paraGrowth = choice.match;
        prevOut = { q, resolved, choice };
      });
    }
    updateSection(section, s, sPeriods, text);
    // Later sentences of the paragraph ("Trong đó, khu vực dịch vụ tăng 7,41%") inherit the period the paragraph
    // opened with: a later one is mostly a comparison or a part ("cao hơn mức tăng 7,86% của 9 tháng năm 2024",
    // "sau mức tăng 3,0% của quý I, GRDP quý II tăng 7,1%").
    const firstHere = sPeriods.find((p) => p.kind !== 'annual');
    paraRange = sPeriods.filter((p) => p.kind === 'years').at(-1) ?? paraRange;
    if (firstHere && !paraPeriod) paraPeriod = firstHere;
  });
  return out;
}

// "Lũy kế đến ngày 30/9, toàn tỉnh có 287 dự án FDI … tổng vốn đăng ký 7,82 tỷ USD", "… dự án còn hiệu lực với tổng
// vốn …": a running total since the start, which its family's `.cumulative` key records (fdi.registered →
// fdi.cumulative), where the lexicon has one.
const CUMULATIVE = /(?:(?:lũy|luỹ)\s+kế|còn\s+hiệu\s+lực)(?![\p{L}\p{N}])/giu;

function cumulative(choice: Choice, lexicon: Lexicon): Choice | null {
  const family = choice.key.key.split('.')[0];
  const key = lexicon.keys.find((k) => k.key === `${family}.cumulative`);
  return key && key !== choice.key && key.unit === choice.key.unit ? { ...choice, key } : null;
}

// "mức tăng mới là", "tốc độ tăng trưởng đạt": growth named without saying of what (lexicon/words.ts), opening its
// clause ("…, với mức tăng 34,59%" after a subject of its own is that subject's).
const GENERIC_GROWTH_BEFORE = new RegExp(`^\\s*(?:${alternation(GENERIC_GROWTH)})(?![\\p{L}\\p{N}])[^,;.()]{0,20}$`, 'iu');

const STREAK = /(?:liên\s+tiếp|liền)$/iu;

const PART_CUE = /(?:trong\s+đó|riêng)(?![\p{L}\p{N}])/giu;

// "còn 11 chủ đầu tư có tỷ lệ giải ngân dưới 30%": the threshold of a group, not a figure.
const THRESHOLD_BEFORE = /(?:có|với)\s+tỷ\s+lệ[^,.;]{0,40}$/iu;
// "; (14) Tỷ lệ …", "; Tổng …": a ";" that opens the next item of a list.
const NEXT_ITEM = /^;\s*(?:\(\d|\p{Lu})/u;

/**
 * The previous amount's wording carries over across a clause that names no subject of its own ("…, đạt 140% kế
 * hoạch năm", "; ước cả năm đạt …"), not across "trong đó"; a count of other things does not take it ("tạo việc
 * làm cho 7.650 lao động, … cho 25 hộ"). "cao hơn mức 5,03% của quý I/2024": a level compared with is the same measure.
 */
function goesOn(text: string, prev: Quantity, q: Quantity): boolean {
  if (q.unit === 'count' && prev.unit === 'count' && q.noun !== prev.noun) return false;
  if (q.start - prev.end <= 80 && COMPARED_LEVEL.test(text.slice(Math.max(prev.end, q.start - 30), q.start))) return true;
  // "…, so với chỉ tiêu Chính phủ giao (8,5%)", "…: để đạt mục tiêu, quý IV phải tăng 11,8%": the target of the same measure.
  if (q.unit === prev.unit && q.start - prev.end <= 120 && NAMES_TARGET.test(text.slice(prev.end, q.start))) return true;
  return sameSubject(text.slice(prev.end, q.start));
}

// "cao hơn mức 5,03%", "so với mức 12,73%": the level of another period, for the same measure.
const COMPARED_LEVEL = /(?:hơn|với)\s+(?:nhiều\s+)?(?:so\s+với\s+)?mức(?:\s+tăng(?:\s+trưởng)?)?\s+$/iu;
// The figure's target named between two figures of one measure (see goesOn).
const NAMES_TARGET = /(?<![\p{L}\p{N}])(?:mục|chỉ)\s+tiêu(?![\p{L}\p{N}])/iu;
// "điều chỉnh mục tiêu … từ 12% … lên 14% trở lên"
const RAISED_FROM = /(?<![\p{L}\p{N}])từ\s+(?:mức\s+)?$/iu;
const RAISED_TO = /(?<![\p{L}\p{N}])(?:lên|xuống|thành)\s+(?:mức\s+)?$/iu;

/** Gapped wordings that begin after `from`, before the amount, and end after it, before `to`. */
function straddling(matches: LexMatch[], q: Quantity, from: number, to: number): LexMatch[] {
  // "đón khoảng 9,6 triệu lượt khách": the wording "đón … khách" ends with the unit's own word.
  return within(matches, from, to).filter((m) => m.start < q.start && m.end >= q.end);
}

function best(cands: LexMatch[]): LexMatch | null {
  return cands.reduce<LexMatch | null>((a, b) => (!a || b.weight > a.weight || (b.weight === a.weight && b.end > a.end) ? b : a), null);
}

/** The next amount that is not inside brackets opened after this one ("80% số xã (tương ứng 55/67 xã) đạt…"). */
function nextOutsideBrackets(text: string, qs: Quantity[], i: number): Quantity | undefined {
  const q = qs[i];
  if (!q) return undefined;
  for (let j = i + 1; j < qs.length; j++) {
    const n = qs[j];
    if (!n) break;
    if (n.start - q.end > RIGHT_REACH) return n;
    const between = text.slice(q.end, n.start);
    const depth = (between.match(/\(/gu)?.length ?? 0) - (between.match(/\)/gu)?.length ?? 0);
    if (depth <= 0) return n;
  }
  return undefined;
}

function firstBreak(breaks: CharIndex, from: number, limit: number): number {
  const i = breaks.first(from, Math.min(limit, from + RIGHT_REACH));
  return i >= 0 ? i : Math.min(limit, from + RIGHT_REACH);
}

function updateSection(section: SectionContext, s: Sentence, ps: PeriodMention[], text: string): void {
  if (s.heading) {
    // A sub-heading ("2.1. Đến năm 2025", "a) Về kinh tế") stays in the section; any other heading leaves it.
    const line = text.slice(s.start, s.end);
    if (TARGET_HEADING.test(line)) section.targets = true;
    else if (TOP_HEADING.test(line) || !NUMBERED.test(line)) section.targets = false;
  }
  // Headings set the period of what follows; so do the opening words of a paragraph ("Nhiệm kỳ 2020 - 2025, …").
  const firstComma = firstOf(text, ',', s.start, Math.min(s.end, s.start + 200));
  const limit = s.heading ? s.end : s.first ? (firstComma < 0 ? s.start : firstComma) : s.start;
  for (const p of ps) {
    if (p.end > limit || p.kind === 'annual' || p.kind === 'point') continue;
    // A list item opening with "Đến hết năm 2027," speaks for itself; only a term opens a section, and only a
    // heading's term: "Tính chung giai đoạn 2021 - 2025, …" opening a paragraph speaks for that paragraph.
    if (!s.heading) continue;
    // A heading's first period is its subject ("… tổng kết công tác năm 2024, quyết tâm … trong năm 2025").
    if (section.heading !== s) {
      section.heading = s;
      section.last = p;
    }
    if (p.kind === 'years') section.lastRange = p;
  }
}

function toFact(q: Quantity, choice: Choice | null, period: Resolved, isTarget: boolean, clause: string): Omit<Fact, 'span'> {
  const key = choice?.key;
  const unit = !key ? q.unit : q.unit === 'VND' || q.unit === 'USD' || q.unit.includes('/') ? q.unit : key.unit;
  const negative = q.verb === 'down' && choice?.measure === 'growth';
  const f: Omit<Fact, 'span'> = {
    kind: isTarget ? 'target' : 'actual',
    // Without a period a keyed figure cannot be compared with anything: it is proposed as `other`.
    indicator: key && period.value && (!q.zero || isTarget) ? key.key : 'other',
    value: negative ? -q.value : q.value,
    unit,
    period: period.value,
    text: clause,
  };
  if (q.max !== undefined) f.max = negative ? -q.max : q.max;
  if (q.cmp) f.cmp = q.cmp;
  if (q.approx) f.approx = true;
  if (period.implied) f.periodImplied = true;
  const label = labelOf(choice?.match, q);
  if (label) f.label = label;
  return f;
}

function labelOf(m: LexMatch | undefined, q: Quantity): string | undefined {
  return m ? m.source : q.noun;
}
