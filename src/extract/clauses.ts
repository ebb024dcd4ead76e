// Clause structure around a figure: which list item a wording belongs to, and whether the clause after a figure
// goes on with the same subject. Small rules, each with its table in clauses.test.ts.
import { LEVEL_VERBS, PART_OPENERS, SAME_SUBJECT_AFTER_SEMICOLON, SAME_SUBJECT_OPENERS, alternation } from './lexicon/words.ts';
import { foldedWords } from './text.ts';

const SEPARATOR = /[,;()]/gu;
const PERIOD_WORDS = new Set(['tháng', 'quý', 'năm']);

/**
 * Whether the text from one figure to the next goes on with the first one's subject: every clause opened in it by
 * a comma, semicolon or bracket starts with a word of change, estimate or comparison ("…, tăng 15%", "; ước cả năm
 * đạt …"), never with a subject of its own ("…, ngành xây dựng tăng 7,34%", "(riêng công nghiệp tăng …)").
 */
export function sameSubject(between: string): boolean {
  if (between.length > 80) return false;
  // "tăng 17,28% so với cùng kỳ; ước cả năm đạt …": the base closes the figure before, it opens nothing.
  between = between.replace(SAME_PERIOD_BASE, '');
  if (/trong\s+đó|so\s+với|gồm|:/iu.test(between)) return false;
  for (const m of between.matchAll(SEPARATOR)) {
    if (m[0] === ')') continue;
    const words = foldedWords(between.slice(m.index + 1), 2);
    const first = words[0];
    if (first === undefined) continue;
    if (first === 'riêng' && PERIOD_WORDS.has(words[1] ?? '')) continue;
    const openers = m[0] === ';' ? SAME_SUBJECT_AFTER_SEMICOLON : SAME_SUBJECT_OPENERS;
    if (m[0] === ';' && HORIZON_THEN_VERB.test(between.slice(m.index + 1))) continue;
    if (!openers.has(first) && !/^\d/u.test(first)) return false;
  }
  return !opensPart(between);
}

// "; đến năm 2030 đạt 35 tỷ đồng": a horizon and straight a verb of level, up to the figure; "; đến 2030, trên 80% dân
// số …" names a subject of its own after the horizon.
const HORIZON_THEN_VERB = new RegExp(`^\\s*(?:đến|tới|vào)\\s+(?:hết\\s+|cuối\\s+)?(?:năm\\s+)?(?:19|20)\\d\\d\\s+(?:${alternation(LEVEL_VERBS)})(?:\\s+(?:khoảng|trên|hơn|từ|dưới|tối\\s+thiểu))?\\s*$`, 'iu');

const SAME_PERIOD_BASE = /^\s*so\s+với\s+cùng\s+kỳ(?:\s+năm\s+(?:trước|ngoái))?/iu;

function opensPart(s: string): boolean {
  const words = foldedWords(s, 3).join(' ');
  return PART_OPENERS.some((p) => words.startsWith(p + ' ') && !PERIOD_WORDS.has(words.slice(p.length + 1).split(' ')[0] ?? ''));
}

/**
 * Whether a wording found after a figure is the subject of the next figure instead: it stands after a clause mark
 * that follows the figure, and nothing but the next item's verb separates it from the next figure
 * ("tăng 13,45%, nông, lâm nghiệp và thủy sản tăng 4,48%": the wording is 4,48's, not 13,45's).
 */
export function labelsNextItem(text: string, figureEnd: number, wording: { start: number; end: number }, nextStart: number | undefined): boolean {
  if (nextStart === undefined || wording.start >= nextStart) return false;
  const gap = text.slice(figureEnd, wording.start);
  if (!/[,;)]/u.test(gap)) return false;
  return !/[,;()]/u.test(text.slice(wording.end, nextStart));
}
