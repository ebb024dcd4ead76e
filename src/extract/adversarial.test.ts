// Adversarial inputs of a megabyte finish and keep their spans inside the text; work grows linearly with the input.
// No timing assertions (the machine may be loaded): linearity is checked by counting results, which would explode
// or vanish if a pass rescanned the text, and the 60 s test timeout catches a quadratic pass on 1 MB.
import { describe, expect, it } from 'vitest';
import { extract } from './index.ts';
import { findDates } from './dates.ts';
import { findPeriods } from './periods.ts';
import { findQuantities } from './quantities.ts';
import { CharIndex, firstOf, lastOf } from './ranges.ts';
import { boundaryMatches } from './scan.ts';

const MB = 1 << 20;
const repeatTo = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

const ADVERSARIAL: Array<[string, string]> = [
  ['deadline and figure phrases on one line', 'đến năm 2030 phấn đấu thu ngân sách đạt 11,28% trước ngày 20/8 giao Sở Tài chính hoàn thành '],
  ['repeated directives with limits', 'Giao Văn phòng Thành ủy chủ trì, phối hợp hoàn thiện đề án, báo cáo chậm nhất ngày 31/8/2025; '],
  ['repeated figures', 'GRDP tăng 8,5%, thu ngân sách 1.332,3 nghìn tỷ đồng, 15,5 - 16,5%, 1325/1.845 (71,8%), '],
  ['many dates', 'ngày 05 tháng 01 năm 2020, 27/6/2025, sáng 12/7, quý I/2026, 6 tháng đầu năm 2025, '],
  ['a long line without punctuation', 'thu ngân sách đạt năm trăm tỷ đồng tăng trưởng kinh tế phấn đấu hoàn thành '],
  ['letters glued to cue words', 'xhằng nămxquý Ixđến năm 2030xtrước ngày 20/8x'],
];

function inside(text: string): { facts: number; tasks: number } {
  const r = extract(text, { documentDate: '2025-07-12' });
  for (const x of [...r.facts, ...r.tasks]) {
    expect(x.span[0]).toBeGreaterThanOrEqual(0);
    expect(x.span[1]).toBeLessThanOrEqual(text.length);
    expect(x.span[0]).toBeLessThanOrEqual(x.span[1]);
  }
  return { facts: r.facts.length, tasks: r.tasks.length };
}

describe('adversarial megabytes', () => {
  it.each(ADVERSARIAL)('%s: 1 MB finishes with spans inside', (_name, unit) => {
    inside(repeatTo(unit, MB));
  });

  it.each(ADVERSARIAL)('%s: facts grow linearly with the input', (_name, unit) => {
    // Whole repetitions, so that 4x the text holds exactly 4x the phrases.
    const small = unit.repeat(200);
    const big = unit.repeat(800);
    const a = inside(small);
    const b = inside(big);
    expect(b.facts).toBe(4 * a.facts);
  });
});

describe('linear building blocks', () => {
  it('dates, periods and amounts are found once per occurrence', () => {
    const unit = 'ngày 05 tháng 01 năm 2020, 27/6/2025, quý I/2026, đạt 11,28%, ';
    const count = (n: number) => {
      const text = unit.repeat(n);
      const doc = { year: 2025, rule: 'document-date' as const };
      const dates = findDates(text, doc);
      const periods = findPeriods(text, dates, doc, null);
      const skip = [...dates, ...periods].map((d) => [d.start, d.end] as const).sort((x, y) => x[0] - y[0]);
      return { d: dates.length, p: periods.length, q: findQuantities(text, skip).length };
    };
    const one = count(1000);
    expect(count(4000)).toEqual({ d: 4 * one.d, p: 4 * one.p, q: 4 * one.q });
    expect(one.d).toBeGreaterThan(0);
  });

  it('boundaryMatches gives what a leading lookbehind would', () => {
    const text = 'xhằng năm, hằng năm; Hằng năm.hằng năm 𝐀hằng năm';
    const withLookbehind = [...text.matchAll(/(?<![\p{L}\p{N}])hằng\s+năm/giu)].map((m) => m.index);
    const scanned = [...boundaryMatches(/hằng\s+năm/giu, text)].map((m) => m.index);
    expect(scanned).toEqual(withLookbehind);
  });

  it('CharIndex agrees with the bounded scans it replaces', () => {
    const text = repeatTo('a;b:c,d ;; e', 500);
    const idx = new CharIndex(text, ';:');
    for (let i = 0; i <= text.length; i += 7) {
      expect(idx.last(i, i - 40)).toBe(lastOf(text, ';:', i, i - 40));
      expect(idx.first(i, i + 40)).toBe(firstOf(text, ';:', i, i + 40));
    }
  });
});
