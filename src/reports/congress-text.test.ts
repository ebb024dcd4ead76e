// Section II written from the seed's figures reads as the seed reads (004_a5a578a4b8df2a53.txt).
import { describe, expect, it } from 'vitest';
import type { RosterStats } from '../domain/congress/roster.ts';
import { countVi, delegateParagraphs } from './congress-text.ts';

const l = (label: string, count: number, percent: number) => ({ label, count, percent });
// The seed's own figures (its field of work prints 3,15 % twice; one decimal is 3,1 %).
const SEED: RosterStats = {
  congress: 'DH-2025', convened: 446, attended: 445, absent: 1, attendedPercent: 99.8,
  kinds: [{ label: 'Đương nhiên', count: 77 }, { label: 'Chỉ định', count: 369 }, { label: 'Dự khuyết chuyển chính thức', count: 3 }],
  breakdowns: {
    gender: [l('Nam', 351, 78.9), l('Nữ', 94, 21.1)],
    age: [l('Từ 30 tuổi trở xuống', 1, 0.2), l('Từ 31 đến 40 tuổi', 34, 7.6), l('Từ 41 đến 50 tuổi', 233, 52.4), l('Từ 51 đến 60 tuổi', 176, 39.6), l('Trên 60 tuổi', 1, 0.2)],
    general: [l('10/10', 5, 1.1), l('12/12', 440, 98.9)],
    professional: [l('Tiến sĩ', 41, 9.2), l('Thạc sĩ', 358, 80.5), l('Đại học', 46, 10.3), l('Cao đẳng', 0, 0)],
    theory: [l('Cử nhân, cao cấp', 429, 96.4), l('Trung cấp', 15, 3.4), l('Sơ cấp', 1, 0.2)],
    field: [l('Xây dựng Đảng', 250, 56.2), l('Chính quyền, Nhà nước', 162, 36.4), l('MTTQ, đoàn thể', 14, 3.1), l('Lực lượng vũ trang', 14, 3.1), l('Kinh tế, doanh nghiệp', 5, 1.1)],
  },
  academicTitles: [{ label: 'Phó Giáo sư', count: 3 }],
  oldest: { age: 64, code: 'A', name: 'Bùi Thanh Tùng', unit: 'Đảng bộ các cơ quan đảng thành phố' },
  youngest: { age: 27, code: 'B', name: 'Phạm Thị Thu Thảo', unit: 'Đảng bộ xã Vĩnh Bảo' },
};

describe('delegateParagraphs', () => {
  it('words the seed\'s figures as the seed does', () => {
    const p = delegateParagraphs(SEED, 118, 2025);
    expect(p[0]).toBe('1.1. Số đại biểu được triệu tập: 446 đại biểu, thuộc 118 đảng bộ trực thuộc. Trong đó:');
    expect(p[2]).toBe('- Số đại biểu được chỉ định tại các đảng bộ trực thuộc: 369 đại biểu.');
    expect(p[3]).toBe('- Số đại biểu dự khuyết chuyển thành đại biểu chính thức: 03 đại biểu.');
    expect(p[4]).toBe('1.2. Số đại biểu dự Đại hội: 445 đại biểu (bằng 99,8%); số đại biểu không tham dự: 01 đại biểu (bằng 0,2%). Trong đó:');
    expect(p[5]).toBe('- Về giới tính: Nam: 351 đại biểu (bằng 78,9%), nữ: 94 đại biểu (bằng 21,1%).');
    expect(p[6]).toBe(
      '- Về độ tuổi: Từ 30 tuổi trở xuống có 01 đại biểu (bằng 0,2%); từ 31 đến 40 tuổi có 34 đại biểu (bằng 7,6%); từ 41 đến 50 tuổi có 233 đại biểu (bằng 52,4%); từ 51 đến 60 tuổi có 176 đại biểu (bằng 39,6%); trên 60 tuổi có 01 đại biểu (bằng 0,2%). ' +
        'Đại biểu cao tuổi nhất là 64 tuổi, thuộc Đảng bộ các cơ quan đảng thành phố (đ/c Bùi Thanh Tùng, sinh năm 1961); đại biểu ít tuổi nhất là 27 tuổi, thuộc Đảng bộ xã Vĩnh Bảo (đ/c Phạm Thị Thu Thảo, sinh năm 1998).',
    );
    expect(p[7]).toBe(
      '- Về trình độ học vấn: (1) Giáo dục phổ thông: 10/10: 05 đại biểu (bằng 1,1%); 12/12: 440 đại biểu (bằng 98,9%). (2) Chuyên môn, nghiệp vụ: Tiến sĩ: 41 đại biểu (bằng 9,2%, trong đó có 03 đại biểu là Phó Giáo sư); Thạc sĩ: 358 đại biểu (bằng 80,5%); Đại học: 46 đại biểu (bằng 10,3%); Cao đẳng: 0 đại biểu (bằng 0%). (3) Lý luận chính trị: Cử nhân, cao cấp: 429 đại biểu (bằng 96,4%); Trung cấp: 15 đại biểu (bằng 3,4%); Sơ cấp: 01 đại biểu (bằng 0,2%).',
    );
    expect(p[8]).toBe(
      '- Về lĩnh vực công tác: Công tác xây dựng Đảng: 250 đại biểu (bằng 56,2%); Công tác chính quyền, Nhà nước: 162 đại biểu (bằng 36,4%); Công tác MTTQ, đoàn thể: 14 đại biểu (bằng 3,1%); Lực lượng vũ trang: 14 đại biểu (bằng 3,1%); Lĩnh vực kinh tế, doanh nghiệp: 05 đại biểu (bằng 1,1%).',
    );
  });

  it.each([[0, '0'], [3, '03'], [94, '94'], [1845, '1.845']])('countVi(%i) = %s', (n, s) => expect(countVi(n)).toBe(s));
});
