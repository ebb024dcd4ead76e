import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textLanguage } from './language.ts';

describe('textLanguage', () => {
  it.each([
    ['Vietnamese prose', 'Chín tháng năm 2025, tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) của thành phố ước đạt 10,5%, cao hơn cùng kỳ năm trước; thu ngân sách nhà nước trên địa bàn ước đạt 85.000 tỷ đồng.', 'vi'],
    ['English prose', 'In the first nine months of 2025 the city grew by 10.5 percent, faster than a year earlier, and collected 85,000 billion dong in budget revenue, 92 percent of the annual estimate, officials said on Friday.', 'other'],
    ['French prose', 'Au cours des neuf premiers mois de 2025, la ville a connu une croissance de 10,5 %, plus rapide qu\'un an plus tôt, et a perçu 85 000 milliards de dongs de recettes budgétaires selon les responsables.', 'other'],
    ['Vietnamese without accents', 'Chin thang nam 2025, toc do tang truong tong san pham tren dia ban cua thanh pho uoc dat 10,5%, cao hon cung ky nam truoc; thu ngan sach nha nuoc tren dia ban uoc dat 85.000 ty dong.', 'other'],
    ['a table of figures', 'GRDP 10,5% FDI 1.200 USD 85.000 tỷ', 'too_short'],
  ])('%s', (_what, text, expected) => expect(textLanguage(text)).toBe(expected));

  it('finds every document of the corpus Vietnamese', () => {
    const dir = new URL('../../../shared/corpus/dev/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) expect(textLanguage(readFileSync(new URL(f, dir), 'utf8')), f).toBe('vi');
  });
});
