// Word-level helpers shared by the parsers: Vietnamese folding for matching, and a tokenizer with offsets.

// Old and new tone placement both occur ("hoá"/"hóa", "thuỷ"/"thủy"); matching uses the new style.
const OLD_TONE: Record<string, string> = {
  oà: 'òa', oá: 'óa', oả: 'ỏa', oã: 'õa', oạ: 'ọa',
  oè: 'òe', oé: 'óe', oẻ: 'ỏe', oẽ: 'õe', oẹ: 'ọe',
  uỳ: 'ùy', uý: 'úy', uỷ: 'ủy', uỹ: 'ũy', uỵ: 'ụy',
};

/** Lower-case a word and move an old-style tone mark, so that wordings compare equal. */
export function foldWord(word: string): string {
  // Documents repeat the same few thousand syllables: a bounded memo saves most of the lower-casing.
  const hit = FOLDED.get(word);
  if (hit !== undefined) return hit;
  const folded = foldUncached(word);
  if (FOLDED.size >= FOLD_MEMO_LIMIT) FOLDED.clear();
  FOLDED.set(word, folded);
  return folded;
}

const FOLDED = new Map<string, string>();
const FOLD_MEMO_LIMIT = 20_000;

function foldUncached(word: string): string {
  const w = word.toLowerCase();
  if (w.length < 2) return w;
  const tail = w.slice(-2);
  const fixed = OLD_TONE[tail];
  // "quý" keeps its mark: the u belongs to the consonant qu.
  if (fixed && !(tail[0] === 'u' && w.at(-3) === 'q')) return w.slice(0, -2) + fixed;
  return w;
}

export interface Token {
  /** Folded form for letters/digits; the character itself for punctuation. */
  norm: string;
  start: number;
  end: number;
  isWord: boolean;
}

// Example: "GRDP tăng 8,5%;" → GRDP | tăng | 8 | , | 5 | % | ;
// The capture group tells a word from a punctuation mark without a second regex per token.
const TOKEN = /([\p{L}\p{N}]+)|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null && m.index < to) {
    const isWord = m[1] !== undefined;
    out.push({ norm: isWord ? foldWord(m[0]) : m[0], start: m.index, end: m.index + m[0].length, isWord });
  }
  return out;
}

// Words and semicolons only: what the lexicon matcher needs, without an object for every comma and bracket.
// Both scans below walk the characters with a table instead of a pattern: no match array per word.

/** The word tokens in [from, to), and for each the number of its clause (semicolons seen before it). */
export function wordTokens(text: string, from: number, to: number): { words: Token[]; clause: number[] } {
  // As the pattern /([\p{L}\p{N}]+)|;/gu run from `from`: a word that starts before `to` is taken whole.
  const words: Token[] = [];
  const clause: number[] = [];
  let n = 0;
  let i = from;
  while (i < to) {
    let w = wordWidthAt(text, i);
    if (w === 0) {
      if (text.charCodeAt(i) === 59) n++;
      i++;
      continue;
    }
    let j = i + w;
    while ((w = wordWidthAt(text, j)) !== 0) j += w;
    words.push({ norm: foldWord(text.slice(i, j)), start: i, end: j, isWord: true });
    clause.push(n);
    i = j;
  }
  return { words, clause };
}

// Whether each UTF-16 unit is a letter or digit, learnt on first sight: 0 not yet known, 1 yes, 2 no.
const WORD_UNIT = new Uint8Array(65536);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Width (1, or 2 for a surrogate pair) of the letter or digit at `i`, or 0: what [\p{L}\p{N}] matches there. */
export function wordWidthAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c !== c) return 0; // past the end
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER_OR_DIGIT.test(s.slice(i, i + 2)) ? 2 : 0;
    return 0;
  }
  let k = WORD_UNIT[c];
  if (k === 0) WORD_UNIT[c] = k = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1 ? 1 : 0;
}

/**
 * Folded words of a phrase, for lexicon patterns and word-overlap comparisons. `max` stops early: a test such as
 * "at least four words" or "the first two words" then costs a few words, not the whole clause.
 */
export function foldedWords(phrase: string, max = Infinity): string[] {
  const out: string[] = [];
  const n = phrase.length;
  let i = 0;
  while (out.length < max && i < n) {
    let w = wordWidthAt(phrase, i);
    if (w === 0) {
      i++;
      continue;
    }
    let j = i + w;
    while ((w = wordWidthAt(phrase, j)) !== 0) j += w;
    out.push(foldWord(phrase.slice(i, j)));
    i = j;
  }
  return out;
}

/** Width (1, or 2 for a surrogate pair) of the letter or digit that ends just before `i`, not before `from`, or 0. */
function widthBefore(s: string, i: number, from = 0): number {
  if (i <= from) return 0;
  const low = s.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i - 2 >= from && wordWidthAt(s, i - 2) === 2) return 2;
  return wordWidthAt(s, i - 1) === 1 ? 1 : 0;
}

/** Whether a letter or digit (a surrogate pair counts as one) ends just before `i`. */
export function wordCharBefore(s: string, i: number): boolean {
  return widthBefore(s, i) > 0;
}

/** The folded word that follows `i` (after any non-word characters), as foldedWords would list it; '' if none. */
export function wordAfter(s: string, i: number): string {
  let a = i;
  while (a < s.length && wordWidthAt(s, a) === 0) a++;
  let b = a;
  let w: number;
  while ((w = wordWidthAt(s, b)) !== 0) b += w;
  return b > a ? foldWord(s.slice(a, b)) : '';
}

/** The folded word that ends before `i` (skipping non-word characters back), as foldedWords would list it; '' if none. */
export function wordBeforeAt(s: string, i: number): string {
  return lastWords(s, 1, 0, i)[0] ?? '';
}

/**
 * The last `max` folded words of `s` in [from, to), in order: what foldedWords(s.slice(from, to)).slice(-max) gives,
 * read from the end without copying the stretch.
 */
export function lastWords(s: string, max: number, from = 0, to = s.length): string[] {
  const out: string[] = [];
  let b = to;
  while (out.length < max && b > from) {
    if (widthBefore(s, b, from) === 0) {
      b--;
      continue;
    }
    let a = b;
    let x: number;
    while ((x = widthBefore(s, a, from)) !== 0) a -= x;
    out.push(foldWord(s.slice(a, b)));
    b = a;
  }
  return out.reverse();
}

/** The number of words (runs of letters and digits) in `s`, counting no further than `max`. */
export function countWords(s: string, max = Infinity): number {
  let n = 0;
  let i = 0;
  while (n < max && i < s.length) {
    let w = wordWidthAt(s, i);
    if (w === 0) {
      i++;
      continue;
    }
    n++;
    i += w;
    while ((w = wordWidthAt(s, i)) !== 0) i += w;
  }
  return n;
}

/** Letters and digits on both sides: a Unicode-aware word boundary test at `i`. */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}
