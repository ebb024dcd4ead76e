// Property tests: the extractor never throws and every span lies inside the text. Speed is measured by
// `npm run bench` (bench/extract.ts), not asserted here: the 60 s test timeout only catches a runaway pattern.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extract } from './index.ts';

function spansInside(text: string): void {
  const r = extract(text);
  for (const x of [...r.facts, ...r.tasks]) {
    expect(x.span[0]).toBeGreaterThanOrEqual(0);
    expect(x.span[1]).toBeLessThanOrEqual(text.length);
    expect(x.span[0]).toBeLessThanOrEqual(x.span[1]);
  }
}

const VI = 'đạt tăng giảm 11,28% 1.845 tỷ đồng USD quý I/2026 trước ngày 20/8 năm 2025 đến năm 2030 phấn đấu thu ngân sách GRDP ; , . ( ) - \n';

describe('robustness', () => {
  it('random Unicode never throws and keeps spans inside', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), spansInside), { numRuns: 300 });
  });

  it('random Vietnamese-like text never throws and keeps spans inside', () => {
    const word = fc.constantFrom(...VI.split(' '));
    fc.assert(fc.property(fc.array(word, { maxLength: 200 }).map((w) => w.join(' ')), spansInside), { numRuns: 300 });
  });

  it('empty text', () => {
    expect(extract('')).toEqual({ document: { date: null }, facts: [], tasks: [] });
  });

  it('1 MB of digits, commas and dots', () => {
    const s = Array.from({ length: 1 << 20 }, (_, i) => '0123456789.,'[(i * 7919) % 12]).join('');
    spansInside(s);
  });

  it('a single 1 MB line without punctuation', () => {
    const s = 'thu ngan sach dat nam tram ty dong tang truong kinh te '.repeat(Math.ceil((1 << 20) / 55));
    spansInside(s);
  });
});
