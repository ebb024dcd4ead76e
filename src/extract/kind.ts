// Actual or target: words of intent before the figure, or a period that ends after the document's year.
import { boundaryMatches } from './scan.ts';

// Example: "phấn đấu đạt 14%", "Mục tiêu đến năm 2030", "các chỉ tiêu chủ yếu: …"
// The boundary before it is tested by boundaryMatches (scan.ts): a leading lookbehind makes V8 try every offset.
// "tăng trưởng 6 tháng cuối năm phải đạt khoảng 9,6%": what must be reached is a target too.
const TARGET_CUE = /(?:phấn\s+đấu|mục\s+tiêu|chỉ\s+tiêu|định\s+hướng|phải\s+đạt|cần\s+đạt|kế\s+hoạch\s+năm\s+(?:19|20)\d\d|nhiệm\s+vụ\s+năm\s+(?:19|20)\d\d)(?![\p{L}\p{N}])/giu;
// "vượt chỉ tiêu", "đạt mục tiêu", "đạt 110,1% chỉ tiêu", "so với kế hoạch": the cue names a target that was met,
// the figure is actual.
const MET_BEFORE = /(?:vượt|đạt|hoàn\s+thành|so\s+với|thực\s+hiện|bằng)\s*(?:[\d.,]+\s?%\s*)?(?:các\s+)?$/iu;
// "để hoàn thành mục tiêu …": a target still to be met.
const PURPOSE_BEFORE = /(?<![\p{L}\p{N}])(?:để|nhằm)\s+(?:hoàn\s+thành|thực\s+hiện|đạt)\s*(?:các\s+)?$/iu;

/** Offset (in `sentence`) of the first cue of intent, or Infinity: figures after it are targets. */
// "chưa đạt mục tiêu 5.200 USD", "không hoàn thành chỉ tiêu": a target that was not met is still a target.
const NOT_MET_BEFORE = /(?<![\p{L}\p{N}])(?:chưa|không|khó)\s+(?:đạt|hoàn\s+thành|thực\s+hiện)\s*(?:các\s+)?$/iu;

const REPORTED_AFTER = /^\s+(?:chủ\s+yếu\s+|đề\s+ra\s+)?(?:chưa|không|đều|đã|cơ\s+bản)(?![\p{L}\p{N}])/iu;

export function firstTargetCue(sentence: string): number {
  for (const m of boundaryMatches(TARGET_CUE, sentence)) {
    const before = sentence.slice(Math.max(0, m.index - 28), m.index);
    // "một số chỉ tiêu chưa đạt kế hoạch:", "các chỉ tiêu đều đạt": targets named as the subject of a report.
    if (REPORTED_AFTER.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
    if (!MET_BEFORE.test(before) || PURPOSE_BEFORE.test(before) || NOT_MET_BEFORE.test(before)) return m.index;
  }
  return Infinity;
}

// "ước đạt", "ước cả năm": an estimate of a current figure, reported as actual.
// The boundary is checked after the literal (not before it), so that V8 can skip to each "ước".
const ESTIMATE_BEFORE = /ước(?<![\p{L}\p{N}]ước)(?![\p{L}\p{N}])[^.;]{0,30}$/iu;

/** Whether "ước" stands shortly before `at`, after `from` (the amount before: its "ước" is its own). */
export function estimateBefore(sentence: string, at: number, from = 0): boolean {
  return ESTIMATE_BEFORE.test(sentence.slice(Math.max(0, from, at - 40), at));
}
