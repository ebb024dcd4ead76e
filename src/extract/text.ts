// Word-level helpers shared by the parsers: Vietnamese folding for matching, and a tokenizer with offsets.

// Old and new tone placement both occur ("hoá"/"hóa", "thuỷ"/"thủy"); matching uses the new style.
const OLD_TONE: Record<string, string> = {
  oà: 'òa', oá: 'óa', oả: 'ỏa', oã: 'õa', oạ: 'ọa',
  oè: 'òe', oé: 'óe', oẻ: 'ỏe', oẽ: 'õe', oẹ: 'ọe',
  uỳ: 'ùy', uý: 'úy', uỷ: 'ủy', uỹ: 'ũy', uỵ: 'ụy',
};

/** Lower-case a word and move an old-style tone mark, so that wordings compare equal. */
export function foldWord(word: string): string {
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
const TOKEN = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null && m.index < to) {
    const isWord = /[\p{L}\p{N}]/u.test(m[0]);
    out.push({ norm: isWord ? foldWord(m[0]) : m[0], start: m.index, end: m.index + m[0].length, isWord });
  }
  return out;
}

/** Folded words of a phrase, for lexicon patterns and word-overlap comparisons. */
export function foldedWords(phrase: string): string[] {
  return tokenize(phrase).filter((t) => t.isWord).map((t) => t.norm);
}

/** Letters and digits on both sides: a Unicode-aware word boundary test at `i`. */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}
