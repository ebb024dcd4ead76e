import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countWords, foldWord, foldedWords, lastWords, wordAfter, wordBeforeAt, wordCharBefore, wordTokens } from './text.ts';

// The scans walk characters with a table; they must find exactly what the patterns they replace found.
const SAMPLES = [
  'GRDP tăng 8,5%; thu ngân sách 1.332,3 nghìn tỷ đồng (Hoá, THUỶ) – 𝐀𝐁c 😀 x²; ½ Ω ١٢٣ 𝟙',
  ';;a;b c\n\td',
  '',
  '\ud835 lone \udc00 surrogates',
];

describe('word scans', () => {
  it('foldedWords matches /[\\p{L}\\p{N}]+/gu', () => {
    for (const s of SAMPLES) {
      expect(foldedWords(s)).toEqual([...s.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => foldWord(m[0])));
      expect(foldedWords(s, 2)).toEqual([...s.matchAll(/[\p{L}\p{N}]+/gu)].slice(0, 2).map((m) => foldWord(m[0])));
    }
  });
  it('wordTokens matches /([\\p{L}\\p{N}]+)|;/gu from `from`, words starting before `to` taken whole', () => {
    for (const s of SAMPLES) {
      for (const [from, to] of [[0, s.length], [3, s.length - 4], [5, 9]] as const) {
        if (from > s.length) continue;
        const re = /([\p{L}\p{N}]+)|;/gu;
        re.lastIndex = from;
        const words: Array<[string, number, number]> = [];
        const clause: number[] = [];
        let n = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(s)) !== null && m.index < to) {
          if (m[1] === undefined) n++;
          else {
            words.push([foldWord(m[0]), m.index, m.index + m[0].length]);
            clause.push(n);
          }
        }
        const got = wordTokens(s, from, to);
        expect(got.words.map((w) => [w.norm, w.start, w.end])).toEqual(words);
        expect(got.clause).toEqual(clause);
      }
    }
  });
});

describe('countWords', () => {
  it('counts as /[\\p{L}\\p{N}]+/gu does, up to max', () => {
    for (const s of SAMPLES) {
      const n = (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
      expect(countWords(s)).toBe(n);
      expect(countWords(s, 3)).toBe(Math.min(n, 3));
    }
  });
});

describe('collapseSpaces (wording.ts)', () => {
  it('gives what /\\s{2,}/gu → " " gives', async () => {
    const { collapseSpaces } = await import('./wording.ts');
    for (const s of ['', ' ', '  ', 'a  b', ' a\n b\t\t c \u00a0\u3000', '\n\nx', 'x\r\n', 'một  hai\u2028\u2029ba', ...SAMPLES]) {
      expect(collapseSpaces(s)).toBe(s.replace(/\s{2,}/gu, ' '));
    }
  });
});

describe('neighbour words', () => {
  // What the folded word list of the whole string says about the word at each boundary.
  const reference = (s: string) => {
    const runs = [...s.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ a: m.index, b: m.index + m[0].length, w: foldWord(m[0]) }));
    return {
      after: (i: number) => runs.find((r) => r.a >= i)?.w ?? '',
      before: (i: number) => [...runs].reverse().find((r) => r.b <= i)?.w ?? '',
      inside: (i: number) => runs.some((r) => r.a < i && i < r.b),
    };
  };
  const check = (s: string) => {
    const ref = reference(s);
    for (const n of [1, 3, 7]) expect(lastWords(s, n)).toEqual(foldedWords(s).slice(-n));
    // Over a stretch, as over the copy of it.
    for (let a = 0; a <= s.length; a += 3) for (let b = a; b <= s.length; b += 5) expect(lastWords(s, 7, a, b)).toEqual(foldedWords(s.slice(a, b)).slice(-7));
    for (let i = 0; i <= s.length; i++) {
      // Between the two halves of a surrogate pair is no boundary anyone asks about.
      if (/[\ud800-\udbff]/u.test(s[i - 1] ?? '') && /[\udc00-\udfff]/u.test(s[i] ?? '')) continue;
      // Both are asked at word boundaries only (around a whole "tăng").
      if (!ref.inside(i)) {
        expect(wordAfter(s, i)).toBe(ref.after(i));
        expect(wordBeforeAt(s, i)).toBe(ref.before(i));
      }
      expect(wordCharBefore(s, i)).toBe(i > 0 && /[\p{L}\p{N}]$/u.test(s.slice(Math.max(0, i - 2), i)));
    }
  };
  it('agree with the folded word list on fixed samples', () => {
    for (const s of SAMPLES) check(s);
  });
  it('agree with the folded word list on random text', () => {
    const piece = fc.constantFrom('tăng', 'Giảm', 'vào', ' ', ',', '𝐀', '😀', '11,28', 'TĂNG', 'trưởng', '\n', 'x');
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }).map((p) => p.join('')), (s) => check(s)), { numRuns: 200 });
  });
});
