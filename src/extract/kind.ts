// Actual or target: words of intent before the figure, or a period that ends after the document's year.
// The words are data in lexicon/words.ts; the patterns here only say where they stand.
import { boundaryMatches } from './scan.ts';
import { NEGATIONS, TARGET_CUES, TARGET_MET_VERBS, TARGET_QUALIFIERS, TARGET_REACH_VERBS, TARGETS_REPORTED_AFTER, alternation } from './lexicon/words.ts';

// Example: "phấn đấu đạt 14%", "Mục tiêu đến năm 2030", "các chỉ tiêu chủ yếu: …"
// The boundary before it is tested by boundaryMatches (scan.ts): a leading lookbehind makes V8 try every offset.
// "tăng trưởng 6 tháng cuối năm phải đạt khoảng 9,6%": what must be reached is a target too.
const TARGET_CUE = new RegExp(`(?:${alternation(TARGET_CUES)}|kế\\s+hoạch\\s+năm\\s+(?:19|20)\\d\\d|nhiệm\\s+vụ\\s+năm\\s+(?:19|20)\\d\\d)(?![\\p{L}\\p{N}])`, 'giu');
// "vượt chỉ tiêu", "đạt mục tiêu", "đạt 110,1% chỉ tiêu", "so với kế hoạch": the cue names a target that was met,
// the figure is actual.
const MET_BEFORE = new RegExp(`(?:${alternation(TARGET_MET_VERBS)})\\s*(?:[\\d.,]+\\s?%\\s*)?(?:các\\s+)?$`, 'iu');
// "để hoàn thành mục tiêu …": a target still to be met.
const PURPOSE_BEFORE = /(?<![\p{L}\p{N}])(?:để|nhằm)\s+(?:hoàn\s+thành|thực\s+hiện|đạt)\s*(?:các\s+)?$/iu;
// "chưa đạt mục tiêu 5.200 USD", "không hoàn thành chỉ tiêu", "chưa chạm mục tiêu": a target not met is still a target.
const NOT_MET_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(NEGATIONS)})\\s+(?:${alternation(TARGET_REACH_VERBS)})\\s*(?:các\\s+)?$`, 'iu');
const REPORTED_AFTER = new RegExp(`^\\s+(?:(?:${alternation(TARGET_QUALIFIERS)})\\s+)?(?:${alternation(TARGETS_REPORTED_AFTER)})(?![\\p{L}\\p{N}])`, 'iu');

/** Offset (in `sentence`) of the first cue of intent, or Infinity: figures after it are targets. */
export function firstTargetCue(sentence: string): number {
  for (const m of boundaryMatches(TARGET_CUE, sentence)) {
    const before = sentence.slice(Math.max(0, m.index - 28), m.index);
    // "một số chỉ tiêu chưa đạt kế hoạch:", "các chỉ tiêu đều đạt": targets named as the subject of a report.
    if (REPORTED_AFTER.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 32))) continue;
    if (!MET_BEFORE.test(before) || PURPOSE_BEFORE.test(before) || NOT_MET_BEFORE.test(before)) return m.index;
  }
  return Infinity;
}

// "so với chỉ tiêu Chính phủ giao (8,5%)", "mục tiêu đề ra (10%)": a figure in brackets after a named target is
// that target's value, whatever verb compared the actual with it.
const NAMED_TARGET_BEFORE = /(?<![\p{L}\p{N}])(?:chỉ|mục)\s+tiêu[^,;.()]{0,40}\(\s*$/iu;

/** Whether the amount at `at` is the bracketed value of a target named just before it. */
export function namedTargetBefore(sentence: string, at: number): boolean {
  return NAMED_TARGET_BEFORE.test(sentence.slice(Math.max(0, at - 60), at));
}

/**
 * Whether a period ("2026-10/2026-12", "2027", "2026-06-30") starts after the document's day: "hoàn thành bàn giao
 * 1.000 căn trong quý IV/2026" in a January plan is a figure to reach, not one reached.
 */
export function startsAfter(period: string | null, docDay: string | null): boolean {
  if (!period || !docDay) return false;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/u.exec(period);
  if (!m) return false;
  const first = `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`;
  return first > docDay;
}

// "ước đạt", "ước cả năm": an estimate of a current figure, reported as actual.
// The boundary is checked after the literal (not before it), so that V8 can skip to each "ước".
const ESTIMATE_BEFORE = /ước(?<![\p{L}\p{N}]ước)(?![\p{L}\p{N}])[^.;]{0,30}$/iu;

/** Whether "ước" stands shortly before `at`, after `from` (the amount before: its "ước" is its own). */
export function estimateBefore(sentence: string, at: number, from = 0): boolean {
  return ESTIMATE_BEFORE.test(sentence.slice(Math.max(0, from, at - 40), at));
}
