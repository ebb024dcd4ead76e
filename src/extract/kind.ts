// Actual or target: words of intent before the figure, or a period that ends after the document's year.
import { boundaryMatches } from './scan.ts';

// Example: "phấn đấu đạt 14%", "Mục tiêu đến năm 2030", "các chỉ tiêu chủ yếu: …"
// The boundary before it is tested by boundaryMatches (scan.ts): a leading lookbehind makes V8 try every offset.
const TARGET_CUE = /(?:phấn\s+đấu|mục\s+tiêu|chỉ\s+tiêu|định\s+hướng|kế\s+hoạch\s+năm\s+(?:19|20)\d\d|nhiệm\s+vụ\s+năm\s+(?:19|20)\d\d)(?![\p{L}\p{N}])/giu;
// "vượt chỉ tiêu", "đạt mục tiêu", "so với kế hoạch": the cue names a target that was met, the figure is actual.
const MET_BEFORE = /(?:vượt|đạt|hoàn\s+thành|so\s+với|thực\s+hiện|bằng)\s*(?:các\s+)?$/iu;

/** Offset (in `sentence`) of the first cue of intent, or Infinity: figures after it are targets. */
export function firstTargetCue(sentence: string): number {
  for (const m of boundaryMatches(TARGET_CUE, sentence)) {
    if (!MET_BEFORE.test(sentence.slice(Math.max(0, m.index - 20), m.index))) return m.index;
  }
  return Infinity;
}

// "ước đạt", "ước cả năm": an estimate of a current figure, reported as actual.
// The boundary is checked after the literal (not before it), so that V8 can skip to each "ước".
const ESTIMATE_BEFORE = /ước(?<![\p{L}\p{N}]ước)(?![\p{L}\p{N}])[^.;]{0,30}$/iu;

export function estimateBefore(sentence: string, at: number): boolean {
  return ESTIMATE_BEFORE.test(sentence.slice(Math.max(0, at - 40), at));
}
