import { describe, expect, it } from 'vitest';
import { delegateSignInPath, formatSignInCode, normaliseSignInCode, signInCodesCsv } from './signin-code.ts';

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

  it('writes the sheet of codes as Excel reads it: BOM, CRLF, a cell with a comma or a quote quoted', () => {
    expect(signInCodesCsv([
      { delegate: 'S001', name: 'Nguyễn Văn "Một"', unit: 'Đảng bộ Khối Cơ quan, Doanh nghiệp', signInCode: 'K7Q2-MX9D-4TRA' },
      { delegate: 'S002', name: 'Trần Thị Hai', unit: 'Đảng bộ Quận 1', signInCode: 'ABCD-EFGH-JKMN' },
    ])).toBe('\uFEFFma_dai_bieu,ho_ten,don_vi,ma_dang_nhap\r\nS001,"Nguyễn Văn ""Một""","Đảng bộ Khối Cơ quan, Doanh nghiệp",K7Q2-MX9D-4TRA\r\nS002,Trần Thị Hai,Đảng bộ Quận 1,ABCD-EFGH-JKMN\r\n');
    expect(signInCodesCsv([])).toBe('\uFEFFma_dai_bieu,ho_ten,don_vi,ma_dang_nhap\r\n');
  });
});
