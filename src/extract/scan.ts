// Scanning a whole text with a global pattern that must start at a word boundary.
//
// A pattern that opens with the lookbehind (?<![\p{L}\p{N}]) cannot use irregexp's quick first-character
// filter, so V8 runs the lookbehind and the pattern's first alternatives at every offset of the text: measured
// 4 to 6 times slower on the dev corpus than the same pattern without it. Here the pattern is written without
// the leading lookbehind and the boundary is tested in code on each candidate; a candidate that fails is retried
// one character further on, so the matches are exactly those of the pattern with the lookbehind.

const ASCII_WORD = /[A-Za-z0-9]/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** The code point that ends just before `i` (a surrogate pair counts as one), or '' at the start. */
function charBefore(text: string, i: number): string {
  if (i <= 0) return '';
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(i - 2, i);
  }
  return text[i - 1] ?? '';
}

/** True when a letter or digit ends just before `i`: what (?<![\p{L}\p{N}]) refuses. */
export function wordBefore(text: string, i: number): boolean {
  const ch = charBefore(text, i);
  if (ch === '') return false;
  if (ch.length === 1 && ch.charCodeAt(0) < 128) return ASCII_WORD.test(ch);
  return LETTER_OR_DIGIT.test(ch);
}

/**
 * Every match of the global pattern `re` whose start passes `blocked` (by default: no letter
 * or digit just before it), leftmost first, as `text.matchAll` would give for the pattern with the lookbehind.
 */
export function* boundaryMatches(re: RegExp, text: string, blocked: (text: string, i: number) => boolean = wordBefore): Generator<RegExpExecArray> {
  if (!re.global) throw new Error('boundaryMatches needs a global pattern');
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const at = m.index;
    if (blocked(text, at)) {
      // Retry from the next code point: a match may start inside the one refused.
      const c = text.charCodeAt(at);
      re.lastIndex = at + (c >= 0xd800 && c <= 0xdbff ? 2 : 1);
      continue;
    }
    if (m[0].length === 0) re.lastIndex = at + 1;
    const next = re.lastIndex;
    yield m;
    re.lastIndex = next;
  }
}
