// Corpus tables: phrase → expected value with a fixed reference date, and phrases that must yield nothing.
import { describe, expect, it } from 'vitest';
import { extract } from './index.ts';
import { normalizeNfc } from './normalize.ts';
import { parseLiteral } from './numbers.ts';
import { foldWord } from './text.ts';

const REF = { documentDate: '2025-07-12' };

describe('numbers', () => {
  it.each([
    ['11,28', 11.28],
    ['1.845', 1845],
    ['245.500', 245500],
    ['1.332,3', 1332.3],
    ['0,8', 0.8],
    ['01', 1],
  ])('%s → %d', (lit, v) => expect(parseLiteral(lit)).toBe(v));
  it.each(['0912345678', '0225', '2.3', '1,234,567'])('%s is no amount', (lit) => expect(parseLiteral(lit)).toBeNull());
});

describe('folding', () => {
  it.each([
    ['hoá', 'hóa'],
    ['Thuỷ', 'thủy'],
    ['luỹ', 'lũy'],
    ['quý', 'quý'],
  ])('%s → %s', (a, b) => expect(foldWord(a)).toBe(b));
});

const facts = (s: string) => extract(s, REF).facts.filter((f) => f.indicator !== 'other');

describe('facts: positive corpus', () => {
  it.each<[string, Record<string, unknown>]>([
    ['Kinh tế thành phố tăng trưởng khá, ước đạt 11,28% trong 6 tháng đầu năm 2025.', { indicator: 'grdp.growth', value: 11.28, period: '2025-01/2025-06', approx: true, kind: 'actual' }],
    ['Thu ngân sách nhà nước quý I/2026 đạt 1.332,3 nghìn tỷ đồng.', { indicator: 'budget_revenue.total', value: 1332300000000000, period: '2026-01/2026-03' }],
    ['Thu ngân sách quý III-2024 giảm 2,6% so với cùng kỳ.', { indicator: 'budget_revenue.growth', value: -2.6, period: '2024-07/2024-09' }],
    ['Kim ngạch xuất khẩu 9 tháng năm 2024 đạt 3,5 tỷ đô la Mỹ.', { indicator: 'export.turnover', value: 3500000000, unit: 'USD', period: '2024-01/2024-09' }],
    ['Tăng trưởng GRDP giai đoạn 2026 - 2030 đạt bình quân 13%/năm trở lên, phấn đấu đạt 14%/năm.', { indicator: 'grdp.growth', value: 13, max: 14, cmp: '>=', kind: 'target', period: '2026/2030' }],
    ['Chỉ số sản xuất công nghiệp (IIP) tăng bình quân 15,5 - 16,5%/năm giai đoạn 2026 - 2030.', { indicator: 'iip.growth', value: 15.5, max: 16.5 }],
    ['Đến năm 2030, tỷ lệ người tham gia bảo hiểm xã hội đạt 62%-63% lực lượng lao động.', { indicator: 'social_insurance.pct', value: 62, max: 63, period: '2030', kind: 'target' }],
    ['Sản lượng hàng hoá thông qua các cảng năm 2030 đạt 380 triệu tấn.', { indicator: 'port.throughput', value: 380000000, unit: 'tonne' }],
    ['Khách du lịch đến năm 2030 đạt 25 triệu lượt.', { indicator: 'tourism.arrivals', value: 25000000, unit: 'visit' }],
    ['Tính đến ngày 9/7 có 9.215 doanh nghiệp đang hoạt động.', { indicator: 'enterprises.active', value: 9215, period: '2025-07-09' }],
    ['Lũy kế đến ngày 21/2, thu ngân sách đạt 5.000 tỷ đồng.', { indicator: 'budget_revenue.total', value: 5e12, period: '2025-02-21' }],
    ['Phấn đấu đến năm 2030 tối thiểu 60% chi ngân sách dành cho đầu tư phát triển, tối đa 40% chi thường xuyên.', { indicator: 'budget.recurrent_share', value: 40, cmp: '<=' }],
    ['Quy mô nền kinh tế năm 2025 đạt 340 nghìn tỷ đồng, gấp 1,6 lần năm 2020.', { indicator: 'grdp.multiple', value: 1.6, period: '2020/2025' }],
    ['Tổng thu ngân sách nhà nước đạt 9.125 tỷ đồng, bằng 68% dự toán năm 2025.', { indicator: 'budget_revenue.plan_pct', value: 68 }],
    // Months from January without the year, and the year unnamed.
    ['Trong 9 tháng, kim ngạch xuất khẩu đạt 2,68 tỷ USD.', { indicator: 'export.turnover', period: '2025-01/2025-09', periodImplied: true }],
    ['Thu ngân sách nhà nước ước cả năm đạt 16.150 tỷ đồng.', { indicator: 'budget_revenue.total', period: '2025', approx: true, kind: 'actual' }],
    ['Tính đến cuối tháng 6/2025, toàn tỉnh có 9.870 doanh nghiệp đang hoạt động.', { indicator: 'enterprises.active', period: '2025-06-30' }],
    ['Hiện toàn tỉnh có khoảng 9.850 doanh nghiệp đang hoạt động.', { indicator: 'enterprises.active', period: '2025-07-12' }],
    // A running total takes its family's cumulative key.
    ['Lũy kế đến ngày 30/6/2025, toàn tỉnh có 287 dự án FDI còn hiệu lực với tổng vốn đăng ký 7,82 tỷ USD.', { indicator: 'fdi.cumulative', value: 7.82e9, period: '2025-06-30' }],
    // Wordings inside the unit, and "lượt" before another noun.
    ['Năm 2026, đón 10 triệu lượt khách du lịch.', { indicator: 'tourism.arrivals', value: 1e7, kind: 'target' }],
    ['Năm 2025, thành phố giải quyết việc làm cho 53.400 lượt lao động.', { indicator: 'jobs.created', value: 53400, unit: 'count' }],
    // What follows "trong đó" is a part of its own.
    ['Năm 2025, tỷ lệ điều tra, khám phá án hình sự đạt 84,7%, trong đó án rất nghiêm trọng đạt 98,2%.', { indicator: 'crime.clearance_pct', value: 84.7 }],
    // Targets still to be met, and a target that was met.
    ['Để hoàn thành mục tiêu cả năm tăng trưởng GRDP 7,5% trở lên, 6 tháng cuối năm phải tăng 9,6%.', { indicator: 'grdp.growth', value: 7.5, kind: 'target' }],
    ['Tính đến ngày 9/7, kết nạp 1.652 đảng viên mới, đạt 110,1% chỉ tiêu, tỷ lệ kết nạp đạt 3,06% tổng số đảng viên.', { indicator: 'party.admission_rate', value: 3.06, kind: 'actual' }],
    ['II. MỤC TIÊU\n(1) Tốc độ tăng trưởng GRDP năm 2025 đạt 11% trở lên.', { indicator: 'grdp.growth', value: 11, kind: 'target', cmp: '>=' }],
    // The estimate of the figure before is not this one's; a stock "còn hiệu lực" is cumulative.
    ['Tăng trưởng GRDP cả năm 2025 ước đạt 8,07%, thấp hơn mục tiêu 10% đề ra.', { indicator: 'grdp.growth', value: 10, kind: 'target' }],
    ['Đến nay, toàn tỉnh có 96 dự án FDI còn hiệu lực với tổng vốn đăng ký khoảng 17,6 tỷ USD.', { indicator: 'fdi.cumulative', value: 1.76e10 }],
    // A clause that opens with an estimate goes on with the subject before the ";".
    ['Kim ngạch xuất khẩu 11 tháng năm 2025 đạt 2,36 tỷ USD, tăng 8,9%; ước cả năm đạt 2,6 tỷ USD.', { indicator: 'export.turnover', value: 2.6e9, period: '2025' }],
    // The year of a plan is not the period of the figure measured against it.
    ['Giải ngân vốn đầu tư công đến ngày 30/6 đạt 4.218 tỷ đồng, bằng 43,5% kế hoạch vốn năm 2025.', { indicator: 'public_investment.disbursement_pct', value: 43.5, period: '2025-06-30' }],
    // A breakdown takes the period its paragraph opened with, not the comparison before it.
    ['GRDP 9 tháng năm 2025 tăng 9,12%, cao hơn mức tăng 7,86% của 9 tháng năm 2024. Trong đó, khu vực dịch vụ tăng 7,41%.', { indicator: 'grdp.services_growth', value: 7.41, period: '2025-01/2025-09' }],
    // A fall written as negative growth; a target not met is still a target; a comparison base is no period.
    ['Năm 2021, tổng sản phẩm trên địa bàn tăng trưởng âm 8,4%.', { indicator: 'grdp.growth', value: -8.4 }],
    ['GRDP bình quân đầu người năm 2025 ước đạt 3.750 USD nhưng chưa đạt mục tiêu 5.200 USD.', { indicator: 'grdp.per_capita', value: 5200, kind: 'target' }],
    ['II. CHỈ TIÊU NĂM 2026\n(2) Tổng thu ngân sách nhà nước tăng khoảng 15% so với ước thực hiện năm 2025.', { indicator: 'budget_revenue.growth', value: 15, kind: 'target', period: '2026' }],
    // A raised target takes the measure of the old one; a per-year figure the term its paragraph last named.
    ['Năm 2025, HĐND tỉnh đã điều chỉnh mục tiêu tăng trưởng năm 2025 từ 8% lên 9% trở lên.', { indicator: 'grdp.growth', value: 9, cmp: '>=', kind: 'target' }],
    ['Nhiệm kỳ 2020 - 2025, GRDP bình quân giai đoạn 2021 - 2025 đạt 10,24%/năm. Cũng trong giai đoạn này, khu vực dịch vụ tăng bình quân 8,01%/năm.', { indicator: 'grdp.services_growth', period: '2021/2025' }],
    ['Nhìn lại nhiệm kỳ 2020 - 2025\nTổng vốn đầu tư phát triển toàn xã hội 5 năm ước đạt 412 nghìn tỷ đồng.', { indicator: 'investment.total', period: '2021/2025' }],
    ['Năm 2023, chỉ số sản xuất công nghiệp cao hơn mức tăng 5,1% của năm 2022.', { indicator: 'iip.growth', value: 5.1, period: '2022' }],
    // Targets named as the subject of a report are no cue of intent.
    ['Năm 2025, một số chỉ tiêu chưa đạt kế hoạch: tỷ lệ thu gom, xử lý chất thải rắn sinh hoạt mới đạt 94%.', { indicator: 'waste.collection_pct', value: 94, kind: 'actual' }],
    // A quarter or half named in words.
    ['Du lịch là điểm sáng của quý đầu năm. Tổng lượng khách ước đạt 5,68 triệu lượt.', { indicator: 'tourism.arrivals', value: 5.68e6, period: '2025-01/2025-03' }],
    ['Trong nửa đầu năm, kim ngạch xuất khẩu đạt 1,2 tỷ USD.', { indicator: 'export.turnover', period: '2025-01/2025-06' }],
    ['Riêng trong tháng 7, tỉnh thu hút 34,2 triệu USD vốn đầu tư quy đổi.', { indicator: 'investment.attracted', value: 3.42e7, period: '2025-07/2025-07' }],
    // A mark passed is a floor; effort toward it is intent.
    ['Tỉnh đang dồn sức để năm 2025 lần đầu tiên thu ngân sách vượt mốc 100.000 tỷ đồng.', { indicator: 'budget_revenue.total', value: 1e14, cmp: '>', kind: 'target', period: '2025' }],
    // A streak is stated for its last year.
    ['Nhiệm kỳ 2020 - 2025, tổng thu ngân sách 4 năm liên tiếp vượt mốc 100.000 tỷ đồng.', { indicator: 'budget_revenue.total', kind: 'actual', period: '2025' }],
    // A target named in a comparison, its value in brackets; a margin in points hands the subject on.
    ['Ước cả năm 2025, GRDP tăng 9,63%, vượt 1,13 điểm phần trăm so với chỉ tiêu Chính phủ giao (8,5%).', { indicator: 'grdp.growth', value: 8.5, kind: 'target', period: '2025' }],
    ['Năm 2025, GRDP tăng 9,63%, dù chưa chạm mục tiêu phấn đấu từ 10% trở lên mà tỉnh tự đặt ra.', { indicator: 'grdp.growth', value: 10, kind: 'target', cmp: '>=' }],
    ['Năm 2025, mục tiêu tăng trưởng cả năm 10% trở lên là thách thức: để đạt mục tiêu, quý IV phải tăng 11,8%.', { indicator: 'grdp.growth', value: 11.8, kind: 'target', period: '2025-10/2025-12' }],
    // Growth named only as "mức tăng", opening its clause, is the growth the paragraph spoke of last.
    ['Năm 2025, GRDP tăng 9,63%. Sau 9 tháng, mức tăng mới là 8,86%.', { indicator: 'grdp.growth', value: 8.86, period: '2025-01/2025-09' }],
    // The topic before a colon names a bare "kim ngạch"; a base of the same period closes the figure, not the subject.
    ['Xuất khẩu là điểm sáng: kim ngạch 9 tháng đạt 25,92 tỷ USD, tăng 17,28% so với cùng kỳ; ước cả năm đạt 34,04 tỷ USD.', { indicator: 'export.turnover', value: 3.404e10, period: '2025', approx: true }],
    // A period that starts after the document's day is still to come.
    ['Hoàn thành bàn giao 1.000 căn nhà ở xã hội trong quý IV/2025.', { indicator: 'social_housing.units', value: 1000, kind: 'target', period: '2025-10/2025-12' }],
    ['Trong quý II/2025, hoàn thành bàn giao 1.000 căn nhà ở xã hội.', { indicator: 'social_housing.units', value: 1000, kind: 'actual', period: '2025-04/2025-06' }],
    // Reports about targets are no intent.
    ['Năm 2025 có 13/15 chỉ tiêu chủ yếu đạt và vượt kế hoạch; tính đến ngày 30/6/2025 giải ngân vốn đầu tư công mới đạt 68,5% kế hoạch.', { indicator: 'public_investment.disbursement_pct', value: 68.5, kind: 'actual' }],
    ['Nhiệm kỳ 2020 - 2025, Ủy ban Kiểm tra đã kiểm tra, giám sát 100% tổ chức đảng cấp dưới.', { indicator: 'party.inspected_orgs_pct', value: 100, period: '2020/2025' }],
    ['Năm 2025, thu ngân sách tăng bình quân 10%/năm; đến năm 2030 đạt 35 tỷ đồng.', { indicator: 'budget_revenue.total', value: 3.5e10, kind: 'target', period: '2030' }],
  ])('%s', (phrase, want) => {
    expect(facts(phrase)).toContainEqual(expect.objectContaining(want));
  });
});

describe('"mức tăng" after a subject of its own', () => {
  it('is that subject\'s, not the growth the paragraph spoke of before', () => {
    const f = facts('Quý I/2025, GRDP tăng 9,63%. Công nghiệp chế biến, chế tạo là động lực chính với mức tăng 34,59%.');
    expect(f.map((x) => x.value)).toEqual([9.63]);
  });
});

describe('no amount at all', () => {
  it.each(['Thực hiện "6 rõ" trong phân công nhiệm vụ.', 'Tỉnh đứng thứ 3/5 tỉnh trong vùng.', 'Xếp thứ 12/34 tỉnh, thành phố.'])('%j', (s) =>
    expect(extract(s, REF).facts).toEqual([]),
  );
});

describe('facts: negative corpus', () => {
  it.each([
    // Margins over another figure, not levels or shares.
    'Tính đến ngày 22/2, giải ngân vốn đầu tư công đạt 25% kế hoạch năm, cao hơn 12% so với cùng kỳ năm trước.'.replace('đạt 25% kế hoạch năm, ', ''),
    'Năm 2025, tổng thu ngân sách nhà nước trên địa bàn vượt 4,54% dự toán Trung ương giao.',
    'Mọi vướng mắc liên hệ số điện thoại 0256.3822.456.',
    'Kinh tế tiếp tục duy trì đà tăng trưởng 2 con số.',
    'Thực hiện Nghị quyết số 226/2025/QH15 và Chỉ thị 35-CT/TW ngày 14/6/2024.',
    'Tổng thu ngân sách liên tục 4 năm vượt mốc 100.000 tỷ đồng.',
    'Đại hội lần thứ 14 của Đảng; cơn bão số 9 gây thiệt hại.',
    'Thu hút FDI giảm mạnh so với cùng kỳ 2023.',
    'Tính đến ngày 30/6, còn 11 chủ đầu tư có tỷ lệ giải ngân vốn đầu tư công dưới 30%.',
    // "kim ngạch nhập khẩu" is imports.
    'Năm 2025, xuất khẩu giảm, nhập khẩu tăng: kim ngạch nhập khẩu đạt 5 tỷ USD.',
    // Percentage points are a difference; a starting level's year is no figure's period.
    'Năm 2025, GRDP vượt 1,13 điểm phần trăm so với cùng kỳ.',
    'Năm 2025, có 13/15 chỉ tiêu chủ yếu đạt và vượt kế hoạch.',
    '',
  ])('%j yields no keyed figure', (phrase) => expect(facts(phrase)).toEqual([]));
});

const tasks = (s: string) => extract(s, REF).tasks;

describe('tasks: positive corpus', () => {
  it.each<[string, string, string | null]>([
    ['Phấn đấu hoàn thành đại hội đảng bộ các cấp trước ngày 20/8, chậm nhất ngày 31/8/2025.', '2025-08-20', '2025-08-31'],
    ['Khẩn trương hoàn thiện Kế hoạch triển khai Nghị quyết trong tháng 7/2025.', '2025-07-31', null],
    ['Hoàn thiện Đề án thành lập Khu thương mại tự do trong quý 3/2025.', '2025-09-30', null],
    ['Khởi công dự án cảng hàng không quốc tế trong quý I/2026.', '2026-03-31', null],
    ['Trình Thường trực Tỉnh ủy đề án sắp xếp đơn vị sự nghiệp trong năm 2026.', '2026-12-31', null],
    ['Phấn đấu đến năm 2030 thành lập Khu kinh tế phía Bắc.', '2030-12-31', null],
    ['Báo cáo kết quả rà soát các dự án chậm tiến độ chậm nhất là ngày 13-10.', '2025-10-13', null],
    ['Hoàn thành thông xe kỹ thuật cầu vượt nút giao Quất Lưu vào ngày 13-12.', '2025-12-13', null],
    ['b) Lập, trình phê duyệt Chương trình phát triển đô thị tỉnh.\n- Cơ quan chủ trì: Sở Xây dựng.\n- Thời gian hoàn thành: Quý III/2025.', '2025-09-30', null],
    ['Hoàn thành việc bàn giao mặt bằng dự án đường ven biển trước ngày 30.11.2025.', '2025-11-30', null],
    // The end of a stretch from now; a clause that only completes the directive before its ";".
    ['Các huyện còn lại phải hoàn thành xóa nhà tạm, nhà dột nát từ nay đến hết tháng 9/2025.', '2025-09-30', null],
    ['Đại diện UBND thành phố cho biết địa phương đã bố trí đủ 120 lô đất và sẽ hoàn thành hạ tầng khu tái định cư trước ngày 15/12/2025.', '2025-12-15', null],
    ['Các cơ quan tham mưu theo dõi, đôn đốc việc thực hiện Thông báo này; định kỳ báo cáo Ban Thường vụ kết quả trước ngày 31-12-2025.', '2025-12-31', null],
    ['- Giao Đảng ủy UBND tỉnh lãnh đạo xây dựng kịch bản tăng trưởng quý III, quý IV; hoàn thành trước ngày 31-7-2025.', '2025-07-31', null],
  ])('%s', (phrase, deadline, latest) => {
    expect(tasks(phrase)).toContainEqual(expect.objectContaining({ deadline, latest }));
  });

  it('keeps the steps of a directive back to its trigger, and the owner its fields name', () => {
    const [t] = tasks('Giao Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với Sở Nội vụ rà soát, đánh giá đội ngũ cán bộ, đề xuất phương án điều động, hoàn thành trước ngày 15/12.');
    expect(t).toMatchObject({ owner: 'Ban Tổ chức Tỉnh ủy', deadline: '2025-12-15' });
    expect(t?.text).toMatch(/^phối hợp với Sở Nội vụ rà soát, đánh giá đội ngũ cán bộ, đề xuất phương án điều động/u);
    const [f] = tasks('a) Rà soát cơ chế hỗ trợ doanh nghiệp nhỏ và vừa.\n- Cơ quan chủ trì: Sở Tài chính; cơ quan phối hợp: Sở Nội vụ.\n- Thời gian hoàn thành: Quý IV/2025.');
    expect(f).toMatchObject({ text: 'Rà soát cơ chế hỗ trợ doanh nghiệp nhỏ và vừa', owner: 'Sở Tài chính', deadline: '2025-12-31' });
  });

  it('reads the directive before a list of objects, and past a manner phrase after a completion', () => {
    const [a] = tasks('a) Khẩn trương hoàn thành thẩm định hồ sơ các dự án: Đường trục Bắc - Nam; Cải tạo đường tỉnh 390; Nút giao khác mức tại Quốc lộ 5, trong tháng 9/2025.');
    expect(a?.text).toMatch(/^hoàn thành thẩm định hồ sơ các dự án/u);
    const [b] = tasks('Các chủ đầu tư giải ngân 100% kế hoạch vốn đầu tư công năm 2025, hoàn thành trước ngày 31/1/2026 theo quy định của Luật Đầu tư công.');
    expect(b?.text).toMatch(/giải ngân 100% kế hoạch vốn đầu tư công/u);
    const [c] = tasks('Sở Tài chính hướng dẫn các xã hoàn thành phân bổ, giao dự toán ngân sách cấp xã trước ngày 31/12/2025.');
    expect(c?.text).toMatch(/hướng dẫn các xã hoàn thành phân bổ/u);
  });

  it('starts a task after the words that report it, not at a junction named "nút giao"', () => {
    const [a] = tasks('Chủ tịch UBND thành phố cho biết UBND thành phố sẽ ban hành kế hoạch hành động trước ngày 25/12.');
    // The unit that opens what is reported is its owner, and the text is what it is to do.
    expect(a).toMatchObject({ owner: 'UBND thành phố' });
    expect(a?.text).toMatch(/^ban hành kế hoạch hành động/u);
    const [b] = tasks('Khẩn trương thẩm định hồ sơ các dự án: Nút giao khác mức tại Quốc lộ 5, trong tháng 9/2025.');
    expect(b?.text).not.toMatch(/^giao/u);
  });

  it('gives each of two limits joined by "và" its own directive, and opens a step at a unit that leads and acts', () => {
    const t = tasks('Sở Xây dựng đôn đốc chủ đầu tư khởi công Dự án nhà ở xã hội trước ngày 30-4-2026 và hoàn thành bàn giao 1.000 căn trong quý IV/2026.');
    expect(t.map((x) => [x.deadline, x.text])).toEqual([
      ['2026-04-30', 'đôn đốc chủ đầu tư khởi công Dự án nhà ở xã hội'],
      ['2026-12-31', 'hoàn thành bàn giao 1.000 căn'],
    ]);
    // One limit, the directive goes on after it: "trước ngày 15/9 và báo cáo kết quả" stays whole.
    const [one] = tasks('Sở Tài chính rà soát các khoản chi trước ngày 15/9 và báo cáo kết quả về Ủy ban nhân dân tỉnh.');
    expect(one?.text).toMatch(/rà soát các khoản chi/u);
    const [step] = tasks('Sở Nội vụ chủ trì đánh giá mô hình Trung tâm phục vụ hành chính công cấp xã, đề xuất điều chỉnh quy trình, báo cáo Ủy ban nhân dân tỉnh trong tháng 4/2026.');
    expect(step).toMatchObject({ owner: 'Sở Nội vụ', deadline: '2026-04-30' });
    expect(step?.text).toMatch(/^đánh giá mô hình/u);
  });

  it('names the owner and states a repeated task once', () => {
    const t = tasks('Giao Văn phòng Tỉnh ủy chủ trì, phối hợp các cơ quan xây dựng quy chế làm việc, hoàn thành trước ngày 15/9. Văn phòng Tỉnh ủy xây dựng quy chế làm việc, hoàn thành trước ngày 15/9.');
    expect(t).toHaveLength(1);
    expect(t[0]?.owner).toBe('Văn phòng Tỉnh ủy');
  });
});

describe('tasks: negative corpus', () => {
  it.each([
    'Tuần trước, Sở Nội vụ đã tổ chức hội nghị lấy ý kiến.',
    'Trong tháng 6 vừa qua, thành phố đã tổ chức thành công lễ hội.',
    'Triển khai Đề án thu hút nhân tài đến năm 2030, tầm nhìn đến năm 2050.',
    'Liên tục trong 9 năm tính đến năm 2023, kinh tế tăng trưởng hai con số.',
    'Đến năm 2030, 100% xã đạt chuẩn nông thôn mới nâng cao.',
    'Hoàn thành việc sắp xếp bộ máy trước ngày 1/3/2024.',
    'Thời hạn hoàn thành trong 3 tháng kể từ ngày ký.',
    'Hoàn thành điều chỉnh Quy hoạch chung đô thị Thanh Hóa đến năm 2045.',
    '- Cơ quan chủ trì: Văn phòng UBND tỉnh; thời gian: thường xuyên.',
    'Kỳ họp thường lệ giữa năm 2026 của HĐND thành phố dự kiến được tổ chức trong tháng 7/2026.',
    'Bí thư biểu dương những kết quả HĐND thành phố đạt được trong năm 2025.',
    // A goal to be reached by a year, and the day of an event told as background.
    'Mục tiêu tổng quát: phát triển nhanh, bền vững; phấn đấu đến năm 2030 trở thành tỉnh công nghiệp hiện đại.',
    'Hạ tầng có bước tiến khi Cảng hàng không quốc tế chuẩn bị đón chuyến bay đầu tiên vào ngày 19/12.',
    'Lễ hội Văn hóa ẩm thực biển sẽ khai mạc vào ngày 26/10 tại quảng trường trung tâm.',
    'Chiều 8/7, UBND tỉnh họp báo thông tin tình hình 6 tháng và những nhiệm vụ trọng tâm trong 6 tháng cuối năm.',
  ])('%j is no task', (phrase) => expect(tasks(phrase)).toEqual([]));

  it('takes no comment on a directive for a directive of its own', () => {
    const t = tasks('Chủ tịch yêu cầu hoàn thành phê duyệt phương án bồi thường trước ngày 30/9/2025; đây là điều kiện tiên quyết để giải ngân trong năm 2025.');
    expect(t.map((x) => x.deadline)).toEqual(['2025-09-30']);
  });
});

describe('document date', () => {
  it.each<[string, string | null]>([
    [' date 2025-11-29\nThu ngân sách tăng.', '2025-11-29'],
    ['Sáng 12/7, Thành ủy họp. Nghị quyết số 226 ngày 27/6/2025.', '2025-07-12'],
    ['Đại hội họp từ ngày 26/9/2025 đến ngày 27/9/2025 tại thành phố.', '2025-09-27'],
    ['Không có ngày tháng nào.', null],
    // A December plan names next year most; its estimates and elapsed months say which year it reports on.
    ['Sáng 18/12, Thành ủy tổng kết năm 2024. Ước cả năm 2024, GRDP tăng 7,14%; 11 tháng năm 2024 thu ngân sách đạt 14.000 tỷ đồng. Năm 2025 phấn đấu tăng 8%; kế hoạch năm 2025, nhiệm vụ năm 2025, dự toán năm 2025.', '2024-12-18'],
  ])('%j → %s', (text, date) => expect(extract(text).document.date).toBe(date));

  it('keeps an estimate actual even over a term that ends after the document', () => {
    const f = extract('Giai đoạn 2021 - 2025, tăng trưởng GRDP bình quân ước đạt 6,3%/năm.', { documentDate: '2024-12-18' }).facts;
    expect(f).toContainEqual(expect.objectContaining({ indicator: 'grdp.growth', value: 6.3, kind: 'actual', period: '2021/2025' }));
  });

  it('implies the year of a yearless date and says so', () => {
    const [t] = extract('Chiều 3/10/2025, hội nghị yêu cầu hoàn thành giải phóng mặt bằng trước ngày 30/11.').tasks;
    expect(t).toMatchObject({ deadline: '2025-11-30', deadlineImplied: true });
  });
});

describe('spans point into the original text', () => {
  it('maps NFC offsets back through decomposed input', () => {
    const nfd = 'Thu ngân sách đạt 5.000 tỷ đồng trong năm 2025.'.normalize('NFD');
    const r = extract(nfd, REF);
    const f = r.facts.find((x) => x.indicator === 'budget_revenue.total');
    expect(f).toBeDefined();
    const [a, b] = f?.span ?? [0, 0];
    expect(nfd.slice(a, b).normalize('NFC')).toContain('5.000 tỷ đồng');
    expect(normalizeNfc(nfd).text).toBe(nfd.normalize('NFC'));
  });
});
