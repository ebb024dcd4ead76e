// A text that is not Vietnamese gets a warning and no proposals.
import { describe, expect, it } from 'vitest';
import { extract } from './index.ts';
import { isVietnamese } from './language.ts';

const english =
  'The provincial People\'s Committee reported that GRDP grew by 8.2% in the first six months of 2025, while export turnover reached 1.8 billion USD, up 25.1%. ' +
  'The chairman asked the Department of Finance to complete the growth scenario before 31 July 2025 and to report to the Standing Committee by 15 August.';
const vietnamese = 'Tốc độ tăng trưởng GRDP 6 tháng đầu năm 2025 ước đạt 8,24%, cao nhất trong 5 năm gần đây. Kim ngạch xuất khẩu ước đạt 1,8 tỷ USD, tăng 25,1%; giao Sở Tài chính hoàn thành trước ngày 31/7/2025.';

describe('language', () => {
  it.each([[vietnamese, true], [english, false], ['GRDP 8,2%', true], ['', true]])('%j → %s', (t, v) => expect(isVietnamese(t)).toBe(v));
  it('an English report: a warning, no proposals', () => {
    const r = extract(english, { documentDate: '2025-07-12' });
    expect(r.facts).toEqual([]);
    expect(r.tasks).toEqual([]);
    expect(r.warnings?.length).toBe(1);
  });
  it('a Vietnamese report: no warning', () => expect(extract(vietnamese, { documentDate: '2025-07-12' }).warnings).toBeUndefined());
});
