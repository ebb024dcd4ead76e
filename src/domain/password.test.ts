import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password.ts';

describe('passwordProblem: what a person may choose (NIST SP 800-63B)', () => {
  const cases: [string, string[], ReturnType<typeof passwordProblem> extends Promise<infer P> ? P : never][] = [
    ['aaaaaaaaaa', [], 'guessable'],
    ['1234567890', [], 'guessable'],
    ['qwertyuiop', [], 'guessable'],
    ['password123', [], 'guessable'],
    ['iloveyou2025', [], 'guessable'],
    ['matkhau2025', [], 'guessable'],
    ['Mậtkhẩu2025!', [], 'guessable'],
    ['haiphong123456', [], 'guessable'],
    ['ngắn', [], 'too_short'],
    ['mật khẩu', [], 'too_short'],
    ['x'.repeat(201), [], 'too_long'],
    ['nguyenvana-2025-xyz', ['nguyenvana', 'Nguyễn Văn A'], 'about_the_account'],
    ['TRANTHIBINH!!99', ['ttbinh', 'Trần Thị Bình'], 'about_the_account'],
    ['mat-khau-thu-nghiem-1', ['canbo', 'Cán bộ'], null],
    ['cây đa giếng nước sân đình', [], null],
    ['abcd-EFGH-jkmn-23456', [], null],
  ];
  it.each(cases)('%j (account %j) → %s', async (password, account, expected) => {
    expect(await passwordProblem(password, account)).toBe(expected);
  });
});
