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
const WORD = /[\p{L}\p{N}]+/gu;

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
const WORD_OR_SEMICOLON = /([\p{L}\p{N}]+)|;/gu;

/** The word tokens in [from, to), and for each the number of its clause (semicolons seen before it). */
export function wordTokens(text: string, from: number, to: number): { words: Token[]; clause: number[] } {
  const words: Token[] = [];
  const clause: number[] = [];
  let n = 0;
  WORD_OR_SEMICOLON.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD_OR_SEMICOLON.exec(text)) !== null && m.index < to) {
    if (m[1] === undefined) {
      n++;
      continue;
    }
    words.push({ norm: foldWord(m[0]), start: m.index, end: m.index + m[0].length, isWord: true });
    clause.push(n);
  }
  return { words, clause };
}

/**
 * Folded words of a phrase, for lexicon patterns and word-overlap comparisons. `max` stops early: a test such as
 * "at least four words" or "the first two words" then costs a few words, not the whole clause.
 */
export function foldedWords(phrase: string, max = Infinity): string[] {
  const out: string[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (out.length < max && (m = WORD.exec(phrase)) !== null) out.push(foldWord(m[0]));
  return out;
}

/** Letters and digits on both sides: a Unicode-aware word boundary test at `i`. */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}
