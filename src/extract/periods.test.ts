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
