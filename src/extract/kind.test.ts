// Actual or target: the cue words of kind.ts, positive and negative.
import { describe, expect, it } from 'vitest';
import { firstTargetCue, namedTargetBefore, startsAfter } from './kind.ts';

describe('firstTargetCue: words of intent', () => {
  it.each([
    ['Phấn đấu đạt 14%.', 0],
    ['Tăng trưởng cả năm phải đạt khoảng 9,6%.', 19],
    ['Tỉnh đang dồn sức để năm 2025 vượt mốc 100.000 tỷ đồng.', 10],
    ['GRDP tăng 9,63%, dù chưa chạm mục tiêu phấn đấu 10%.', 30],
    ['Để hoàn thành mục tiêu tăng trưởng, quý IV phải đạt 11,8%.', 14],
  ])('%j → %d', (s, at) => expect(firstTargetCue(s)).toBe(at));
  it.each([
    'Đạt 110,1% chỉ tiêu kế hoạch.',
    'Có 13/15 chỉ tiêu chủ yếu đạt và vượt kế hoạch; 2 chỉ tiêu chưa đạt.',
    'Một số chỉ tiêu chưa đạt kế hoạch: thu ngân sách đạt 94%.',
    'Các chỉ tiêu đều đạt.',
    'Tăng 9,63%, vượt 1,13 điểm phần trăm so với chỉ tiêu.',
  ])('%j has none', (s) => expect(firstTargetCue(s)).toBe(Infinity));
});

describe('namedTargetBefore: a bracketed figure after a named target', () => {
  it.each([
    ['so với chỉ tiêu Chính phủ giao (', true],
    ['vượt mục tiêu đề ra (', true],
    ['so với cùng kỳ (', false],
    ['chỉ tiêu giao, (', false],
  ])('%j → %s', (s, want) => expect(namedTargetBefore(s, s.length)).toBe(want));
});

describe('startsAfter: a period not begun on the document\'s day', () => {
  it.each<[string | null, string | null, boolean]>([
    ['2026-10/2026-12', '2026-01-12', true],
    ['2027', '2026-12-10', true],
    ['2026-06-30', '2026-04-03', true],
    ['2026-01/2026-03', '2026-04-03', false],
    ['2025', '2025-12-09', false],
    ['2025/2030', '2025-08-05', false],
    ['2026', null, false],
    [null, '2026-01-12', false],
  ])('%s on %s → %s', (period, day, want) => expect(startsAfter(period, day)).toBe(want));
});
