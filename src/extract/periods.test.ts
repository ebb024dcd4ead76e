import { describe, expect, it } from 'vitest';
import { findDates } from './dates.ts';
import { findPeriods } from './periods.ts';

const doc = { year: 2025, rule: 'document-date' as const };
const periodsIn = (text: string) => findPeriods(text, findDates(text, doc), doc, null).map((p) => p.value);

describe('elapsed months and durations', () => {
  it.each([
    ['Sau 9 tháng, mức tăng mới là 8,86%.', ['2025-01/2025-09']],
    ['GRDP tăng 9,63%. Sau 9 tháng, mức tăng là 8,86%.', ['2025-01/2025-09']],
    ['Trong 9 tháng, toàn tỉnh thu hút 1,2 tỷ USD.', ['2025-01/2025-09']],
    ['IIP 9 tháng tăng 15,7%.', ['2025-01/2025-09']],
    ['sau 3 tháng triển khai, mô hình đã có kết quả', []],
    ['hoàn thành sau 6 tháng kể từ ngày ký', []],
    ['dự án chậm sau 9 tháng, nhà thầu bị phạt', []],
    ['trong vòng 6 tháng, phải hoàn thành', []],
  ])('%s → %j', (text, expected) => expect(periodsIn(text)).toEqual(expected));
});

describe('the year unnamed ("cả năm", "trong năm")', () => {
  it.each([
    ['Mục tiêu tăng trưởng cả năm 10% trở lên.', ['2025']],
    ['Ước cả năm đạt 16.150 tỷ đồng.', ['2025']],
    ['Cả năm 2024 tăng 7,1%.', ['2024']],
    ['Trong năm học mới, ngành giáo dục …', []],
    ['Trong năm tới, tỉnh tập trung …', []],
  ])('%s → %j', (text, expected) => expect(periodsIn(text)).toEqual(expected));
});

describe('bases of comparison', () => {
  const bases = (text: string) => findPeriods(text, findDates(text, doc), doc, null).map((p) => [p.value, p.base]);
  it.each<[string, Array<[string, boolean]>]>([
    ['Tỷ lệ hộ nghèo giảm từ 6,8% năm 2020 xuống còn 1,9% năm 2025.', [['2020', true], ['2025', false]]],
    ['Số hộ nghèo giảm từ 1.200 hộ năm 2020 xuống 132 hộ năm 2025.', [['2020', true], ['2025', false]]],
    ['Thu ngân sách tăng 12% so với năm 2024.', [['2024', true]]],
    ['Từ năm 2026, tỉnh áp dụng cơ chế mới.', [['2026', false]]],
  ])('%s', (text, expected) => expect(bases(text)).toEqual(expected));
});
