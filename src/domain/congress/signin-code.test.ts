import { describe, expect, it } from 'vitest';
import { delegateSignInPath, formatSignInCode, normaliseSignInCode } from './signin-code.ts';

describe('sign-in codes', () => {
  it.each([
    ['K7Q2-MX9D-4TRA', 'K7Q2MX9D4TRA'],
    ['k7q2 mx9d 4tra', 'K7Q2MX9D4TRA'],
    ['K7Q2MX9D4TRA', 'K7Q2MX9D4TRA'],
    ['O0IL-ABCD-EFGH', '0011ABCDEFGH'], // letters read as the digits people meant
    ['K7Q2-MX9D-4TR', null], // too short
    ['K7Q2-MX9D-4TRAX', null], // too long
    ['K7Q2-MX9D-4TR!', null], // not of the alphabet
    ['K7Q2-MX9D-4TRU', null], // U is left out of the alphabet
    ['', null],
  ])('%s → %s', (typed, expected) => {
    expect(normaliseSignInCode(typed)).toBe(expected);
  });
  it('prints in groups of four', () => {
    expect(formatSignInCode('K7Q2MX9D4TRA')).toBe('K7Q2-MX9D-4TRA');
  });
  it('links to the sign-in page with the two codes filled in', () => {
    expect(delegateSignInPath('DH-2025', 'S001')).toBe('/dai-bieu?dh=DH-2025&db=S001');
    expect(delegateSignInPath('ĐH 1', 'A&B')).toBe('/dai-bieu?dh=%C4%90H%201&db=A%26B');
  });
});
