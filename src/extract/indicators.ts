// The lexicon of indicator wordings (data: lexicon/indicators.tsv) and its matching against sentence words.
import { readFileSync } from 'node:fs';
import { foldedWords, type Token } from './text.ts';
import { GAP_END_QUALIFIERS } from './lexicon/words.ts';

/** growth: a % change (tăng/giảm); plan: % of the plan or estimate; level: a value or share; any: either. */
export type Measure = 'growth' | 'plan' | 'level' | 'any';

export interface IndicatorKey {
  key: string;
  unit: string;
  measure: Measure;
  /** The usual Vietnamese wording (the first example of the lexicon), for people choosing an indicator. */
  label: string;
  /** What the indicator means (English, from the lexicon). */
  meaning: string;
}

interface Pattern {
  /** Word groups that must follow each other, each within GAP words of the previous group. */
  parts: string[][];
  source: string;
  keys: IndicatorKey[];
  weight: number;
}

export interface Lexicon {
  keys: IndicatorKey[];
  /** Patterns by their first word, so that matching a sentence looks at each word once. */
  byFirst: Map<string, Pattern[]>;
}

export interface LexMatch {
  keys: IndicatorKey[];
  source: string;
  /** Character offsets of the matched wording. */
  start: number;
  end: number;
  /** How many words the wording has: the more, the more specific. */
  weight: number;
}

const GAP = 8;

/** Parses the TSV: key, unit, meaning, examples, measure, patterns (separated by "|", "…" for a short gap). */
export function parseLexicon(tsv: string): Lexicon {
  const keys: IndicatorKey[] = [];
  const byFirst = new Map<string, Pattern[]>();
  const lines = tsv.split(/\r?\n/u).filter((l) => l.trim() && !l.startsWith('#'));
  for (const line of lines.slice(1)) {
    const [key, unit, meaning, examples, measure, patterns] = line.split('\t');
    if (!key || !unit) continue;
    const label = (examples ?? '').split(/[;|]/u)[0]?.trim() || key;
    const k: IndicatorKey = { key, unit, measure: (['growth', 'plan', 'level', 'any'].includes(measure ?? '') ? measure : 'level') as Measure, label, meaning: meaning?.trim() ?? '' };
    keys.push(k);
    const sources = (patterns ?? examples ?? '').split(/[|;]/u).map((s) => s.trim()).filter(Boolean);
    for (const source of sources) {
      const parts = source.split(/…|\.\.\./u).map((p) => foldedWords(p)).filter((p) => p.length > 0);
      const first = parts[0]?.[0];
      if (!first) continue;
      const list = byFirst.get(first) ?? [];
      const same = list.find((p) => p.source === source);
      if (same) same.keys.push(k);
      else list.push({ parts, source, keys: [k], weight: parts.reduce((s, p) => s + p.length, 0) });
      byFirst.set(first, list);
    }
  }
  return { keys, byFirst };
}

const LEXICON_URL = new URL('./lexicon/indicators.tsv', import.meta.url);
let loaded: Lexicon | null = null;

/** The project's lexicon, read once from the file beside this module. */
export function defaultLexicon(): Lexicon {
  loaded ??= parseLexicon(readFileSync(LEXICON_URL, 'utf8'));
  return loaded;
}

const NOT_AFTER_GAP: ReadonlySet<string> = new Set(GAP_END_QUALIFIERS);

function matchGroup(words: Token[], at: number, group: string[]): boolean {
  for (let j = 0; j < group.length; j++) if (words[at + j]?.norm !== group[j]) return false;
  return true;
}

/**
 * Every place where a wording of the lexicon occurs among `words` (word tokens of one sentence).
 * `barrier[i]` is the clause number of word i; a wording never spans two clauses.
 */
export function matchLexicon(lex: Lexicon, words: Token[], barrier: number[]): LexMatch[] {
  const out: LexMatch[] = [];
  for (let i = 0; i < words.length; i++) {
    const cands = byFirstWord(lex, words[i]?.norm ?? '');
    for (const p of cands) {
      const head = p.parts[0] ?? [];
      if (!matchGroup(words, i, head)) continue;
      let pos = i + head.length;
      let ok = true;
      for (const group of p.parts.slice(1)) {
        let found = -1;
        for (let k = pos; k <= pos + GAP && k < words.length; k++) {
          if (matchGroup(words, k, group)) {
            found = k;
            break;
          }
        }
        if (found < 0) {
          ok = false;
          break;
        }
        pos = found + group.length;
      }
      const last = words[pos - 1];
      const first = words[i];
      if (!ok || !last || !first || barrier[i] !== barrier[pos - 1]) continue;
      // "Xuất khẩu giảm, nhập khẩu tăng: kim ngạch nhập khẩu …": a gap's last word that the next word names otherwise.
      if (p.parts.length > 1 && NOT_AFTER_GAP.has(words[pos]?.norm ?? '')) continue;
      out.push({ keys: p.keys, source: p.source, start: first.start, end: last.end, weight: p.weight });
    }
  }
  return out;
}

function byFirstWord(lex: Lexicon, w: string): Pattern[] {
  return lex.byFirst.get(w) ?? [];
}
