// Tables for the clause rules: which list item a wording labels, and when a subject goes on to the next figure.
import { describe, expect, it } from 'vitest';
import { extract } from './index.ts';
import { labelsNextItem, sameSubject } from './clauses.ts';

const REF = { documentDate: '2025-07-12' };
const keyed = (s: string) => extract(s, REF).facts.filter((f) => f.indicator !== 'other').map((f) => [f.indicator, f.value]);

describe('sameSubject: the clause after a figure goes on with its subject', () => {
  it.each([', tăng ', ', đạt ', ', bằng ', ' kế hoạch vốn đã giao và bằng ', '; ước cả năm đạt ', ', phấn đấu đạt ', ' (', ', cao hơn ', '; đến năm 2030 đạt ', '; đến hết năm 2027 tăng ', ' so với cùng kỳ; ước cả năm đạt '])('%j goes on', (s) =>
    expect(sameSubject(s)).toBe(true),
  );
  it.each([', ngành xây dựng tăng ', ', nhập khẩu ', ', hỗ trợ xóa nhà tạm cho ', '; tổng mức bán lẻ tăng ', '; đến 2030, trên ', '; đến năm 2030 tỷ lệ hộ nghèo còn ', ' (riêng công nghiệp tăng ', ', trong đó ', ' so với '])(
    '%j opens a subject of its own',
    (s) => expect(sameSubject(s)).toBe(false),
  );
});

describe('labelsNextItem: a wording between two figures of a list labels the second', () => {
  const t = 'tăng 13,45%, nông, lâm nghiệp và thủy sản tăng 4,48%';
  const w = { start: t.indexOf('nông'), end: t.indexOf(' tăng 4') };
  it('after a comma, before the next verb', () => expect(labelsNextItem(t, t.indexOf('%') + 1, w, t.indexOf('4,48'))).toBe(true));
  it('no next figure: the wording is this one\'s', () => expect(labelsNextItem(t, t.indexOf('%') + 1, w, undefined)).toBe(false));
  const u = 'tối đa 40% chi thường xuyên, 60% đầu tư';
  it('right after the figure, no mark between', () => expect(labelsNextItem(u, u.indexOf('%') + 1, { start: u.indexOf('chi'), end: u.indexOf(',') }, u.indexOf('60'))).toBe(false));
});

describe('lists of figures keep their own labels', () => {
  it.each<[string, Array<[string, number]>]>([
    [
      'Năm 2025, GRDP tăng 8,2%; trong đó, khu vực nông, lâm nghiệp, thủy sản ước tăng 3,79%; công nghiệp - xây dựng tăng 8,01%; dịch vụ tăng 8,79%.',
      [['grdp.growth', 8.2], ['grdp.agriculture_growth', 3.79], ['grdp.industry_construction_growth', 8.01], ['grdp.services_growth', 8.79]],
    ],
    [
      'Trong 6 tháng đầu năm 2025, khu vực công nghiệp - xây dựng tăng 13,45% (riêng công nghiệp tăng 14,42%), nông, lâm nghiệp và thủy sản tăng 4,48%, dịch vụ tăng 6,72%.',
      [['grdp.industry_construction_growth', 13.45], ['grdp.agriculture_growth', 4.48], ['grdp.services_growth', 6.72]],
    ],
    [
      'Trong 6 tháng đầu năm 2025, kim ngạch xuất khẩu ước đạt 1,8 tỷ USD, tăng 25,1%; tổng mức bán lẻ hàng hóa ước đạt 87,3 nghìn tỷ đồng, tăng 14,8%.',
      [['export.turnover', 1.8e9], ['export.growth', 25.1], ['retail.growth', 14.8]],
    ],
    ['Tính đến ngày 30/6/2025, toàn tỉnh đã giải ngân 3.907 tỷ đồng vốn đầu tư công, đạt 43,09% kế hoạch vốn.', [['public_investment.disbursed', 3.907e12], ['public_investment.disbursement_pct', 43.09]]],
    // A span of years that only compares ("cao nhất trong 5 năm") leaves the period to the sentence.
    ['Tăng trưởng GRDP 6 tháng đầu năm 2025 đạt 8,24%, cao nhất trong 5 năm gần đây; trong đó dịch vụ tăng 6,72%.', [['grdp.growth', 8.24], ['grdp.services_growth', 6.72]]],
  ])('%s', (s, want) => expect(keyed(s)).toEqual(want));
  it.each([
    // a count of other things does not take the wording before it
    'Trong quý I/2025, toàn tỉnh tạo việc làm mới cho hơn 7.650 lao động, hỗ trợ xóa nhà tạm cho 25 hộ gia đình.',
    // a subject of its own after a comma
    'Giai đoạn 2021 - 2025, khu vực dịch vụ tăng bình quân 8,01%/năm, ngành xây dựng tăng 7,34%/năm.',
  ])('no borrowed label: %s', (s) => expect(keyed(s).length).toBe(1));
});
